import JourneyKit

/// A question the editor waits for an answer to; Esc always answers "leave things as they are".
public enum Question: Hashable, Sendable {
    /// `q` with unsaved changes: save, discard or stay.
    case quitWithUnsavedChanges
    /// Deleting a stage that has cells with content.
    case deleteStage(Int, filledCells: Int)
    /// Deleting a touchpoint that has cells with content.
    case deleteTouchpoint(Int, filledCells: Int)
    /// A recovery file holds unsaved changes (``EditorState/recoveryOffer``): restore them?
    case restoreRecovery

    /// The question and its answers, as shown on the status line.
    public func text(in map: JourneyMap, fileName: String) -> String {
        switch self {
        case .quitWithUnsavedChanges:
            return "Unsaved changes: y save and quit · n quit without saving · Esc keep editing"
        case .deleteStage(let index, let filled):
            let name = index < map.stages.count ? map.stages[index].name : "?"
            return "Delete stage '\(name)' and its \(filled) filled cell\(filled == 1 ? "" : "s")?  y delete · n/Esc keep"
        case .deleteTouchpoint(let index, let filled):
            let name = index < map.touchpoints.count ? map.touchpoints[index].name : "?"
            return "Delete touchpoint '\(name)' and its \(filled) filled cell\(filled == 1 ? "" : "s")?  y delete · n/Esc keep"
        case .restoreRecovery:
            return "Restore the unsaved changes?  y restore · n keep \(fileName) as it is and set them aside"
        }
    }
}
