import JourneyKit

/// A cell's place in the grid: a stage (column) and a touchpoint (row), both 0-based.
public struct CellPosition: Hashable, Sendable, CustomStringConvertible {
    /// The column.
    public var stage: Int
    /// The row.
    public var touchpoint: Int

    /// Creates a position.
    public init(stage: Int, touchpoint: Int) {
        self.stage = stage
        self.touchpoint = touchpoint
    }

    /// The position along one axis: the stage for ``MapAxis/stage``, the touchpoint otherwise.
    public subscript(axis: MapAxis) -> Int {
        get { axis == .stage ? stage : touchpoint }
        set { if axis == .stage { stage = newValue } else { touchpoint = newValue } }
    }

    /// The top-left cell.
    public static let origin = CellPosition(stage: 0, touchpoint: 0)

    /// `stage 2, touchpoint 5` (1-based, for people).
    public var description: String { "stage \(stage + 1), touchpoint \(touchpoint + 1)" }
}
