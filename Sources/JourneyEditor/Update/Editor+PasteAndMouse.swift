import JourneyKit

extension Editor {
    // MARK: Paste

    static func handlePaste(_ text: String, state: inout EditorState) -> [EditorEffect] {
        switch state.mode {
        case .prompt(var prompt):
            return PromptInput.paste(text, prompt: &prompt, state: &state)
        case .grid, .detail:
            guard state.hasCell else {
                state.message = .error(.nothingToPasteInto)
                return []
            }
            var prompt = TextPrompt(.note(state.cursor), text: state.currentCell.note)
            prompt.editor.insert(text)
            state.mode = .prompt(prompt)
            state.message = .info(.pastedIntoNote)
        case .question, .help, .structure, .cellMove, .conflicts, .stats, .presentation:
            break
        }
        return []
    }

    // MARK: Mouse

    static func handleMouse(_ mouse: MouseEvent, state: inout EditorState) -> [EditorEffect] {
        guard state.mouseEnabled else { return [] }
        switch state.mode {
        case .grid, .detail:
            break
        default:
            return []
        }
        let layout = state.layout
        switch mouse.action {
        case .wheelUp:
            state.cursor.touchpoint = max(0, state.cursor.touchpoint - 1)
        case .wheelDown:
            state.cursor.touchpoint = min(max(0, state.map.touchpoints.count - 1), state.cursor.touchpoint + 1)
        case .press:
            if let position = layout.cell(atX: mouse.x, y: mouse.y, scroll: state.scroll),
               position.stage < state.map.stages.count, position.touchpoint < state.map.touchpoints.count {
                state.cursor = position
                state.mode = .grid
            } else if mouse.y == layout.headerRow, let column = layout.visibleStage(atX: mouse.x) {
                let stage = state.scroll.stage + column
                if stage < state.map.stages.count { state.cursor.stage = stage }
            } else if mouse.x < layout.rowHeaderWidth, let row = layout.visibleTouchpoint(atY: mouse.y) {
                let touchpoint = state.scroll.touchpoint + row
                if touchpoint < state.map.touchpoints.count { state.cursor.touchpoint = touchpoint }
            } else if layout.detail.contains(x: mouse.x, y: mouse.y), state.hasCell {
                state.mode = .detail(DetailPane.first(in: state.currentCell))
            }
        }
        return []
    }
}

extension String {
    /// The string without white space or line breaks at either end.
    func trimmingWhitespaceAndNewlines() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }

    /// The string with every line break replaced.
    func replacingLineBreaks(with replacement: String) -> String {
        var result = ""
        for character in self {
            if character.isNewline { result += replacement } else { result.append(character) }
        }
        return result
    }
}
