import JourneyKit

/// Typing into a prompt, and what Enter does: the prompt completes the command it was opened for.
enum PromptInput {
    /// Opens the prompt of a command's text (``CommandSpec/prompt``) on the cursor's cell.
    static func openPrompt(_ spec: CommandSpec, arguments: String = "", prefill: String? = nil, state: inout EditorState) -> [EditorEffect] {
        switch spec.prompt?.requires {
        case .cell where !state.hasCell:
            state.message = .error(.noCells)
            return []
        case .line(let axis) where state.cursor[axis] >= state.map.count(axis):
            state.message = .error(.noLines(axis))
            return []
        default:
            break
        }
        let text = prefill ?? spec.prompt?.prefill(state) ?? ""
        var prompt = TextPrompt(.command(name: spec.name, target: state.cursor, arguments: arguments), text: text)
        prompt.prefillSelected = !text.isEmpty
        if case .detail(let selection) = state.mode {
            prompt.returnsToDetail = true
            prompt.detailSelection = selection
        }
        state.mode = .prompt(prompt)
        return []
    }

    static func handle(_ key: Key, prompt: inout TextPrompt, state: inout EditorState) -> [EditorEffect] {
        switch key {
        case .escape, .control("c"), .control("g"):
            state.mode = modeAfter(prompt, state: state)
            state.message = prompt.purpose == .commandLine ? nil : .info(.cancelled)
            return []
        case .enter:
            return confirm(prompt, state: &state)
        case .tab where prompt.purpose == .commandLine:
            CommandLineParser.complete(&prompt, map: state.map)
        case .up where prompt.purpose.browsesHistory:
            browseHistory(&prompt, step: -1, history: state.commandHistory)
        case .down where prompt.purpose.browsesHistory:
            browseHistory(&prompt, step: 1, history: state.commandHistory)
        case .backspace where prompt.purpose == .commandLine && prompt.editor.characters.isEmpty:
            state.mode = .grid
            return []
        case .altEnter where !prompt.purpose.allowsLineBreaks:
            break
        case .character where prompt.prefillSelected:
            prompt.editor.replace(with: "")
            prompt.prefillSelected = false
            prompt.editor.handle(key)
        case .backspace where prompt.prefillSelected, .delete where prompt.prefillSelected:
            prompt.editor.replace(with: "")
            prompt.prefillSelected = false
        default:
            prompt.prefillSelected = false
            if prompt.editor.handle(key) {
                prompt.completions = []
                prompt.completionIndex = nil
            }
        }
        state.mode = .prompt(prompt)
        return []
    }

    /// Inserts pasted text; a paste of several lines into an item prompt adds one item per line.
    static func paste(_ text: String, prompt: inout TextPrompt, state: inout EditorState) -> [EditorEffect] {
        if case .command(let name, let target, _) = prompt.purpose, let list = CommandTable.spec(named: name)?.prompt?.splitsPastedLines,
           text.contains(where: \.isNewline) {
            let lines = (prompt.editor.text + text).split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespaceAndNewlines() }.filter { !$0.isEmpty }
            state.mode = modeAfter(prompt, state: state)
            guard stillExists(target, in: state.map) else { return [] }
            state.cursor = target
            return Editor.perform(.addItems(list, lines), on: &state)
        }
        if prompt.prefillSelected {
            prompt.editor.replace(with: "")
            prompt.prefillSelected = false
        }
        prompt.editor.insert(prompt.purpose.allowsLineBreaks ? text : text.replacingLineBreaks(with: " "))
        state.mode = .prompt(prompt)
        return []
    }

    private static func confirm(_ prompt: TextPrompt, state: inout EditorState) -> [EditorEffect] {
        let text = prompt.editor.text
        let trimmed = text.trimmingWhitespaceAndNewlines()
        state.mode = modeAfter(prompt, state: state)
        switch prompt.purpose {
        case .commandLine:
            guard !trimmed.isEmpty else { return [] }
            if state.commandHistory.last != trimmed { state.commandHistory.append(trimmed) }
            switch CommandLineParser.parse(trimmed) {
            case .success(.delete(let axis)) where !Editor.othersWorking(on: axis, at: state.cursor[axis], state: state).isEmpty:
                return KeyDispatch.runAsking(.delete(axis), state: &state)
            case .success(let command): return Editor.perform(command, on: &state)
            case .failure(let notice):
                state.message = .error(notice)
                return []
            }
        case .note(let position):
            guard stillExists(position, in: state.map) else { return [] }
            state.cursor = position
            return Editor.perform(.setNote(text), on: &state)
        case .command(let name, let target, let arguments):
            guard let spec = CommandTable.spec(named: name) else { return [] }
            if trimmed.isEmpty, arguments.isEmpty, spec.syntax.requiresText {
                state.message = .info(.nothingAdded)
                return []
            }
            guard stillExists(target, in: state.map) || state.map.stages.isEmpty || state.map.touchpoints.isEmpty else { return [] }
            state.cursor = target
            let line = arguments.isEmpty ? trimmed : arguments + " " + trimmed
            switch spec.parse(line) {
            case .failure(let notice):
                state.message = .error(notice)
                state.mode = .prompt(prompt)
                return []
            case .success(let command):
                let outcome = CommandRunner.run(command, state: &state)
                if case .refused = outcome {
                    state.mode = .prompt(prompt)
                } else if prompt.returnsToDetail, let list = spec.prompt?.splitsPastedLines {
                    state.mode = .detail(DetailPane.clamp(DetailSelection(list: list, index: state.currentCell.texts(list).count - 1), in: state.currentCell))
                }
                Editor.keepCursorInView(&state)
                return outcome.effects
            }
        }
    }

    /// Where the focus goes when the prompt closes.
    private static func modeAfter(_ prompt: TextPrompt, state: EditorState) -> EditorMode {
        guard prompt.returnsToDetail else { return .grid }
        return .detail(prompt.detailSelection.flatMap { DetailPane.clamp($0, in: state.currentCell) } ?? DetailPane.first(in: state.currentCell))
    }

    private static func stillExists(_ position: CellPosition, in map: JourneyMap) -> Bool {
        position.stage < map.stages.count && position.touchpoint < map.touchpoints.count
    }

    private static func browseHistory(_ prompt: inout TextPrompt, step: Int, history: [String]) {
        guard !history.isEmpty else { return }
        if prompt.historyIndex == nil {
            guard step < 0 else { return }
            prompt.typedText = prompt.editor.text
            prompt.historyIndex = history.count - 1
        } else if let index = prompt.historyIndex {
            let next = index + step
            if next >= history.count {
                prompt.historyIndex = nil
                prompt.editor.replace(with: prompt.typedText ?? "")
                return
            }
            prompt.historyIndex = max(0, next)
        }
        if let index = prompt.historyIndex { prompt.editor.replace(with: history[index]) }
    }
}

