import JourneyKit

extension ScreenPainter {
    /// The emotion curve under the grid: each visible stage's average emotion, labelled under its
    /// column, and a curve through them drawn with block characters, aligned with the columns.
    mutating func paintCurve() {
        let area = layout.curve
        guard area.height >= 2, area.width > layout.rowHeaderWidth else { return }
        let labelRow = area.y
        buffer.fill(x: 0, y: labelRow, width: area.width, height: 1, role: .dim, character: glyphs.horizontal)
        let below = map.touchpoints.count - scroll.touchpoint - visibleTouchpoints
        if below > 0 {
            buffer.write(" \(glyphs.moreBelow) \(below) more ", x: 0, y: labelRow, width: layout.rowHeaderWidth, role: .scrollMarker, ellipsis: false)
        } else {
            buffer.write(" Emotion ", x: 0, y: labelRow, width: layout.rowHeaderWidth, role: .dim, ellipsis: false)
        }
        for column in 0..<visibleStages {
            let stage = scroll.stage + column
            let x = layout.columnX(visibleIndex: column)
            let text: String
            let role: StyleRole
            if let average = map.averageEmotion(stage: stage) {
                text = " " + glyphs.face(average) + " " + Self.signed(average) + " "
                role = StyleRole.emotion(average)
            } else {
                text = " – "
                role = .dim
            }
            let textWidth = DisplayWidth.of(DisplayText.sanitized(text, ascii: glyphs.ascii))
            let start = x + max(1, (layout.columnWidth - textWidth) / 2)
            buffer.write(text, x: start, y: labelRow, width: x + layout.columnWidth - start, role: role, ellipsis: false)
        }

        let chartRows = area.height - 1
        let chartTop = labelRow + 1
        // Axis labels in the touchpoint column.
        let labelX = max(0, layout.rowHeaderWidth - 4)
        buffer.write("+2", x: labelX, y: chartTop, width: 3, role: .dim)
        if chartRows >= 3 { buffer.write(" 0", x: labelX, y: chartTop + chartRows / 2, width: 3, role: .dim) }
        if chartRows >= 2 { buffer.write("-2", x: labelX, y: chartTop + chartRows - 1, width: 3, role: .dim) }
        guard visibleStages > 0 else { return }

        let levelsPerRow = glyphs.levels.count - 1
        let totalLevels = chartRows * levelsPerRow
        let half = Double(layout.columnWidth) / 2
        let gridRight = layout.columnX(visibleIndex: visibleStages)
        for x in layout.rowHeaderWidth..<gridRight {
            let position = (Double(x - layout.rowHeaderWidth) + 0.5 - half) / Double(layout.columnWidth) + Double(scroll.stage)
            guard let value = curveValue(at: position) else { continue }
            var level = Int(((value + 2) / 4 * Double(totalLevels)).rounded())
            level = max(1, min(totalLevels, level))
            let role = StyleRole.emotion(value)
            for row in 0..<chartRows {
                let fill = level - row * levelsPerRow
                guard fill > 0 else { break }
                let glyph = glyphs.levels[min(levelsPerRow, fill)]
                buffer.put(glyph, x: x, y: chartTop + chartRows - 1 - row, role: role)
            }
        }
    }

    /// The curve's value at a fractional stage position: straight between neighbouring stages
    /// that both have a rated cell, flat across a rated stage's own column otherwise.
    private func curveValue(at position: Double) -> Double? {
        let lower = Int(position.rounded(.down))
        let upper = lower + 1
        let fraction = position - Double(lower)
        let lowerValue = average(lower), upperValue = average(upper)
        if let lowerValue, let upperValue {
            return lowerValue + (upperValue - lowerValue) * fraction
        }
        let nearest = fraction < 0.5 ? lower : upper
        guard abs(position - Double(nearest)) <= 0.5 else { return nil }
        return average(nearest)
    }

    private func average(_ stage: Int) -> Double? {
        guard stage >= 0, stage < map.stages.count else { return nil }
        return map.averageEmotion(stage: stage)
    }

    /// `+0.7`, `-1.5`, `0.0`.
    static func signed(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths > 0 ? "+" : (tenths < 0 ? "-" : "")
        let magnitude = abs(tenths)
        return "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
