import JourneyKit

extension ScreenPainter {
    /// The bottom line: a prompt being typed, a question, a message, or key hints; and where the
    /// cursor is.
    mutating func paintStatusLine() {
        let y = layout.statusRow
        buffer.fill(x: 0, y: y, width: width, height: 1, role: .status)
        defer { paintTimer() }
        let right = width - timerWidth
        switch state.mode {
        case .stats, .presentation:
            let hints: String
            if case .presentation(let stage) = state.mode {
                hints = WorkshopScreenStrings.presentationHints(overview: stage == nil).text(in: language)
            } else {
                hints = WorkshopScreenStrings.statsHints.text(in: language)
            }
            if let message = state.message, !message.text(in: language).isEmpty {
                let used = buffer.write(" " + message.text(in: language), x: 0, y: y, width: min(right, width / 2), role: message.kind == .error ? .error : .status)
                buffer.write(glyphs.separator + hints, x: used, y: y, width: max(0, right - used), role: .prompt)
            } else {
                buffer.write(" " + hints, x: 0, y: y, width: right, role: .prompt)
            }
        case .prompt(let prompt):
            if case .note(let position) = prompt.purpose {
                paintStatusText(text(.noteEditingHints), role: .prompt)
                paintNoteEditor(prompt, at: position)
            } else {
                let label = prompt.purpose.label(in: state.language)
                let labelText = label == ":" || label == "/" ? label : label + ": "
                let used = buffer.write(labelText, x: 0, y: y, width: width / 2, role: .prompt)
                if let message = state.message, message.kind == .error, !message.text(in: state.language).isEmpty {
                    // An error while the prompt stays open (a taken name): show it after the text.
                    paintLineEditor(prompt.editor, x: used, y: y, width: max(1, width / 2 - used), role: prompt.prefillSelected ? .selection : .input)
                    buffer.write(" " + message.text(in: state.language), x: width / 2, y: y, width: width - width / 2, role: .error)
                } else {
                    paintLineEditor(prompt.editor, x: used, y: y, width: width - used, role: prompt.prefillSelected ? .selection : .input)
                }
                if prompt.completions.count > 1 { paintCompletions(prompt, above: y) }
            }
        case .question(let question):
            paintStatusText(question.text(in: map, fileName: state.document.displayName, language: state.language), role: .prompt)
        case .conflicts:
            let keys = text(state.conflictReview?.isFromFile == true ? .fileConflictKeys : .conflictKeys)
            if let message = state.message, message.kind == .error, !message.text(in: state.language).isEmpty, state.conflictReview?.choices.isEmpty ?? true {
                paintStatusText(message.text(in: state.language) + " · " + keys, role: .error)
            } else {
                paintStatusText(keys, role: .prompt)
            }
        case .cellMove:
            paintStatusText(CommandReference.cellMoveHint(in: state.language), role: .prompt)
        case .structure(let axis):
            paintStatusText(CommandReference.prefixHint(axis, in: state.language), role: .prompt)
        case .help(let scroll):
            let more = helpHasMore(scroll: scroll) ? "\(glyphs.moreBelow) \(text(.helpMoreBelow)) · " : ""
            paintStatusText(more + text(.helpKeys), role: .status)
        case .grid, .detail:
            let position = positionText()
            let positionWidth = DisplayWidth.of(position)
            var room = right - positionWidth - 1
            let message = state.message.flatMap { $0.text(in: state.language).isEmpty ? nil : $0 }
            if case .detail = state.mode {
                // The pane keeps its keys on the status line for as long as it has the focus.
                let hints = text(.detailHints)
                if let message {
                    let used = buffer.write(" " + message.text(in: state.language), x: 0, y: y, width: min(room, width / 2), role: message.kind == .error ? .error : .status)
                    buffer.write(glyphs.separator + hints, x: used, y: y, width: room - used, role: .prompt)
                } else {
                    buffer.write(" " + hints, x: 0, y: y, width: room, role: .prompt)
                }
            } else if let message {
                // "? help" stays in sight whatever the message, for whoever opens journey first.
                let help = glyphs.separator + text(.helpHint) + " "
                let helpWidth = DisplayWidth.of(DisplayText.sanitized(help, ascii: glyphs.ascii))
                if room - helpWidth > 12 {
                    room -= helpWidth
                    buffer.write(help, x: room, y: y, width: helpWidth, role: .keyName, ellipsis: false)
                }
                buffer.write(" " + message.text(in: state.language), x: 0, y: y, width: room, role: message.kind == .error ? .error : .status)
            } else {
                buffer.write(" " + text(.gridHints), x: 0, y: y, width: room, role: .status)
            }
            buffer.write(position, x: right - positionWidth, y: y, width: positionWidth, role: .status, ellipsis: false)
        }
    }

    /// The workshop timer's text at the right of the status line, if a timer runs: the time
    /// left, or that time is up.
    private var timerText: String? {
        guard let timer = state.timer else { return nil }
        if timer.isUp { return " " + WorkshopScreenStrings.timeUp.text(in: language) + " " }
        return " " + WorkshopScreenStrings.timerLeft(WorkshopTimer.clock(timer.remaining(at: state.clockSeconds))).text(in: language) + " "
    }

    /// The columns the timer takes at the right of the status line.
    private var timerWidth: Int {
        guard let timerText else { return 0 }
        return min(width / 2, DisplayWidth.of(timerText))
    }

    /// Draws the timer over the right end of the status line, in every view.
    private mutating func paintTimer() {
        guard let timerText, timerWidth > 0 else { return }
        let up = state.timer?.isUp ?? false
        buffer.write(timerText, x: width - timerWidth, y: layout.statusRow, width: timerWidth, role: up ? .error : .keyName, ellipsis: false)
    }

    private mutating func paintStatusText(_ text: String, role: StyleRole) {
        buffer.write(" " + text, x: 0, y: layout.statusRow, width: width, role: role)
    }

    /// `stage 2/6 · touchpoint 3/8 `, with `mouse off` when the mouse is released.
    private func positionText() -> String {
        guard state.hasCell else { return state.mouseEnabled ? "" : text(.mouseOff) + " " }
        let mouse = state.mouseEnabled ? "" : text(.mouseOff) + glyphs.separator.dropFirst()
        return " \(mouse)\(state.cursor.stage + 1)/\(map.stages.count) · \(state.cursor.touchpoint + 1)/\(map.touchpoints.count) "
    }

    /// Draws a line editor in `width` columns from `x`, scrolled so that its cursor shows, and
    /// places the terminal cursor there.
    /// The commands Tab is cycling through, on the row above the status line, the one shown
    /// highlighted: `:` then Tab lists every command that matches what was typed.
    mutating func paintCompletions(_ prompt: TextPrompt, above y: Int) {
        guard y > 0 else { return }
        buffer.fill(x: 0, y: y - 1, width: width, height: 1, role: .status)
        var x = 1
        for (index, completion) in prompt.completions.enumerated() {
            let word = String(completion.reversed().drop { $0 == " " }.reversed())
            let wordWidth = DisplayWidth.of(DisplayText.sanitized(word, ascii: glyphs.ascii))
            guard x + wordWidth + 2 < width else {
                buffer.write(String(glyphs.moreRight), x: width - 2, y: y - 1, width: 1, role: .scrollMarker)
                break
            }
            x += buffer.write(word, x: x, y: y - 1, width: wordWidth, role: index == prompt.completionIndex ? .selection : .status) + 2
        }
    }

    mutating func paintLineEditor(_ editor: LineEditor, x: Int, y: Int, width: Int, role: StyleRole = .input) {
        guard width > 0 else { return }
        let characters = editor.characters
        let cursorIndex = editor.cursor
        func columns(_ character: Character) -> Int { max(1, DisplayWidth.of(DisplayText.visible(character, ascii: glyphs.ascii))) }
        // Walk back from the cursor until the window is full, leaving a column for the cursor.
        var start = cursorIndex
        var used = 1
        while start > 0 {
            let next = columns(characters[start - 1])
            if used + next > width { break }
            used += next
            start -= 1
        }
        buffer.fill(x: x, y: y, width: width, height: 1, role: role)
        var column = x
        var index = start
        var cursorX = x
        while index <= characters.count {
            if index == cursorIndex { cursorX = column }
            guard index < characters.count else { break }
            let drawn = buffer.put(characters[index], x: column, y: y, role: role, limit: x + width)
            if drawn == 0 { break }
            column += drawn
            index += 1
        }
        if start > 0 { buffer.put(glyphs.moreLeft, x: x, y: y, role: .scrollMarker) }
        cursor = Frame.Point(x: min(cursorX, x + width - 1), y: y)
    }

    /// The note being edited, drawn over its cell and widening to the grid's right edge.
    private mutating func paintNoteEditor(_ prompt: TextPrompt, at position: CellPosition) {
        let column = position.stage - scroll.stage
        let row = position.touchpoint - scroll.touchpoint
        guard column >= 0, column < visibleStages, row >= 0, row < visibleTouchpoints else {
            paintLineEditor(prompt.editor, x: 0, y: layout.statusRow, width: width)
            return
        }
        let x = layout.columnX(visibleIndex: column) + 1
        let right = max(layout.mainWidth, x + 30)
        let editorWidth = min(width, right) - x
        let y = layout.rowY(visibleIndex: row)
        paintLineEditor(prompt.editor, x: x, y: y, width: editorWidth)
    }
}
