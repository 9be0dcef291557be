import JourneyKit

/// Where each part of the editor goes on a screen of a given size: title bar, column headers,
/// grid, emotion curve, detail pane (below the grid, or beside it on wide screens) and status line.
///
/// The width is shared: the touchpoint names get the column they need (within reason), and the
/// stages share the rest equally, all of them when each can get a readable width. The height is
/// shared too: when every touchpoint fits, its rows grow to show more of its notes, and the curve
/// takes what is left rather than leaving empty rows.
///
/// A layout depends on the screen size and the map's shape (its stage and touchpoint counts and
/// the width of the touchpoint names), never on the scroll position, so that what is visible
/// follows from the scroll position by arithmetic alone.
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
    static let minimumSize = ScreenSize(width: 40, height: 12)
    /// The narrowest a stage column gets, separator included, before stages are left off screen.
    public static let minimumColumnWidth = 18
    /// The width with which a stage column reads comfortably; the detail pane stands beside the
    /// grid only when the stages keep it.
    static let comfortableColumnWidth = 20
    /// The narrowest and widest the touchpoint names column gets.
    static let labelWidthRange = 12...32
    /// Screen rows per touchpoint at the least: a line of its note, and its emotion line.
    public static let minimumRowHeight = 2
    /// Screen rows per touchpoint at the most, when the screen is tall.
    public static let maximumRowHeight = 8
    /// The emotion curve drawn as a chart: its title, five value rows (one per emotion), and the
    /// row of averages. Below this height the curve is a single line of numbers.
    static let minimumChartHeight = 7

    /// The screen size this layout is for.
    public let size: ScreenSize
    /// Whether the screen is below ``minimumSize``.
    let isTooSmall: Bool
    /// Width of the touchpoint names column.
    let rowHeaderWidth: Int
    /// Width of a stage column, including its left separator (some columns are one wider, see
    /// ``columnWidth(visibleIndex:)``).
    let columnWidth: Int
    /// How many of the visible columns are one column wider than ``columnWidth``.
    let widerColumns: Int
    /// How many stage columns fit.
    let visibleStageCapacity: Int
    /// Width of the main area (grid and curve).
    let mainWidth: Int
    /// The row of stage names.
    let headerRow = 1
    /// The rule under the stage names.
    let ruleRow = 2
    /// The first screen row of the grid's cells.
    let gridTop = 3
    /// Screen rows per touchpoint: its note on all but the last, emotion and counts on the last.
    let rowHeight: Int
    /// How many screen rows the grid's cells get.
    let gridHeight: Int
    /// The emotion curve: a chart (height ``minimumChartHeight`` or more), one line of numbers, or
    /// nothing (height 0).
    public let curve: Rect
    /// The detail pane (height or width 0 when hidden).
    public let detail: Rect
    /// Whether the detail pane stands beside the grid rather than below it.
    let detailBeside: Bool
    /// The status line's row.
    var statusRow: Int { size.height - 1 }
    /// Whether the curve is drawn as a chart (rather than a line of numbers).
    var curveIsChart: Bool { curve.height >= Self.minimumChartHeight }

    /// Computes the layout for a screen and a map of a given shape.
    ///
    /// - Parameters:
    ///   - stageCount: how many stages the map has.
    ///   - touchpointCount: how many touchpoints the map has.
    ///   - labelWidth: the width the touchpoint names column would like (see ``init(size:map:)``).
    ///   - rowLimit: the most rows a touchpoint may grow to (its cells need no more: see
    ///     ``EditorState/layout(for:)``); what rows do not take goes to the curve and the pane.
    public init(size: ScreenSize, stageCount: Int, touchpointCount: Int, labelWidth: Int, rowLimit: Int = EditorLayout.maximumRowHeight) {
        self.size = size
        let width = size.width, height = size.height
        isTooSmall = width < Self.minimumSize.width || height < Self.minimumSize.height
        let stages = max(1, stageCount)

        // Width: the label column, then the stages; the pane goes beside only when that costs no stage.
        func label(_ main: Int) -> Int {
            let range = Self.labelWidthRange
            return max(range.lowerBound, min(labelWidth, min(range.upperBound, max(range.lowerBound, main / 4))))
        }
        func shown(_ main: Int) -> Int {
            max(1, min(stages, (main - label(main)) / Self.minimumColumnWidth))
        }
        let sideWidth = min(56, max(34, width * 28 / 100))
        let besideMain = width - sideWidth - 1
        let besideShown = shown(besideMain)
        detailBeside = width >= 120 && besideShown == shown(width)
            && (besideMain - label(besideMain)) / besideShown >= Self.comfortableColumnWidth
        mainWidth = detailBeside ? besideMain : width
        rowHeaderWidth = label(mainWidth)
        visibleStageCapacity = shown(mainWidth)
        let room = max(visibleStageCapacity, mainWidth - rowHeaderWidth)
        columnWidth = room / visibleStageCapacity
        widerColumns = room % visibleStageCapacity

        // Height: the rows between the rule and the status line, shared by grid, curve and pane.
        let rows = max(0, height - 1 - gridTop)
        let touchpoints = max(1, touchpointCount)
        let below = !detailBeside
        var detailHeight = below ? (rows >= 16 ? 5 : (rows >= 12 ? 4 : 0)) : 0
        let gridMinimum = min(touchpoints, 3) * Self.minimumRowHeight
        let chart = rows - detailHeight - Self.minimumChartHeight >= gridMinimum
        var curveHeight = chart ? Self.minimumChartHeight : (rows - detailHeight >= 3 ? 1 : 0)
        var rowHeight = Self.minimumRowHeight
        var gridHeight: Int
        var spare = rows - detailHeight - curveHeight - touchpoints * rowHeight
        if spare >= 0 {
            // Everything fits: rows grow a little, then the curve and the pane, then rows again;
            // what is left goes to the curve (or the pane, or stays under the grid).
            func growRows(upTo limit: Int) {
                while rowHeight < limit, spare >= touchpoints { rowHeight += 1; spare -= touchpoints }
            }
            if !chart, curveHeight == 1, spare > 0 { curveHeight += 1; spare -= 1 }
            growRows(upTo: min(4, max(Self.minimumRowHeight, rowLimit)))
            if chart { let extra = min(spare, 4); curveHeight += extra; spare -= extra }
            if below, detailHeight > 0 { let extra = min(spare, 7); detailHeight += extra; spare -= extra }
            growRows(upTo: max(Self.minimumRowHeight, min(rowLimit, Self.maximumRowHeight)))
            gridHeight = touchpoints * rowHeight
            if chart { curveHeight += spare } else if below, detailHeight > 0 { detailHeight += spare } else { gridHeight += spare }
        } else {
            // The grid scrolls: the pane and the curve take a fair share, the grid the rest.
            if below, detailHeight > 0 { detailHeight = min(12, max(detailHeight, rows / 4)) }
            if chart { curveHeight = max(Self.minimumChartHeight, min(13, (rows - detailHeight) / 3)) }
            if chart, rows - detailHeight - curveHeight < gridMinimum { curveHeight = Self.minimumChartHeight }
            gridHeight = max(0, rows - detailHeight - curveHeight)
            if curveHeight > 0, gridHeight % rowHeight != 0 { curveHeight += gridHeight % rowHeight; gridHeight -= gridHeight % rowHeight }
        }
        self.rowHeight = rowHeight
        self.gridHeight = gridHeight
        let bottomOfGrid = gridTop + gridHeight
        curve = Rect(x: 0, y: bottomOfGrid, width: mainWidth, height: curveHeight)
        if detailBeside {
            detail = Rect(x: mainWidth + 1, y: 1, width: sideWidth, height: max(0, height - 2))
        } else {
            detail = Rect(x: 0, y: bottomOfGrid + curveHeight, width: width, height: max(0, height - 1 - bottomOfGrid - curveHeight))
        }
    }

    /// How many touchpoint rows fit.
    var visibleTouchpointCapacity: Int {
        max(1, gridHeight / rowHeight)
    }

    /// The screen column where a visible stage's column starts (its separator).
    func columnX(visibleIndex: Int) -> Int {
        rowHeaderWidth + visibleIndex * columnWidth + min(visibleIndex, widerColumns)
    }

    /// The width of a visible stage's column, its separator included.
    func columnWidth(visibleIndex: Int) -> Int {
        columnWidth + (visibleIndex < widerColumns ? 1 : 0)
    }

    /// The screen row where a visible touchpoint's row starts.
    func rowY(visibleIndex: Int) -> Int {
        gridTop + visibleIndex * rowHeight
    }

    /// The visible stage column under a screen column, if any.
    func visibleStage(atX x: Int) -> Int? {
        guard x >= rowHeaderWidth, x < mainWidth else { return nil }
        let column = (0..<visibleStageCapacity).last { columnX(visibleIndex: $0) <= x } ?? 0
        return x < columnX(visibleIndex: column) + columnWidth(visibleIndex: column) ? column : nil
    }

    /// The visible touchpoint row under a screen row, if any.
    func visibleTouchpoint(atY y: Int) -> Int? {
        guard y >= gridTop, y < gridTop + gridHeight else { return nil }
        let row = (y - gridTop) / rowHeight
        return row < visibleTouchpointCapacity ? row : nil
    }

    /// The scroll position that keeps `cursor` in view.
    ///
    /// Up and down it moves as little as possible (a row at a time, which the terminal scrolls
    /// by itself at the cost of a few bytes). Sideways, when the cursor leaves the screen, the
    /// stages move by a screen less one: the cursor's stage comes in next to the stage it left,
    /// which stays in view, and the stages beyond it, where the cursor is heading, fill the rest.
    /// A sideways scroll redraws the whole grid (terminals cannot scroll sideways), so a sweep
    /// across the map redraws it once per screen rather than once per stage.
    public func scroll(keeping cursor: CellPosition, from scroll: CellPosition, stageCount: Int, touchpointCount: Int) -> CellPosition {
        var result = scroll
        let columns = visibleStageCapacity, rows = visibleTouchpointCapacity
        let context = max(0, min(1, columns - 1))
        if cursor.stage < result.stage { result.stage = cursor.stage - (columns - 1) + context }
        if cursor.stage >= result.stage + columns { result.stage = cursor.stage - context }
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
        guard let column = visibleStage(atX: x), let row = visibleTouchpoint(atY: y) else { return nil }
        return CellPosition(stage: scroll.stage + column, touchpoint: scroll.touchpoint + row)
    }
}

extension EditorLayout {
    /// The layout for a screen and a map: the label column as wide as the widest touchpoint name
    /// (or channel) needs, within ``labelWidthRange``.
    public init(size: ScreenSize, map: JourneyMap) {
        self.init(size: size, stageCount: map.stages.count, touchpointCount: map.touchpoints.count,
                  labelWidth: Self.labelWidthNeeded(by: map.touchpoints))
    }

    /// The label column's width that shows every name and channel whole: a marker column and a
    /// space before the name, three spaces before the channel, one space after. Stops looking
    /// once a name needs the widest column.
    static func labelWidthNeeded(by touchpoints: [Touchpoint]) -> Int {
        var widest = labelWidthRange.lowerBound
        for touchpoint in touchpoints {
            widest = max(widest, DisplayWidth.of(touchpoint.name) + 3)
            if let channel = touchpoint.channel { widest = max(widest, DisplayWidth.of(channel) + 4) }
            if widest >= labelWidthRange.upperBound { break }
        }
        return widest
    }
}

extension EditorState {
    /// The layout of the state's screen for its map.
    public var layout: EditorLayout { layout(for: screenSize) }

    /// The layout of a screen of `size` for the state's map.
    ///
    /// When every touchpoint fits and rows can grow, they grow only as far as the cells on screen
    /// need (their wrapped notes, a line for their items, one for the emotion), so short notes
    /// leave no block of empty rows: the room goes to the curve and the pane instead.
    func layout(for size: ScreenSize) -> EditorLayout {
        let roomy = EditorLayout(size: size, stageCount: map.stages.count, touchpointCount: map.touchpoints.count, labelWidth: labelWidth)
        guard roomy.rowHeight > EditorLayout.minimumRowHeight else { return roomy }
        let needed = rowsNeeded(stages: scroll.stage..<min(map.stages.count, scroll.stage + roomy.visibleStageCapacity),
                                wrapWidth: roomy.columnWidth - 2, limit: roomy.rowHeight)
        guard needed < roomy.rowHeight else { return roomy }
        return EditorLayout(size: size, stageCount: map.stages.count, touchpointCount: map.touchpoints.count, labelWidth: labelWidth,
                            rowLimit: needed)
    }

    /// The rows the tallest cell of these stages needs (every touchpoint is on screen when this is
    /// asked), at most `limit`: cost in proportion to the cells on screen.
    private func rowsNeeded(stages: Range<Int>, wrapWidth: Int, limit: Int) -> Int {
        guard !stages.isEmpty, wrapWidth > 0 else { return EditorLayout.minimumRowHeight }
        var needed = EditorLayout.minimumRowHeight
        for touchpoint in map.touchpoints.indices {
            for stage in stages {
                let cell = map.cell(stage: stage, touchpoint: touchpoint)
                guard !cell.isEmpty else { continue }
                let noteLines = cell.note.isEmpty ? 0 : TextLayout.wrap(cell.note, width: wrapWidth, maxLines: limit).count
                needed = max(needed, noteLines + (cell.hasNoItems ? 0 : 1) + 1)
                if needed >= limit { return limit }
            }
        }
        return needed
    }
}
