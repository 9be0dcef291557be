import JourneyKit

extension ScreenPainter {
    /// The current cell in full: its stage and touchpoint, whole note, emotion and feeling, and
    /// every pain point and opportunity, with the selection while the pane has the focus.
    mutating func paintDetail() {
        let area = layout.detail
        guard area.height > 0, area.width > 0 else { return }
        if layout.detailBeside {
            for y in area.y..<(area.y + area.height) { buffer.put(glyphs.vertical, x: area.x - 1, y: y, role: .dim) }
        }
        guard state.hasCell else {
            if layout.detailBeside {
                buffer.write(" No cell selected", x: area.x, y: area.y, width: area.width, role: .dim)
            } else {
                buffer.fill(x: area.x, y: area.y, width: area.width, height: 1, role: .dim, character: glyphs.horizontal)
            }
            return
        }
        let cell = state.currentCell
        let stage = map.stages[state.cursor.stage]
        let touchpoint = map.touchpoints[state.cursor.touchpoint]
        var selection: DetailSelection?
        var focused = false
        if case .detail(let selected) = state.mode {
            selection = selected
            focused = true
        }
        if case .prompt(let prompt) = state.mode, case .editItem(_, let selected) = prompt.purpose {
            selection = selected
            focused = true
        }
        if layout.detailBeside {
            paintDetailBeside(cell: cell, stage: stage, touchpoint: touchpoint, selection: selection, focused: focused, area: area)
        } else {
            paintDetailBelow(cell: cell, stage: stage, touchpoint: touchpoint, selection: selection, focused: focused, area: area)
        }
    }

    private func heading(stage: Stage, touchpoint: Touchpoint) -> String {
        var text = stage.name + glyphs.arrow + touchpoint.name
        if let channel = touchpoint.channel, !channel.isEmpty { text += " (\(channel))" }
        return text
    }

    private func emotionText(_ cell: Cell) -> (String, StyleRole)? {
        guard let emotion = cell.emotion else {
            return cell.feeling.map { ($0, .dim) }
        }
        var text = glyphs.face(Double(emotion.score)) + " " + emotion.signedText
        if let feeling = cell.feeling, !feeling.isEmpty { text += " " + feeling }
        return (text, StyleRole.emotion(Double(emotion.score)))
    }

    private mutating func paintDetailBelow(cell: Cell, stage: Stage, touchpoint: Touchpoint, selection: DetailSelection?, focused: Bool, area: EditorLayout.Rect) {
        // The rule line carries the cell's place, the stage goal and the emotion.
        let y = area.y
        buffer.fill(x: area.x, y: y, width: area.width, height: 1, role: .dim, character: glyphs.horizontal)
        var rightWidth = 0
        if let (text, role) = emotionText(cell) {
            let shown = " " + text + " "
            rightWidth = min(area.width / 3, DisplayWidth.of(DisplayText.sanitized(shown, ascii: glyphs.ascii)))
            buffer.write(shown, x: area.x + area.width - rightWidth - 1, y: y, width: rightWidth, role: role)
        }
        var title = " " + heading(stage: stage, touchpoint: touchpoint) + " "
        if let goal = stage.goal, !goal.isEmpty { title += "· goal: \(goal) " }
        buffer.write(title, x: area.x + 1, y: y, width: area.width - rightWidth - 3, role: focused ? .selection : .detailHeading)

        let bodyHeight = area.height - 1
        guard bodyHeight > 0 else { return }
        let noteWidth = area.width * 2 / 5
        let listWidth = (area.width - noteWidth) / 2
        let columns = [
            (x: area.x, width: noteWidth - 1),
            (x: area.x + noteWidth, width: listWidth - 1),
            (x: area.x + noteWidth + listWidth, width: area.width - noteWidth - listWidth),
        ]
        // Note.
        buffer.write(" Note", x: columns[0].x, y: y + 1, width: columns[0].width, role: .detailHeading)
        if bodyHeight > 1 {
            if cell.note.isEmpty {
                buffer.write(" (no note: Enter writes one)", x: columns[0].x, y: y + 2, width: columns[0].width, role: .dim)
            } else {
                let lines = TextLayout.wrap(cell.note, width: columns[0].width - 1, maxLines: bodyHeight - 1)
                for (offset, line) in lines.enumerated() {
                    buffer.write(" " + line, x: columns[0].x, y: y + 2 + offset, width: columns[0].width, role: .normal)
                }
            }
        }
        paintList(.painPoints, items: cell[list: .painPoints].map(\.text), column: columns[1], top: y + 1, height: bodyHeight, selection: selection, focused: focused)
        paintList(.opportunities, items: cell[list: .opportunities].map(\.text), column: columns[2], top: y + 1, height: bodyHeight, selection: selection, focused: focused)
        for column in columns.dropFirst() {
            for row in (y + 1)..<(y + area.height) { buffer.put(glyphs.vertical, x: column.x - 1, y: row, role: .dim) }
        }
    }

    /// A titled list, one item per row, scrolled to keep the selection in view.
    private mutating func paintList(_ list: DetailSelection.List, items: [String], column: (x: Int, width: Int), top: Int, height: Int, selection: DetailSelection?, focused: Bool) {
        let title = list == .painPoints ? " Pain points (\(items.count))" : " Opportunities (\(items.count))"
        buffer.write(title, x: column.x, y: top, width: column.width, role: list == .painPoints ? .painPoint : .opportunity)
        let rows = height - 1
        guard rows > 0 else { return }
        if items.isEmpty {
            buffer.write(list == .painPoints ? " (none: p adds one)" : " (none: o adds one)", x: column.x, y: top + 1, width: column.width, role: .dim)
            return
        }
        let selectedIndex = selection?.list == list ? selection?.index : nil
        var first = 0
        if let selectedIndex, selectedIndex >= rows { first = selectedIndex - rows + 1 }
        for row in 0..<min(rows, items.count - first) {
            let index = first + row
            let isSelected = focused && selectedIndex == index
            let role: StyleRole = isSelected ? .selection : .normal
            if isSelected { buffer.fill(x: column.x, y: top + 1 + row, width: column.width, height: 1, role: .selection) }
            let moreMarker = row == rows - 1 && first + rows < items.count
            let text = moreMarker ? " \(glyphs.moreBelow) \(items.count - index) more" : " \(index + 1). \(items[index])"
            buffer.write(text, x: column.x, y: top + 1 + row, width: column.width, role: moreMarker ? .scrollMarker : role)
        }
    }

    private mutating func paintDetailBeside(cell: Cell, stage: Stage, touchpoint: Touchpoint, selection: DetailSelection?, focused: Bool, area: EditorLayout.Rect) {
        let x = area.x, width = area.width
        var y = area.y
        let bottom = area.y + area.height
        func room() -> Int { bottom - y }
        buffer.write(" " + stage.name, x: x, y: y, width: width, role: focused ? .selection : .detailHeading)
        y += 1
        buffer.write(" " + touchpoint.name + (touchpoint.channel.map { " (\($0))" } ?? ""), x: x, y: y, width: width, role: focused ? .selection : .detailHeading)
        y += 1
        if let goal = stage.goal, !goal.isEmpty, room() > 0 {
            for line in TextLayout.wrap("Goal: " + goal, width: width - 2, maxLines: 2) where room() > 0 {
                buffer.write(" " + line, x: x, y: y, width: width, role: .dim)
                y += 1
            }
        }
        if room() > 0 {
            if let (text, role) = emotionText(cell) {
                buffer.write(" " + text, x: x, y: y, width: width, role: role)
            } else {
                buffer.write(" No emotion yet: 1-5 rate it", x: x, y: y, width: width, role: .dim)
            }
            y += 2
        }
        if room() > 0 {
            buffer.write(" Note", x: x, y: y, width: width, role: .detailHeading)
            y += 1
            let listsNeed = 4 + min(cell[list: .painPoints].count, 3) + min(cell[list: .opportunities].count, 3)
            let noteLines = max(1, min(room() - listsNeed, 12))
            if cell.note.isEmpty {
                if room() > 0 { buffer.write(" (no note: Enter writes one)", x: x, y: y, width: width, role: .dim) }
                y += 1
            } else {
                for line in TextLayout.wrap(cell.note, width: width - 2, maxLines: noteLines) where room() > 0 {
                    buffer.write(" " + line, x: x, y: y, width: width, role: .normal)
                    y += 1
                }
            }
            y += 1
        }
        let remaining = room()
        guard remaining > 1 else { return }
        let painHeight = cell[list: .opportunities].isEmpty ? remaining - 2 : max(2, min(remaining / 2, cell[list: .painPoints].count + 1))
        paintList(.painPoints, items: cell[list: .painPoints].map(\.text), column: (x, width), top: y, height: min(painHeight, remaining), selection: selection, focused: focused)
        y += min(painHeight, remaining) + 1
        if room() > 1 {
            paintList(.opportunities, items: cell[list: .opportunities].map(\.text), column: (x, width), top: y, height: room(), selection: selection, focused: focused)
        }
    }
}
