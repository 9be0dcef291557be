/// The item selected in the detail pane while it has the focus: a pain point or an opportunity.
public struct DetailSelection: Hashable, Sendable {
    /// Which list of the cell.
    public enum List: Hashable, Sendable {
        /// The cell's pain points.
        case painPoints
        /// The cell's opportunities.
        case opportunities
    }

    /// Which list the item is in.
    public var list: List
    /// The item's position in its list.
    public var index: Int

    /// Creates a selection.
    public init(list: List, index: Int) {
        self.list = list
        self.index = index
    }
}
