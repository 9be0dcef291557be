import JourneyKit

extension ScreenPainter {
    /// The stage names, the rule under them, and the visible rows of touchpoints and cells.
    mutating func paintGrid() {
        paintColumnHeaders()
        paintRule()
        if map.stages.isEmpty || map.touchpoints.isEmpty {
            paintEmptyHint()
            return
        }
        for row in 0..<visibleTouchpoints {
            let touchpoint = scroll.touchpoint + row
            let y = layout.rowY(visibleIndex: row)
            paintRowHeader(touchpoint, y: y)
            for column in 0..<visibleStages {
                paintCell(stage: scroll.stage + column, touchpoint: touchpoint, x: layout.columnX(visibleIndex: column), y: y)
            }
        }
    }

    private mutating func paintColumnHeaders() {
        let y = layout.headerRow
        let label = map.touchpoints.isEmpty ? "" : " Touchpoint"
        buffer.write(label, x: 0, y: y, width: layout.rowHeaderWidth, role: .dim)
        for column in 0..<visibleStages {
            let stage = scroll.stage + column
            let x = layout.columnX(visibleIndex: column)
            let current = stage == state.cursor.stage && showsCursor
            buffer.put(glyphs.vertical, x: x, y: y, role: .dim)
            // The cursor's stage is marked by one character, so that a cursor move redraws
            // (and sends over a slow link) as little as possible.
            buffer.write(" " + map.stages[stage].name, x: x + 1, y: y, width: layout.columnWidth - 1, role: .columnHeader)
            if current { buffer.put(glyphs.currentColumn, x: x + 1, y: y, role: .columnHeaderCurrent) }
        }
        if scroll.stage > 0 {
            buffer.put(glyphs.moreLeft, x: layout.rowHeaderWidth, y: y, role: .scrollMarker)
        }
        if scroll.stage + visibleStages < map.stages.count {
            buffer.put(glyphs.moreRight, x: layout.mainWidth - 1, y: y, role: .scrollMarker)
        }
    }

    private mutating func paintRule() {
        let y = layout.ruleRow
        buffer.fill(x: 0, y: y, width: layout.mainWidth, height: 1, role: .dim, character: glyphs.horizontal)
        for column in 0..<visibleStages {
            buffer.put(glyphs.cross, x: layout.columnX(visibleIndex: column), y: y, role: .dim)
        }
        if scroll.touchpoint > 0 {
            buffer.write(" \(glyphs.moreAbove) \(scroll.touchpoint) more ", x: 0, y: y, width: layout.rowHeaderWidth, role: .scrollMarker, ellipsis: false)
        }
    }

    private mutating func paintEmptyHint() {
        let hint: String
        if map.stages.isEmpty && map.touchpoints.isEmpty {
            hint = "An empty map: S adds a stage (a column), T a touchpoint (a row)"
        } else if map.stages.isEmpty {
            hint = "No stages yet: S adds one (or :stage add NAME)"
        } else {
            hint = "No touchpoints yet: T adds one (or :touchpoint add NAME | CHANNEL)"
        }
        let y = layout.gridTop + max(0, layout.gridHeight / 2 - 1)
        let x = max(1, (layout.mainWidth - DisplayWidth.of(hint)) / 2)
        buffer.write(hint, x: x, y: y, width: layout.mainWidth - x, role: .dim)
        if !map.stages.isEmpty || !map.touchpoints.isEmpty {
            // Keep the row headers or column headers visible even without the other axis.
            for row in 0..<visibleTouchpoints {
                paintRowHeader(scroll.touchpoint + row, y: layout.rowY(visibleIndex: row))
            }
        }
    }

    private mutating func paintRowHeader(_ touchpoint: Int, y: Int) {
        let current = touchpoint == state.cursor.touchpoint && showsCursor
        let item = map.touchpoints[touchpoint]
        buffer.write(" " + item.name, x: 0, y: y, width: layout.rowHeaderWidth - 1, role: .rowHeader)
        if current { buffer.put(glyphs.currentRow, x: 0, y: y, role: .rowHeaderCurrent) }
        if let channel = item.channel, !channel.isEmpty {
            buffer.write("   " + channel, x: 0, y: y + 1, width: layout.rowHeaderWidth - 1, role: .dim)
        }
    }

    private mutating func paintCell(stage: Int, touchpoint: Int, x: Int, y: Int) {
        let cell = map.cell(stage: stage, touchpoint: touchpoint)
        let isCursor = showsCursor && stage == state.cursor.stage && touchpoint == state.cursor.touchpoint
        for line in 0..<EditorLayout.rowHeight {
            buffer.put(glyphs.vertical, x: x, y: y + line, role: .dim)
        }
        let textX = x + 1
        let textWidth = layout.columnWidth - 1
        if isCursor {
            buffer.fill(x: textX, y: y, width: textWidth, height: EditorLayout.rowHeight, role: .cursorCell)
        }
        // First line: the start of the note.
        if !cell.note.isEmpty {
            let firstLine = cell.note.prefix { !$0.isNewline }
            let more = firstLine.endIndex < cell.note.endIndex
            let drawn = buffer.write(" " + firstLine, x: textX, y: y, width: textWidth, role: isCursor ? .cursorCell : .normal)
            if more && drawn < textWidth {
                buffer.put(buffer.ellipsis, x: textX + drawn, y: y, role: isCursor ? .cursorCell : .dim)
            }
        }
        // Second line: emotion, feeling, and counts of pain points and opportunities.
        var counts = ""
        if !cell[list: .painPoints].isEmpty { counts += "!\(cell[list: .painPoints].count)" }
        if !cell[list: .opportunities].isEmpty { counts += (counts.isEmpty ? "" : " ") + "*\(cell[list: .opportunities].count)" }
        var countsWidth = 0
        if !counts.isEmpty {
            countsWidth = counts.count + 1
            let countsX = textX + textWidth - countsWidth
            if countsX > textX + 4 {
                var position = countsX
                for part in counts.split(separator: " ") {
                    let role: StyleRole = isCursor ? .cursorCell : (part.first == "!" ? .painPoint : .opportunity)
                    position += buffer.write(part, x: position, y: y + 1, width: textX + textWidth - position, role: role, ellipsis: false)
                    position += 1
                }
            } else {
                countsWidth = 0
            }
        }
        var left = textX + 1
        let leftLimit = textX + textWidth - countsWidth
        if let emotion = cell.emotion {
            let label = glyphs.face(Double(emotion.score)) + " " + emotion.signedText
            left += buffer.write(label, x: left, y: y + 1, width: leftLimit - left, role: isCursor ? .cursorCell : StyleRole.emotion(Double(emotion.score)))
            left += 1
        }
        if let feeling = cell.feeling, !feeling.isEmpty, left < leftLimit {
            buffer.write(feeling, x: left, y: y + 1, width: leftLimit - left - 1, role: isCursor ? .cursorCell : .dim)
        }
    }
}
