import JourneyKit

/// Every action of the editor, by name. Keys and `:` commands both become one of these, so
/// they share one path through ``Editor/perform(_:on:)``.
public enum EditorCommand: Hashable, Sendable {
    /// A direction on the grid or in a list.
    public enum Direction: Hashable, Sendable {
        case left, right, up, down
    }

    /// The export formats.
    public enum ExportFormat: String, Hashable, Sendable, CaseIterable {
        case markdown, json
    }

    // Moving
    case move(Direction)
    case firstStage, lastStage, firstTouchpoint, lastTouchpoint
    case pageUp, pageDown

    // The current cell
    case editNote
    case editNoteExternally
    case setNote(String)
    case setEmotion(Emotion?, feeling: String?)
    case nudgeEmotion(Int)
    case promptFeeling
    case setFeeling(String?)
    case promptPainPoint
    case addPainPoint(String)
    case promptOpportunity
    case addOpportunity(String)
    case clearCell
    case focusDetail

    // Stages
    case promptAddStage
    case addStage(String)
    case promptRenameStage
    case renameStage(String)
    case deleteStage
    case moveStage(Direction)
    case promptGoal
    case setGoal(String?)

    // Touchpoints
    case promptAddTouchpoint
    case addTouchpoint(String, channel: String?)
    case promptRenameTouchpoint
    case renameTouchpoint(String)
    case deleteTouchpoint
    case moveTouchpoint(Direction)
    case promptChannel
    case setChannel(String?)

    // The map
    case setTitle(String)
    case setPersona(String?)
    case setScenario(String?)
    case setKind(JourneyKind)

    // Files and the session
    /// `:w [PATH]`; with `force` (`:w!`), the file is replaced without looking at what is on disk.
    case save(path: String?, force: Bool = false)
    case quit(force: Bool)
    case saveAndQuit
    case export(ExportFormat, path: String)
    case undo
    case redo
    case help
    case openCommandLine
    case promptSearch
    case search(String)
    case searchNext(backwards: Bool)
    case setMouse(Bool?)
    case redraw
    case suspend
}
