import JourneyKit

/// The item selected in the detail pane while it has the focus: a pain point or an opportunity.
public struct DetailSelection: Hashable, Sendable {
    /// Which list of the cell the item is in.
    public var list: ItemList
    /// The item's position in its list.
    public var index: Int

    /// Creates a selection.
    public init(list: ItemList, index: Int) {
        self.list = list
        self.index = index
    }
}
