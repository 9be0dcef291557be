import JourneyKit

/// Every action of the editor, with its arguments. Keys and `:` command lines both become one of
/// these through the ``CommandTable``, so they share one path through ``Editor/perform(_:on:)``.
public enum EditorCommand: Hashable, Sendable {
    /// A direction on the grid or in a list.
    public enum Direction: String, Hashable, Sendable, CaseIterable {
        case left, right, up, down

        /// Whether the direction goes towards the start (left or up).
        var isBackward: Bool { self == .left || self == .up }
    }

    // Moving
    case move(Direction)
    case firstStage, lastStage, firstTouchpoint, lastTouchpoint
    case pageUp, pageDown

    // The current cell
    /// Start editing the note in place, in the cell.
    case editNoteInPlace
    case editNoteExternally
    case setNote(String)
    case setEmotion(Emotion?, feeling: String?)
    case nudgeEmotion(Int)
    case setFeeling(String?)
    case addItem(ItemList, String)
    /// Adds several items at once, as one change (a pasted list).
    case addItems(ItemList, [String])
    case editItem(ItemList, index: Int, String)
    case deleteItem(ItemList, index: Int)
    case moveItem(ItemList, index: Int, Direction)
    case clearCell
    /// Copies the cursor's cell (`y`).
    case copyCell
    /// Copies the cursor's cell and clears it (`x`).
    case cutCell
    /// Replaces the cursor's cell with the copied one (`P`).
    case pasteCell
    /// Moves the cursor's cell to its neighbour in a direction, swapping the two; the cursor follows.
    case moveCell(Direction)
    /// Repeats the last change to a cell on the cursor's cell (`.`).
    case repeatLastChange
    /// Moves the cursor to the stage or touchpoint with this name (or the first that contains it).
    case goto(String)
    case focusDetail

    // Stages and touchpoints, alike
    /// Adds a stage after the cursor's, or a touchpoint below it (first in an empty map); the
    /// channel applies to touchpoints.
    case add(MapAxis, name: String, channel: String?)
    case rename(MapAxis, String)
    case delete(MapAxis)
    case moveLine(MapAxis, Direction)
    case setGoal(String?)
    case setChannel(String?)

    // The map
    case setTitle(String)
    case setPersona(String?)
    case setScenario(String?)
    case setKind(JourneyKind)

    // The workshop
    /// Adds one vote (`by` 1) to an item of the cursor's cell, or takes one away (`by` -1, never
    /// below 0).
    case vote(ItemList, index: Int, by: Int)
    /// Sets (or clears) an opportunity's impact or effort, 1…5.
    case setScore(WorkshopScore, index: Int, Int?)
    /// Sets (or clears) who takes an opportunity.
    case setOwner(index: Int, String?)
    /// Sets (or clears) how well research backs the cursor's cell.
    case setEvidence(Evidence?)
    /// Steps the cursor's cell's evidence: none, assumed, partial, researched, none.
    case cycleEvidence
    case addSource(String)
    /// Removes the cursor's cell's source at a position (0-based).
    case removeSource(index: Int)
    /// Sets a metric on the cursor's stage (replacing one of the same name).
    case setMetric(name: String, value: Double, unit: String?)
    case removeMetric(name: String)
    /// Opens the analysis view.
    case showStats
    /// Opens the presentation view.
    case present
    case timer(TimerRequest)
    /// Draws another map's curve over this one (`nil`: stops).
    case compare(path: String?)

    // Files and the session
    /// `:w [PATH]`; with `force` (`:w!`), the file is replaced without looking at what is on disk.
    case save(path: String?, force: Bool = false)
    case quit(force: Bool)
    case saveAndQuit
    /// Writes the map in an export format (a name from JourneyKit's format registry).
    case export(format: String, path: String)
    case undo
    case redo
    case help
    case search(String)
    case searchNext(backwards: Bool)
    case setMouse(Bool?)
    /// `:live on|off`: co-edit live with the others on the map, or save only when told (`nil` toggles).
    case setLive(Bool?)
    case redraw
    case suspend

    /// An opportunity's score a workshop gives it.
    public enum WorkshopScore: String, Hashable, Sendable {
        case impact, effort
    }

    /// What `:timer` asks for.
    public enum TimerRequest: Hashable, Sendable {
        /// A countdown of so many seconds.
        case start(seconds: Int)
        case stop, mute, unmute
    }

    /// The path a command was given, if it names a file to write or read.
    var typedPath: String? {
        switch self {
        case .save(let path, _): path
        case .export(_, let path): path
        case .compare(let path): path
        default: nil
        }
    }

    /// Whether `.` repeats this change on another cell: changes to the cursor's cell that do not
    /// name an item by its place.
    var isRepeatable: Bool {
        switch self {
        case .setNote, .setEmotion, .nudgeEmotion, .setFeeling, .addItem, .addItems, .clearCell, .cutCell, .pasteCell, .moveCell, .setEvidence, .addSource: true
        default: false
        }
    }
}
