import JourneyKit

/// A version of the document as undo keeps it: the map, where the cursor was, and its revision.
public struct EditorSnapshot: Sendable {
    /// The map.
    public var map: JourneyMap
    /// The cursor at the time.
    public var cursor: CellPosition
    /// The revision number of this version, so that undoing back to the saved version
    /// clears the modified marker.
    public var revision: Int
}
