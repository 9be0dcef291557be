/// Where each part of the editor goes on a screen of a given size: title bar, column headers,
/// grid, emotion curve, detail pane (below the grid, or beside it on wide screens) and status line.
///
/// Column widths are fixed for a screen size, so that what is visible follows from the scroll
/// position by arithmetic alone, whatever the map's size.
public struct EditorLayout: Hashable, Sendable {
    /// A rectangle of the screen.
    public struct Rect: Hashable, Sendable {
        public var x: Int, y: Int, width: Int, height: Int

        /// Whether a point lies inside.
        public func contains(x px: Int, y py: Int) -> Bool {
            px >= x && px < x + width && py >= y && py < y + height
        }
    }

    /// The smallest screen the editor draws on; below it a "terminal too small" message shows.
    public static let minimumSize = ScreenSize(width: 40, height: 12)
    /// Screen rows per touchpoint: its note on the first, emotion and counts on the second.
    public static let rowHeight = 2

    /// The screen size this layout is for.
    public let size: ScreenSize
    /// Whether the screen is below ``minimumSize``.
    public let isTooSmall: Bool
    /// Width of the touchpoint names column.
    public let rowHeaderWidth: Int
    /// Width of a stage column, including its left separator.
    public let columnWidth: Int
    /// Width of the main area (grid and curve).
    public let mainWidth: Int
    /// The row of stage names.
    public let headerRow = 1
    /// The rule under the stage names.
    public let ruleRow = 2
    /// The first screen row of the grid's cells.
    public let gridTop = 3
    /// How many screen rows the grid's cells get.
    public let gridHeight: Int
    /// The emotion curve: a label row and chart rows (height 0 when hidden).
    public let curve: Rect
    /// The detail pane (height or width 0 when hidden).
    public let detail: Rect
    /// Whether the detail pane stands beside the grid rather than below it.
    public let detailBeside: Bool
    /// The status line's row.
    public var statusRow: Int { size.height - 1 }

    /// Computes the layout for a screen.
    public init(size: ScreenSize) {
        self.size = size
        let width = size.width, height = size.height
        isTooSmall = width < Self.minimumSize.width || height < Self.minimumSize.height
        detailBeside = width >= 120
        let sideWidth = detailBeside ? min(56, max(34, width * 28 / 100)) : 0
        mainWidth = detailBeside ? width - sideWidth - 1 : width
        rowHeaderWidth = min(24, max(12, mainWidth / 5))
        let available = max(1, mainWidth - rowHeaderWidth)
        let fitting = max(1, available / 18)
        columnWidth = max(6, available / fitting)

        let curveHeight: Int
        let detailHeight: Int
        switch height {
        case ..<16: curveHeight = 2; detailHeight = 0
        case ..<20: curveHeight = 2; detailHeight = detailBeside ? 0 : 4
        case ..<32: curveHeight = 4; detailHeight = detailBeside ? 0 : 6
        case ..<40: curveHeight = 5; detailHeight = detailBeside ? 0 : 8
        default: curveHeight = 6; detailHeight = detailBeside ? 0 : 10
        }
        let bottomOfGrid = height - 1 - detailHeight - curveHeight
        gridHeight = max(0, bottomOfGrid - gridTop)
        curve = Rect(x: 0, y: bottomOfGrid, width: mainWidth, height: curveHeight)
        if detailBeside {
            detail = Rect(x: mainWidth + 1, y: 1, width: sideWidth, height: max(0, height - 2))
        } else {
            detail = Rect(x: 0, y: height - 1 - detailHeight, width: width, height: detailHeight)
        }
    }

    /// How many stage columns fit.
    public var visibleStageCapacity: Int {
        max(1, (mainWidth - rowHeaderWidth) / columnWidth)
    }

    /// How many touchpoint rows fit.
    public var visibleTouchpointCapacity: Int {
        max(1, gridHeight / Self.rowHeight)
    }

    /// The screen column where a visible stage's column starts (its separator).
    public func columnX(visibleIndex: Int) -> Int {
        rowHeaderWidth + visibleIndex * columnWidth
    }

    /// The screen row where a visible touchpoint's row starts.
    public func rowY(visibleIndex: Int) -> Int {
        gridTop + visibleIndex * Self.rowHeight
    }

    /// The scroll position that keeps `cursor` in view, moving `scroll` as little as possible.
    public func scroll(keeping cursor: CellPosition, from scroll: CellPosition, stageCount: Int, touchpointCount: Int) -> CellPosition {
        var result = scroll
        let columns = visibleStageCapacity, rows = visibleTouchpointCapacity
        if cursor.stage < result.stage { result.stage = cursor.stage }
        if cursor.stage >= result.stage + columns { result.stage = cursor.stage - columns + 1 }
        if cursor.touchpoint < result.touchpoint { result.touchpoint = cursor.touchpoint }
        if cursor.touchpoint >= result.touchpoint + rows { result.touchpoint = cursor.touchpoint - rows + 1 }
        // Do not leave empty space at the end when the map fits better.
        result.stage = max(0, min(result.stage, max(0, stageCount - columns)))
        result.touchpoint = max(0, min(result.touchpoint, max(0, touchpointCount - rows)))
        if cursor.stage < result.stage { result.stage = cursor.stage }
        if cursor.touchpoint < result.touchpoint { result.touchpoint = cursor.touchpoint }
        return result
    }

    /// The cell at a screen position, if the position is on the grid.
    public func cell(atX x: Int, y: Int, scroll: CellPosition) -> CellPosition? {
        guard x >= rowHeaderWidth, x < mainWidth, y >= gridTop, y < gridTop + gridHeight else { return nil }
        let column = (x - rowHeaderWidth) / columnWidth
        let row = (y - gridTop) / Self.rowHeight
        guard column < visibleStageCapacity, row < visibleTouchpointCapacity else { return nil }
        return CellPosition(stage: scroll.stage + column, touchpoint: scroll.touchpoint + row)
    }
}
