import JourneyKit

extension ScreenPainter {
    /// The emotion curve under the grid: a line chart of every stage's average emotion across the
    /// whole journey (the stages on screen drawn solid, the others hollow), with the zero line,
    /// each stage's average as a number, and the lowest stage marked. Where the screen leaves too
    /// few rows for an honest chart, the averages are one line of numbers instead.
    mutating func paintCurve() {
        let area = layout.curve
        guard area.height >= 1, area.width > layout.rowHeaderWidth + 4 else { return }
        let averages = (0..<map.stages.count).map { map.averageEmotion(stage: $0) }
        let lowest = Self.lowestStage(averages)
        paintCurveTitle(area: area, averages: averages, lowest: lowest, chart: layout.curveIsChart)
        guard layout.curveIsChart, !averages.isEmpty else { return }

        let showsNames = area.height >= Self.namedChartHeight
        let rows = area.height - (showsNames ? 3 : 2)
        let top = area.y + 1
        let centers = stageCenters(count: averages.count)
        func row(_ value: Double) -> Double { Double(top) + (2 - value) / 4 * Double(rows - 1) }

        // Axis labels and the zero line.
        let plotLeft = layout.rowHeaderWidth
        let labelX = max(0, plotLeft - 4)
        for value in [2, 1, 0, -1, -2] {
            let label = value > 0 ? "+\(value)" : (value == 0 ? " 0" : "\(value)")
            buffer.write(label, x: labelX, y: Int(row(Double(value)).rounded()), width: 3, role: .curveAxis)
        }
        buffer.fill(x: plotLeft, y: Int(row(0).rounded()), width: area.width - plotLeft, height: 1, role: .curveAxis, character: glyphs.zeroLine)

        // The compared map's line first, under this one's.
        paintComparedLine(centers: centers, row: row)
        // The line between neighbouring rated stages.
        let rated = averages.indices.filter { averages[$0] != nil }
        for (from, to) in zip(rated, rated.dropFirst()) {
            guard let start = averages[from], let end = averages[to] else { continue }
            paintSegment(from: (centers[from], row(start)), to: (centers[to], row(end)))
        }

        // The points, then the numbers under them: the lowest first, then those on screen.
        let visible = scroll.stage..<(scroll.stage + visibleStages)
        for stage in rated {
            guard let value = averages[stage] else { continue }
            let glyph = visible.contains(stage) || visibleStages == 0 ? glyphs.point : glyphs.offScreenPoint
            buffer.put(glyph, x: centers[stage], y: Int(row(value).rounded()), role: stage == lowest ? .curveLowest : StyleRole.emotion(value))
        }
        let numbersRow = top + rows
        var taken = Array(repeating: false, count: width)
        let order = averages.indices.sorted { rank($0, lowest: lowest, visible: visible) < rank($1, lowest: lowest, visible: visible) }
        for stage in order {
            let number = averages[stage].map { language.signedDecimal($0) } ?? "–"
            let label = stage == lowest ? String(glyphs.lowest) + number : number
            let role: StyleRole = stage == lowest ? .curveLowest : (averages[stage].map { StyleRole.emotion($0) } ?? .dim)
            place(label, centeredAt: centers[stage], y: numbersRow, role: role, taken: &taken, from: plotLeft)
        }
        if showsNames {
            taken = Array(repeating: false, count: width)
            let spacing = averages.count > 1 ? max(1, centers[1] - centers[0] - 1) : area.width - plotLeft
            for stage in order {
                let name = Self.prefix(of: DisplayText.sanitized(map.stages[stage].name, ascii: glyphs.ascii), width: max(1, spacing))
                place(name, centeredAt: centers[stage], y: numbersRow + 1, role: visible.contains(stage) ? .columnHeader : .dim, taken: &taken, from: plotLeft)
            }
        }
    }

    /// A chart this tall has room for a row of stage names under the numbers.
    static let namedChartHeight = 9

    /// The title row: what lies below the grid, the chart's title and lowest stage, the legend.
    private mutating func paintCurveTitle(area: EditorLayout.Rect, averages: [Double?], lowest: Int?, chart: Bool) {
        let y = area.y
        buffer.fill(x: 0, y: y, width: area.width, height: 1, role: .dim, character: glyphs.horizontal)
        let below = map.touchpoints.count - scroll.touchpoint - visibleTouchpoints
        if below > 0 {
            buffer.write(" \(glyphs.moreBelow) \(text(.moreBelow(below))) ", x: 0, y: y, width: layout.rowHeaderWidth, role: .scrollMarker, ellipsis: false)
        }
        let x = layout.rowHeaderWidth + 1
        let right = area.x + area.width - 1
        guard chart else {
            // A line of numbers (under the title when there are two rows): every stage's average
            // in order, the lowest marked.
            var numbersY = y
            var position = x + buffer.write(" " + text(.emotion) + (area.height > 1 ? " " : ":"), x: x, y: y, width: right - x, role: .curve, ellipsis: false)
            if area.height > 1 {
                numbersY = y + 1
                position = 0
            }
            for (stage, average) in averages.enumerated() where position < right {
                let number = average.map { language.signedDecimal($0) } ?? "–"
                let label = " " + (stage == lowest ? String(glyphs.lowest) : "") + number
                let role: StyleRole = stage == lowest ? .curveLowest : (average.map { StyleRole.emotion($0) } ?? .dim)
                position += buffer.write(label, x: position, y: numbersY, width: right - position, role: role)
            }
            if numbersY == y, position < right { buffer.fill(x: position, y: y, width: 1, height: 1, role: .dim) }
            return
        }
        var title = " " + text(.curveTitle(stages: averages.count))
        if let lowest, let value = averages[lowest] {
            title += glyphs.separator + text(.lowest(stage: map.stages[lowest].name, value: language.signedDecimal(value)))
        } else if lowest == nil, averages.allSatisfy({ $0 == nil }) {
            title += glyphs.separator + text(.noEmotionYet)
        }
        title += " "
        let used = buffer.write(title, x: x, y: y, width: right - x, role: .curve)
        // The legend: the compared map's line, or what the grid's badges and markers mean; the
        // longest that fits.
        let full = WorkshopScreenStrings.legend(votes: glyphs.vote, researched: String(glyphs.researched), partial: String(glyphs.partial), assumed: String(glyphs.assumed)).text(in: language)
        let short = WorkshopScreenStrings.shortLegend(votes: glyphs.vote, evidence: String(glyphs.researched) + String(glyphs.partial) + String(glyphs.assumed)).text(in: language)
        let badges = text(.badgeLegend)
        if let comparison = comparisonLegend {
            // The compared map's legend, its name cut to the room left.
            let room = right - (x + used + 2)
            if room > 12 {
                let legendWidth = min(room, DisplayWidth.of(DisplayText.sanitized(" " + comparison + " ", ascii: glyphs.ascii)))
                buffer.write(" " + comparison + " ", x: right - legendWidth, y: y, width: legendWidth, role: .dim)
            }
            return
        }
        for candidate in [badges + glyphs.separator + full, badges + glyphs.separator + short, full, short] {
            let legend = " " + candidate + " "
            let legendWidth = DisplayWidth.of(DisplayText.sanitized(legend, ascii: glyphs.ascii))
            if x + used + 2 + legendWidth <= right {
                buffer.write(legend, x: right - legendWidth, y: y, width: legendWidth, role: .dim, ellipsis: false)
                break
            }
        }
    }

    /// The stage with the lowest average, when at least two stages are rated.
    static func lowestStage(_ averages: [Double?]) -> Int? {
        let rated = averages.enumerated().compactMap { entry in entry.element.map { (entry.offset, $0) } }
        guard rated.count >= 2 else { return nil }
        return rated.min { $0.1 < $1.1 }?.0
    }

    /// The order in which numbers claim room: the lowest, the stages on screen, the rest.
    private func rank(_ stage: Int, lowest: Int?, visible: Range<Int>) -> (Int, Int) {
        (stage == lowest ? 0 : (visible.contains(stage) ? 1 : 2), stage)
    }

    /// The screen column of each stage on the chart: under its column when every stage is on
    /// screen, spread evenly across the width otherwise.
    private func stageCenters(count: Int) -> [Int] {
        if visibleStages == count, scroll.stage == 0 {
            return (0..<count).map { layout.columnX(visibleIndex: $0) + layout.columnWidth(visibleIndex: $0) / 2 }
        }
        let left = layout.rowHeaderWidth + 1
        let span = max(1, layout.mainWidth - 1 - left)
        return (0..<count).map { left + (2 * $0 + 1) * span / (2 * count) }
    }

    /// Draws a straight line between two points (column, fractional row); `dotted` for the
    /// compared map's line.
    mutating func paintSegment(from start: (x: Int, y: Double), to end: (x: Int, y: Double), dotted: Bool = false) {
        let role: StyleRole = dotted ? .dim : .curve
        func piece(_ glyph: Character) -> Character { dotted ? glyphs.comparedLine : glyph }
        guard end.x > start.x else {
            let low = Int(min(start.y, end.y).rounded()), high = Int(max(start.y, end.y).rounded())
            for y in low...high { buffer.put(piece(glyphs.steep), x: start.x, y: y, role: role) }
            return
        }
        func row(at x: Int) -> Int {
            Int((start.y + (end.y - start.y) * Double(x - start.x) / Double(end.x - start.x)).rounded())
        }
        for x in start.x..<end.x {
            let here = row(at: x), next = row(at: x + 1)
            if next == here {
                buffer.put(piece(glyphs.flat), x: x, y: here, role: role)
            } else if next < here {
                buffer.put(piece(glyphs.rising), x: x, y: here, role: role)
                for y in (next + 1)..<here { buffer.put(piece(glyphs.steep), x: x, y: y, role: role) }
            } else {
                buffer.put(piece(glyphs.falling), x: x, y: here, role: role)
                for y in (here + 1)..<next { buffer.put(piece(glyphs.steep), x: x, y: y, role: role) }
            }
        }
    }

    /// The compared map's line (`:compare`): its points and dotted segments, drawn under this
    /// map's line.
    mutating func paintComparedLine(centers: [Int], row: (Double) -> Double) {
        guard let comparison = state.comparison else { return }
        let averages = comparison.averages(against: map)
        let rated = averages.indices.filter { averages[$0] != nil && $0 < centers.count }
        for (from, to) in zip(rated, rated.dropFirst()) {
            guard let start = averages[from], let end = averages[to] else { continue }
            paintSegment(from: (centers[from], row(start)), to: (centers[to], row(end)), dotted: true)
        }
        for stage in rated {
            guard let value = averages[stage] else { continue }
            buffer.put(glyphs.comparedPoint, x: centers[stage], y: Int(row(value).rounded()), role: .dim)
        }
    }

    /// The legend of the two lines while a map is compared: `● this map  ◇ Future state`.
    var comparisonLegend: String? {
        guard let comparison = state.comparison else { return nil }
        return "\(glyphs.point) " + WorkshopScreenStrings.thisMap.text(in: language) + "  \(glyphs.comparedPoint) " + comparison.label
    }

    /// Writes a label centred on a column if the columns it needs (and one either side) are free.
    private mutating func place(_ label: String, centeredAt center: Int, y: Int, role: StyleRole, taken: inout [Bool], from left: Int) {
        let labelWidth = DisplayWidth.of(DisplayText.sanitized(label, ascii: glyphs.ascii))
        let x = max(left, min(layout.mainWidth - labelWidth, center - labelWidth / 2))
        let range = max(0, x - 1)..<min(taken.count, x + labelWidth + 1)
        guard x >= left, x + labelWidth <= layout.mainWidth, !range.contains(where: { taken[$0] }) else { return }
        buffer.write(label, x: x, y: y, width: labelWidth, role: role, ellipsis: false)
        for column in x..<(x + labelWidth) { taken[column] = true }
    }
}
