import JourneyKit

extension ScreenPainter {
    /// The current cell in full: its stage and touchpoint, whole note, emotion and feeling, and
    /// every pain point and opportunity, wrapped, with the selection while the pane has the focus
    /// (scrolled into view), and the note being typed while it is edited in place.
    mutating func paintDetail() {
        let area = layout.detail
        guard area.height > 0, area.width > 0 else { return }
        if layout.detailBeside {
            for y in area.y..<(area.y + area.height) { buffer.put(glyphs.vertical, x: area.x - 1, y: y, role: .dim) }
        }
        guard state.hasCell else {
            if layout.detailBeside {
                buffer.write(" " + text(.noCellSelected), x: area.x, y: area.y, width: area.width, role: .dim)
            } else {
                buffer.fill(x: area.x, y: area.y, width: area.width, height: 1, role: .dim, character: glyphs.horizontal)
            }
            return
        }
        let content = DetailContent(state: state)
        if layout.detailBeside {
            paintDetailBeside(content, area: area)
        } else {
            paintDetailBelow(content, area: area)
        }
    }

    private func heading(_ content: DetailContent) -> String {
        var text = content.stage.name + glyphs.arrow + content.touchpoint.name
        if let channel = content.touchpoint.channel, !channel.isEmpty { text += " (\(channel))" }
        return text
    }

    private func emotionText(_ cell: Cell) -> (String, StyleRole)? {
        guard let emotion = cell.emotion else {
            return cell.feeling.map { ($0, .dim) }
        }
        var text = glyphs.face(Double(emotion.score)) + " " + emotion.signedText + " " + emotion.label(in: language)
        if let feeling = cell.feeling, !feeling.isEmpty { text += " · " + feeling }
        return (text, StyleRole.emotion(Double(emotion.score)))
    }

    private mutating func paintDetailBelow(_ content: DetailContent, area: EditorLayout.Rect) {
        // The rule line carries the cell's place, the stage goal and the emotion.
        let y = area.y
        buffer.fill(x: area.x, y: y, width: area.width, height: 1, role: .dim, character: glyphs.horizontal)
        var rightWidth = 0
        if let (text, role) = emotionText(content.cell) {
            let shown = " " + text + " "
            rightWidth = min(area.width / 3, DisplayWidth.of(DisplayText.sanitized(shown, ascii: glyphs.ascii)))
            buffer.write(shown, x: area.x + area.width - rightWidth - 1, y: y, width: rightWidth, role: role)
        }
        var title = " " + heading(content) + " "
        if let goal = content.stage.goal, !goal.isEmpty { title += glyphs.separator.dropFirst() + text(.goalLine(goal)) + " " }
        buffer.write(title, x: area.x + 1, y: y, width: area.width - rightWidth - 3, role: content.focused ? .selection : .detailHeading)

        let bodyHeight = area.height - 1
        guard bodyHeight > 0 else { return }
        let noteWidth = area.width * 2 / 5
        let listWidth = (area.width - noteWidth) / 2
        let note = EditorLayout.Rect(x: area.x, y: y + 1, width: noteWidth - 1, height: bodyHeight)
        paintNote(content, in: note)
        let pains = EditorLayout.Rect(x: area.x + noteWidth, y: y + 1, width: listWidth - 1, height: bodyHeight)
        let opportunities = EditorLayout.Rect(x: area.x + noteWidth + listWidth, y: y + 1, width: area.width - noteWidth - listWidth, height: bodyHeight)
        paintList(.painPoints, content, in: pains)
        paintList(.opportunities, content, in: opportunities)
        for column in [pains, opportunities] {
            for row in column.y..<(column.y + column.height) { buffer.put(glyphs.vertical, x: column.x - 1, y: row, role: .dim) }
        }
    }

    /// The note under its heading, wrapped; while it is typed in place, the text being typed,
    /// wrapped, its last lines kept in view.
    private mutating func paintNote(_ content: DetailContent, in area: EditorLayout.Rect) {
        guard area.height > 0, area.width > 2 else { return }
        let editing = content.typedNote != nil
        let heading = editing ? text(.editingNote) : ModelStrings.note.text(in: language)
        buffer.write(" " + heading, x: area.x, y: area.y, width: area.width, role: editing ? .prompt : .detailHeading)
        let rows = area.height - 1
        guard rows > 0 else { return }
        if let typed = content.typedNote {
            var lines = TextLayout.wrap(typed + " ", width: area.width - 2, maxLines: 10_000)
            if lines.count > rows { lines = [String(glyphs.moreAbove) + " …"] + lines.suffix(rows - 1) }
            for (offset, line) in lines.prefix(rows).enumerated() {
                buffer.write(" " + line, x: area.x, y: area.y + 1 + offset, width: area.width, role: .input)
            }
        } else {
            // The cell's evidence and sources and the stage's metrics keep the last lines.
            let extras = workshopLines(content, width: area.width - 2)
            let shownExtras = rows > 1 ? Array(extras.prefix(rows - 1)) : []
            let noteRows = rows - shownExtras.count
            if content.cell.note.isEmpty {
                buffer.write(" " + text(.noNoteHint), x: area.x, y: area.y + 1, width: area.width, role: .dim)
            } else {
                let lines = TextLayout.wrap(content.cell.note, width: area.width - 2, maxLines: noteRows)
                for (offset, line) in lines.enumerated() {
                    buffer.write(" " + line, x: area.x, y: area.y + 1 + offset, width: area.width, role: .normal)
                }
            }
            for (offset, line) in shownExtras.enumerated() {
                buffer.write(" " + line, x: area.x, y: area.y + 1 + noteRows + offset, width: area.width, role: .keyName)
            }
        }
    }

    /// A titled list, every item wrapped, scrolled to keep the selection in view, with markers
    /// for the items above and below.
    private mutating func paintList(_ list: ItemList, _ content: DetailContent, in area: EditorLayout.Rect) {
        guard area.height > 0, area.width > 2 else { return }
        let items = DetailPane.items(list, of: content.cell)
        let role = list.traits.role
        buffer.write(" " + text(.listHeading(list, count: items.count)), x: area.x, y: area.y, width: area.width, role: role)
        let rows = area.height - 1
        guard rows > 0 else { return }
        if items.isEmpty {
            buffer.write(" " + text(.emptyListHint(list)), x: area.x, y: area.y + 1, width: area.width, role: .dim)
            return
        }
        let selected = content.selection?.list == list ? content.selection?.index : nil
        let attributed = content.cell[list: list].map(itemWithAttributes)
        let wrapped = attributed.enumerated().map { index, item in
            let number = "\(index + 1). "
            let indent = String(repeating: " ", count: number.count)
            let lines = TextLayout.wrap(item, width: max(1, area.width - 1 - number.count), maxLines: max(1, rows))
            return lines.enumerated().map { " " + ($0.offset == 0 ? number : indent) + $0.element }
        }
        // The first item shown: as early as possible while the selected item still fits whole.
        var first = 0
        if let selected {
            func need(_ from: Int) -> Int {
                wrapped[from...selected].map(\.count).reduce(0, +) + (from > 0 ? 1 : 0) + (selected + 1 < items.count ? 1 : 0)
            }
            while first < selected, need(first) > rows { first += 1 }
        }
        var y = area.y + 1
        let bottom = area.y + area.height
        if first > 0 {
            buffer.write(" \(glyphs.moreAbove) \(text(.moreItems(first)))", x: area.x, y: y, width: area.width, role: .scrollMarker)
            y += 1
        }
        for index in first..<items.count where y < bottom {
            let lines = wrapped[index]
            let laterItems = index + 1 < items.count
            let room = bottom - y - (laterItems ? 1 : 0)
            if (lines.count > room && index != selected && index != first) || room <= 0 {
                buffer.write(" \(glyphs.moreBelow) \(text(.moreItems(items.count - index)))", x: area.x, y: y, width: area.width, role: .scrollMarker)
                return
            }
            let isSelected = content.focused && selected == index
            for line in lines.prefix(max(1, room)) {
                if isSelected { buffer.fill(x: area.x, y: y, width: area.width, height: 1, role: .selection) }
                buffer.write(line, x: area.x, y: y, width: area.width, role: isSelected ? .selection : .normal)
                y += 1
            }
        }
    }

    /// An item's text and what the workshop gave it: `Show shipping  ●3 · impact 5 · effort 1 · owner: Ecommerce`.
    private func itemWithAttributes(_ item: Item) -> String {
        var parts: [String] = []
        if item.votes > 0 { parts.append(glyphs.vote + "\(item.votes)") }
        if let impact = item.impact { parts.append(AnalysisStrings.impact(impact).text(in: language)) }
        if let effort = item.effort { parts.append(AnalysisStrings.effort(effort).text(in: language)) }
        if let owner = item.owner { parts.append(AnalysisStrings.owner(owner).text(in: language)) }
        return parts.isEmpty ? item.text : item.text + "  " + parts.joined(separator: glyphs.separator)
    }

    /// The lines under the note: the cell's evidence with its sources, and the stage's metrics.
    private func workshopLines(_ content: DetailContent, width: Int) -> [String] {
        var lines: [String] = []
        let cell = content.cell
        if cell.evidence != nil || !cell.sources.isEmpty {
            var line = glyphs.evidence(cell.evidence).map { String($0) + " " } ?? ""
            line += WorkshopScreenStrings.evidenceLine(cell.evidence).text(in: language)
            if !cell.sources.isEmpty {
                line += glyphs.separator + WorkshopScreenStrings.sourcesHeading.text(in: language) + ": " + cell.sources.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "; ")
            }
            lines.append(line)
        }
        if !content.stage.metrics.isEmpty {
            lines.append(AnalysisStrings.metricsHeading.text(in: language) + ": " + content.stage.metrics.map { MetricText.line($0, in: language) }.joined(separator: glyphs.separator))
        }
        return lines
    }

    private mutating func paintDetailBeside(_ content: DetailContent, area: EditorLayout.Rect) {
        let x = area.x, width = area.width
        var y = area.y
        let bottom = area.y + area.height
        let headingRole: StyleRole = content.focused ? .selection : .detailHeading
        buffer.write(" " + content.stage.name, x: x, y: y, width: width, role: headingRole)
        y += 1
        let channel = content.touchpoint.channel.map { " (\($0))" } ?? ""
        buffer.write(" " + content.touchpoint.name + channel, x: x, y: y, width: width, role: headingRole)
        y += 1
        if let goal = content.stage.goal, !goal.isEmpty {
            for line in TextLayout.wrap(text(.goalLine(goal)), width: width - 2, maxLines: 3) where y < bottom {
                buffer.write(" " + line, x: x, y: y, width: width, role: .dim)
                y += 1
            }
        }
        if y < bottom {
            if let (text, role) = emotionText(content.cell) {
                buffer.write(" " + text, x: x, y: y, width: width, role: role)
            } else {
                buffer.write(" " + text(.noEmotionHint), x: x, y: y, width: width, role: .dim)
            }
            y += 2
        }
        guard bottom - y > 1 else { return }
        // The note takes what the lists leave, at least a third of the room.
        let room = bottom - y
        let listLines = content.cell[list: .painPoints].count + content.cell[list: .opportunities].count + 5
        let noteLines = content.typedNote != nil || !content.cell.note.isEmpty
            ? TextLayout.wrap(content.typedNote ?? content.cell.note, width: width - 2, maxLines: room).count + 2 : 3
        let noteHeight = min(noteLines, max(room / 3, room - listLines))
        paintNote(content, in: EditorLayout.Rect(x: x, y: y, width: width, height: max(0, noteHeight - 1)))
        y += noteHeight
        let remaining = bottom - y
        guard remaining > 1 else { return }
        let painNeed = max(2, content.cell[list: .painPoints].count * 2 + 1)
        let painHeight = content.cell[list: .opportunities].isEmpty ? remaining : max(2, min(remaining / 2 + remaining % 2, painNeed))
        paintList(.painPoints, content, in: EditorLayout.Rect(x: x, y: y, width: width, height: min(painHeight, remaining)))
        y += min(painHeight, remaining) + 1
        if bottom - y > 1 {
            paintList(.opportunities, content, in: EditorLayout.Rect(x: x, y: y, width: width, height: bottom - y))
        }
    }
}

/// What the detail pane shows of the state: the cursor's cell and its place, the selection, and
/// the note being typed in place, if any.
struct DetailContent {
    let cell: Cell
    let stage: Stage
    let touchpoint: Touchpoint
    let selection: DetailSelection?
    let focused: Bool
    let typedNote: String?

    init(state: EditorState) {
        cell = state.currentCell
        stage = state.map.stages[state.cursor.stage]
        touchpoint = state.map.touchpoints[state.cursor.touchpoint]
        var selection: DetailSelection?
        var focused = false
        var typedNote: String?
        switch state.mode {
        case .detail(let selected):
            selection = selected
            focused = true
        case .prompt(let prompt):
            if case .command("item edit", _, let arguments) = prompt.purpose, let selected = DetailPane.selection(fromArguments: arguments) {
                selection = selected
                focused = true
            }
            if case .note(let position) = prompt.purpose, position == state.cursor {
                typedNote = prompt.editor.text
            }
        default:
            break
        }
        self.selection = selection
        self.focused = focused
        self.typedNote = typedNote
    }
}
