import JourneyKit

/// A question the editor waits for an answer to; Esc always answers "leave things as they are".
public enum Question: Hashable, Sendable {
    /// `q` with unsaved changes: save, discard or stay.
    case quitWithUnsavedChanges
    /// Deleting a stage or touchpoint that has cells with content.
    case delete(MapAxis, Int, filledCells: Int)
    /// A recovery file holds unsaved changes (``EditorState/recoveryOffer``): restore them?
    case restoreRecovery
    /// Deleting a stage or touchpoint that other editors (named) have their cursor or a prompt on.
    case deleteWhileOthersEdit(MapAxis, Int, filledCells: Int, names: [String])

    /// The question and its answers, as shown on the status line.
    public func text(in map: JourneyMap, fileName: String, language: Language) -> String {
        switch self {
        case .quitWithUnsavedChanges:
            EditorNotice.askQuitWithUnsavedChanges.text(in: language)
        case .delete(let axis, let index, let filled):
            EditorNotice.askDelete(axis, name: index < map.count(axis) ? map.name(axis, at: index) : "?", filledCells: filled).text(in: language)
        case .restoreRecovery:
            EditorNotice.askRestoreRecovery(fileName: fileName).text(in: language)
        case .deleteWhileOthersEdit(let axis, let index, let filled, let names):
            EditorNotice.live(.askDeleteWhileOthersEdit(axis, name: index < map.count(axis) ? map.name(axis, at: index) : "?",
                                                        names: names, filledCells: filled)).text(in: language)
        }
    }
}
