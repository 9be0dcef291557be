/// An item of a cell's list together with where it stands in the map: its list, the stage and the
/// touchpoint of its cell (by position and by name), and its position in the list.
///
/// The analysis reports items this way so that a person reads where an item is, and a front end
/// can take the user to its cell.
public struct LocatedItem: Sendable, Hashable {
    /// The item, with its votes, scores and owner.
    public var item: Item
    /// The list it belongs to.
    public var list: ItemList
    /// The position of its cell's stage.
    public var stage: Int
    /// The position of its cell's touchpoint.
    public var touchpoint: Int
    /// Its position in the cell's list.
    public var position: Int
    /// The name of its cell's stage.
    public var stageName: String
    /// The name of its cell's touchpoint.
    public var touchpointName: String

    /// Creates a located item.
    public init(item: Item, list: ItemList, stage: Int, touchpoint: Int, position: Int, stageName: String, touchpointName: String) {
        self.item = item
        self.list = list
        self.stage = stage
        self.touchpoint = touchpoint
        self.position = position
        self.stageName = stageName
        self.touchpointName = touchpointName
    }

    /// Whether `self` comes before `other` in map order: touchpoint, then stage, then position in
    /// the list.
    public func precedesInMapOrder(_ other: LocatedItem) -> Bool {
        (touchpoint, stage, position) < (other.touchpoint, other.stage, other.position)
    }

    /// Whether `self` ranks before `other`: more votes first, then map order.
    public func ranksBefore(_ other: LocatedItem) -> Bool {
        item.votes != other.item.votes ? item.votes > other.item.votes : precedesInMapOrder(other)
    }
}
