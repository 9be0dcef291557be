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
                paintCell(stage: scroll.stage + column, touchpoint: touchpoint, column: column, y: y)
            }
        }
    }

    private mutating func paintColumnHeaders() {
        let y = layout.headerRow
        let label = map.touchpoints.isEmpty ? "" : " " + ModelStrings.touchpoint.text(in: language)
        buffer.write(label, x: 0, y: y, width: layout.rowHeaderWidth, role: .dim)
        for column in 0..<visibleStages {
            let stage = scroll.stage + column
            let x = layout.columnX(visibleIndex: column)
            let current = stage == state.cursor.stage && showsCursor
            buffer.put(glyphs.vertical, x: x, y: y, role: .dim)
            // The cursor's stage is marked by one character, so that a cursor move redraws
            // (and sends over a slow link) as little as possible.
            buffer.write(" " + map.stages[stage].name, x: x + 1, y: y, width: layout.columnWidth(visibleIndex: column) - 1, role: .columnHeader)
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
            buffer.write(" \(glyphs.moreAbove) \(text(.moreAbove(scroll.touchpoint))) ", x: 0, y: y, width: layout.rowHeaderWidth, role: .scrollMarker, ellipsis: false)
        }
    }

    private mutating func paintEmptyHint() {
        let hint: String
        if map.stages.isEmpty && map.touchpoints.isEmpty {
            hint = text(.emptyMap)
        } else if map.stages.isEmpty {
            hint = text(.noStages)
        } else {
            hint = text(.noTouchpoints)
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
        let room = layout.rowHeaderWidth - 2
        buffer.write(" " + shownName(of: touchpoint, width: room), x: 0, y: y, width: room + 1, role: .rowHeader)
        if current { buffer.put(glyphs.currentRow, x: 0, y: y, role: .rowHeaderCurrent) }
        if let channel = item.channel, !channel.isEmpty {
            buffer.write("   " + channel, x: 0, y: y + 1, width: layout.rowHeaderWidth - 1, role: .dim)
        }
    }

    /// A touchpoint's name cut to `width` columns: at the end as usual, but in the middle when a
    /// neighbouring name starts the same way, so that what tells them apart stays visible
    /// (`Punto de…web`, `Punto de…tienda` rather than `Punto de contac…` twice).
    func shownName(of touchpoint: Int, width: Int) -> String {
        let name = DisplayText.sanitized(map.touchpoints[touchpoint].name, ascii: glyphs.ascii)
        guard width > 4, DisplayWidth.of(name) > width else { return name }
        let headWidth = width - 1
        let head = Self.prefix(of: name, width: headWidth)
        let sharesStart = [touchpoint - 1, touchpoint + 1].contains { other in
            guard other >= 0, other < map.touchpoints.count else { return false }
            return DisplayText.sanitized(map.touchpoints[other].name, ascii: glyphs.ascii).hasPrefix(head)
        }
        guard sharesStart else { return name }
        let keep = max(2, (width - 1) / 3)
        let tail = Self.suffix(of: name, width: width - 1 - keep)
        return Self.prefix(of: name, width: keep) + String(buffer.ellipsis) + tail
    }

    /// The longest start of `text` that takes at most `width` columns.
    static func prefix(of text: String, width: Int) -> String {
        var result = "", used = 0
        for character in text {
            let columns = max(1, DisplayWidth.of(character))
            if used + columns > width { break }
            result.append(character)
            used += columns
        }
        return result
    }

    /// The longest end of `text` that takes at most `width` columns.
    static func suffix(of text: String, width: Int) -> String {
        var result: [Character] = [], used = 0
        for character in text.reversed() {
            let columns = max(1, DisplayWidth.of(character))
            if used + columns > width { break }
            result.append(character)
            used += columns
        }
        return String(result.reversed())
    }

    private mutating func paintCell(stage: Int, touchpoint: Int, column: Int, y: Int) {
        let cell = map.cell(stage: stage, touchpoint: touchpoint)
        let x = layout.columnX(visibleIndex: column)
        let isCursor = showsCursor && stage == state.cursor.stage && touchpoint == state.cursor.touchpoint
        let rows = layout.rowHeight
        for line in 0..<rows {
            buffer.put(glyphs.vertical, x: x, y: y + line, role: .dim)
        }
        let textX = x + 1
        let textWidth = layout.columnWidth(visibleIndex: column) - 1
        // A rated cell is tinted by its emotion; the cursor's cell stands out over everything.
        let tint: StyleRole? = isCursor ? .cursorCell : cell.emotion.map { StyleRole.cell($0.score) }
        if let tint {
            buffer.fill(x: textX, y: y, width: textWidth, height: rows, role: tint)
        }
        let counts = !cell.hasNoItems
        // The evidence marker keeps the top right corner (explained by the legend under the grid).
        let marker = glyphs.evidence(cell.evidence)
        let markerWidth = marker == nil || textWidth < 8 ? 0 : 2
        defer { if let marker, markerWidth > 0 { buffer.put(marker, x: textX + textWidth - 1, y: y, role: tint ?? .keyName) } }
        // The note, on every line but the last; a free line above the last holds the counts in words.
        // From four rows on, a cell with items keeps a line (or one per list) for their counts in words.
        let words = counts && rows >= 4 ? countWords(cell, width: textWidth - 2) : []
        var noteRows = rows - 1 - (rows - 1 - words.count >= 2 ? words.count : 0)
        if !cell.note.isEmpty {
            let lines: [String]
            if noteRows == 1 {
                lines = [String(cell.note.prefix { !$0.isNewline })]
            } else {
                lines = TextLayout.wrap(cell.note, width: textWidth - 1, maxLines: noteRows)
            }
            for (offset, line) in lines.enumerated() {
                let drawn = buffer.write(" " + line, x: textX, y: y + offset, width: textWidth - (offset == 0 ? markerWidth : 0), role: tint ?? .normal)
                if noteRows == 1, cell.note.count > line.count, drawn < textWidth - markerWidth {
                    buffer.put(buffer.ellipsis, x: textX + drawn, y: y, role: tint ?? .dim)
                }
            }
            noteRows = lines.count
        } else {
            noteRows = 0
        }
        let wordsShown = !words.isEmpty && rows - 1 - noteRows >= words.count
        if wordsShown {
            for (offset, line) in words.enumerated() {
                var position = textX + 1
                for (index, part) in line.enumerated() {
                    if index > 0 { position += buffer.write(glyphs.separator, x: position, y: y + rows - 1 - words.count + offset, width: 3, role: tint ?? .dim, ellipsis: false) }
                    position += buffer.write(part.text, x: position, y: y + rows - 1 - words.count + offset, width: textX + textWidth - position, role: tint ?? part.role, ellipsis: false)
                }
            }
        }
        paintEmotionLine(cell, x: textX, y: y + rows - 1, width: textWidth, tint: tint, badges: counts && !wordsShown)
    }

    /// The counts of a cell's pain points and opportunities in words: one line
    /// ("2 pain points · 1 opportunity") or one line each when that is too wide; none when even
    /// those do not fit.
    private func countWords(_ cell: Cell, width: Int) -> [[(text: String, role: StyleRole)]] {
        let parts: [(text: String, role: StyleRole)] = ItemList.allCases.compactMap { list in
            cell[list: list].isEmpty ? nil : (list.count(cell[list: list].count, in: language), list.traits.role)
        }

        let widths = parts.map { DisplayWidth.of($0.text) }
        if widths.reduce(0, +) + DisplayWidth.of(glyphs.separator) * (parts.count - 1) <= width { return [parts] }
        return widths.allSatisfy { $0 <= width } ? parts.map { [$0] } : []
    }

    /// A cell's last line: the emotion with its number, the feeling word, and (when there was no
    /// line for words) the `!n *n` badges of pain points and opportunities, explained by the
    /// legend under the grid.
    private mutating func paintEmotionLine(_ cell: Cell, x textX: Int, y: Int, width textWidth: Int, tint: StyleRole?, badges: Bool) {
        var badgeParts: [(text: String, role: StyleRole)] = badges ? ItemList.allCases.compactMap { list in
            cell[list: list].isEmpty ? nil : (list.traits.badge + "\(cell[list: list].count)", list.traits.role)
        } : []
        // The dot votes in all, then the evidence marker (explained by the legend under the grid).
        let votes = Self.votes(in: cell)
        if votes > 0 { badgeParts.append((glyphs.vote + "\(votes)", .keyName)) }
        let counts = badgeParts.map(\.text).joined(separator: " ")
        var countsWidth = 0
        if !counts.isEmpty {
            countsWidth = counts.count + 1
            let countsX = textX + textWidth - counts.count
            if countsX > textX + 4 {
                var position = countsX
                for part in badgeParts {
                    position += buffer.write(part.text, x: position, y: y, width: textX + textWidth - position, role: tint ?? part.role, ellipsis: false)
                    position += 1
                }
            } else {
                countsWidth = 0
            }
        }
        var left = textX + 1
        let leftLimit = textX + textWidth - countsWidth
        if let emotion = cell.emotion {
            // The face goes first when room is short: the number, the tint and the feeling say more.
            var label = glyphs.face(Double(emotion.score)) + " " + emotion.signedText
            let feelingWidth = cell.feeling.map { DisplayWidth.of(DisplayText.sanitized($0, ascii: glyphs.ascii)) + 1 } ?? 0
            if DisplayWidth.of(DisplayText.sanitized(label, ascii: glyphs.ascii)) + 1 + feelingWidth > leftLimit - left {
                label = emotion.signedText
            }
            left += buffer.write(label, x: left, y: y, width: leftLimit - left, role: tint ?? StyleRole.emotion(Double(emotion.score)))
            left += 1
        }
        if let feeling = cell.feeling, !feeling.isEmpty, left < leftLimit {
            buffer.write(feeling, x: left, y: y, width: leftLimit - left - (countsWidth > 0 ? 0 : 1), role: tint ?? .dim)
        }
    }

    /// The dot votes on a cell's items, added up.
    static func votes(in cell: Cell) -> Int {
        ItemList.allCases.reduce(0) { total, list in cell[list: list].reduce(total) { $0 + $1.votes } }
    }
}
