/// What text being typed is for, and so what happens when it is confirmed with Enter.
public enum PromptPurpose: Hashable, Sendable {
    /// The note of a cell, edited in place in the grid.
    case note(CellPosition)
    /// A `:` command.
    case command
    /// A search through the map's text.
    case search
    /// A new pain point for a cell.
    case addPainPoint(CellPosition)
    /// A new opportunity for a cell.
    case addOpportunity(CellPosition)
    /// A changed item in a cell's list.
    case editItem(CellPosition, DetailSelection)
    /// The feeling word of a cell.
    case feeling(CellPosition)
    /// A new stage, inserted after the given stage (or first when `nil`).
    case addStage(after: Int?)
    /// A stage's new name.
    case renameStage(Int)
    /// A stage's goal.
    case goal(Int)
    /// A new touchpoint, inserted below the given touchpoint (or first when `nil`).
    case addTouchpoint(after: Int?)
    /// A touchpoint's new name.
    case renameTouchpoint(Int)
    /// A touchpoint's channel.
    case channel(Int)

    /// The label shown before the text on the status line.
    public var label: String {
        switch self {
        case .note: "Note"
        case .command: ":"
        case .search: "/"
        case .addPainPoint: "New pain point"
        case .addOpportunity: "New opportunity"
        case .editItem(_, let selection): selection.list == .painPoints ? "Pain point" : "Opportunity"
        case .feeling: "Feeling"
        case .addStage: "New stage"
        case .renameStage: "Rename stage"
        case .goal: "Stage goal"
        case .addTouchpoint: "New touchpoint (name | channel)"
        case .renameTouchpoint: "Rename touchpoint"
        case .channel: "Channel"
        }
    }
}
