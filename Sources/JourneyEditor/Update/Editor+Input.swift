import JourneyKit

extension Editor {
    // MARK: Keys

    static func handleKey(_ key: Key, state: inout EditorState) -> [EditorEffect] {
        switch state.mode {
        case .grid:
            state.message = nil
            if key == .escape { return [] }
            if let axis = KeyBindings.structureAxis(for: key) {
                state.mode = .structure(axis)
                state.message = .info(axis == .stage ? KeyBindings.stageHint : KeyBindings.touchpointHint)
                return []
            }
            guard let command = KeyBindings.gridCommand(for: key) else {
                state.message = .error("\(KeyBindings.name(of: key)) does nothing here; ? shows the keys")
                return []
            }
            return keyCommand(command, state: &state)
        case .detail(let selection):
            state.message = nil
            return handleDetailKey(key, selection: selection, state: &state)
        case .prompt(var prompt):
            return handlePromptKey(key, prompt: &prompt, state: &state)
        case .question(let question):
            return answer(question, with: key, state: &state)
        case .conflicts:
            return handleConflictKey(key, state: &state)
        case .help(let scroll):
            switch key {
            case .down, .character("j"), .enter: state.mode = .help(scroll: scroll + 1)
            case .up, .character("k"): state.mode = .help(scroll: max(0, scroll - 1))
            case .pageDown, .character(" "): state.mode = .help(scroll: scroll + max(1, state.screenSize.height - 4))
            case .pageUp: state.mode = .help(scroll: max(0, scroll - max(1, state.screenSize.height - 4)))
            case .home, .character("g"): state.mode = .help(scroll: 0)
            default: state.mode = .grid
            }
            return []
        case .structure(let axis):
            state.mode = .grid
            state.message = nil
            guard let command = KeyBindings.structureCommand(axis, for: key) else {
                if key != .escape {
                    state.message = .error(axis == .stage ? KeyBindings.stageHint : KeyBindings.touchpointHint)
                }
                return []
            }
            return keyCommand(command, state: &state)
        }
    }

    /// Runs a command chosen by a key; deleting a stage or touchpoint with content asks first.
    private static func keyCommand(_ command: EditorCommand, state: inout EditorState) -> [EditorEffect] {
        switch command {
        case .deleteStage where state.cursor.stage < state.map.stages.count:
            let filled = state.map.touchpoints.indices.count {
                !state.map.cell(stage: state.cursor.stage, touchpoint: $0).isEmpty
            }
            if filled > 0 {
                state.mode = .question(.deleteStage(state.cursor.stage, filledCells: filled))
                return []
            }
        case .deleteTouchpoint where state.cursor.touchpoint < state.map.touchpoints.count:
            let filled = state.map.nonEmptyCellCount(touchpoint: state.cursor.touchpoint)
            if filled > 0 {
                state.mode = .question(.deleteTouchpoint(state.cursor.touchpoint, filledCells: filled))
                return []
            }
        default:
            break
        }
        return perform(command, on: &state)
    }

    private static func handleDetailKey(_ key: Key, selection: DetailSelection?, state: inout EditorState) -> [EditorEffect] {
        let cell = state.currentCell
        let position = state.cursor
        switch key {
        case .escape, .tab, .backTab:
            state.mode = .grid
        case .down, .character("j"):
            state.mode = .detail(DetailPane.step(selection, by: 1, in: cell))
        case .up, .character("k"):
            state.mode = .detail(DetailPane.step(selection, by: -1, in: cell))
        case .left, .right, .character("h"), .character("l"):
            state.mode = .detail(DetailPane.switchList(selection, in: cell))
        case .enter, .character("e"), .character("i"):
            guard let selection else {
                state.message = .error("Nothing to edit: p adds a pain point, o an opportunity")
                return []
            }
            var prompt = TextPrompt(.editItem(position, selection), text: DetailPane.items(selection.list, of: cell)[selection.index])
            prompt.returnsToDetail = true
            state.mode = .prompt(prompt)
        case .character("d"), .character("x"), .delete, .backspace:
            guard let selection else {
                state.message = .error("Nothing to delete")
                return []
            }
            let label = selection.list == .painPoints ? "pain point" : "opportunity"
            if change("delete \(label)", state: &state, { map in
                map.updateCell(stage: position.stage, touchpoint: position.touchpoint) { cell in
                    if selection.list == .painPoints { cell[list: .painPoints].remove(at: selection.index) } else { cell[list: .opportunities].remove(at: selection.index) }
                }
            }) {
                state.mode = .detail(DetailPane.clamp(selection, in: state.currentCell))
                state.message = .info("Deleted the \(label) (u undoes)")
            }
        case .character("K"), .shiftUp, .character("J"), .shiftDown:
            guard let selection else { return [] }
            let step = (key == .character("K") || key == .shiftUp) ? -1 : 1
            let count = DetailPane.items(selection.list, of: cell).count
            let target = selection.index + step
            guard target >= 0, target < count else { return [] }
            if change("reorder", state: &state, { map in
                map.updateCell(stage: position.stage, touchpoint: position.touchpoint) { cell in
                    if selection.list == .painPoints { cell[list: .painPoints].swapAt(selection.index, target) } else { cell[list: .opportunities].swapAt(selection.index, target) }
                }
            }) {
                state.mode = .detail(DetailSelection(list: selection.list, index: target))
            }
        case .character("p"), .character("o"):
            guard state.hasCell else { return perform(.promptPainPoint, on: &state) }
            var prompt = TextPrompt(key == .character("p") ? .addPainPoint(position) : .addOpportunity(position))
            prompt.returnsToDetail = true
            state.mode = .prompt(prompt)
        default:
            // Anything else acts as in the grid (emotions, undo, save, help…), except moving.
            guard let command = KeyBindings.gridCommand(for: key) else {
                state.message = .error("\(KeyBindings.name(of: key)) does nothing here; Esc returns to the grid")
                return []
            }
            if case .move = command { return [] }
            let effects = keyCommand(command, state: &state)
            if case .grid = state.mode { state.mode = .detail(DetailPane.clamp(selection ?? DetailSelection(list: .painPoints, index: 0), in: state.currentCell)) }
            return effects
        }
        return []
    }

    // MARK: Prompts

    private static func handlePromptKey(_ key: Key, prompt: inout TextPrompt, state: inout EditorState) -> [EditorEffect] {
        switch key {
        case .escape, .control("c"), .control("g"):
            state.mode = prompt.returnsToDetail ? .detail(DetailPane.clamp(DetailSelection(list: .painPoints, index: 0), in: state.currentCell)) : .grid
            state.message = .info(prompt.purpose == .command ? "" : "Cancelled")
            if prompt.purpose == .command { state.message = nil }
            return []
        case .enter:
            return confirm(prompt, state: &state)
        case .tab where prompt.purpose == .command:
            complete(&prompt)
        case .up where prompt.purpose == .command || prompt.purpose == .search:
            browseHistory(&prompt, step: -1, history: state.commandHistory)
        case .down where prompt.purpose == .command || prompt.purpose == .search:
            browseHistory(&prompt, step: 1, history: state.commandHistory)
        case .backspace where prompt.purpose == .command && prompt.editor.characters.isEmpty:
            state.mode = .grid
            return []
        case .altEnter where !prompt.purpose.allowsLineBreaks:
            break
        default:
            if prompt.editor.handle(key) {
                prompt.completions = []
                prompt.completionIndex = nil
            }
        }
        state.mode = .prompt(prompt)
        return []
    }

    private static func complete(_ prompt: inout TextPrompt) {
        if prompt.completionIndex == nil || prompt.completions.isEmpty {
            let typed = prompt.editor.text
            prompt.typedText = typed
            prompt.completions = CommandLineParser.completions(for: typed)
            guard !prompt.completions.isEmpty else { return }
            if prompt.completions.count == 1 {
                prompt.editor.replace(with: prompt.completions[0])
                prompt.completions = []
                return
            }
            prompt.completionIndex = 0
        } else if let index = prompt.completionIndex {
            prompt.completionIndex = (index + 1) % prompt.completions.count
        }
        if let index = prompt.completionIndex { prompt.editor.replace(with: prompt.completions[index]) }
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

    private static func confirm(_ prompt: TextPrompt, state: inout EditorState) -> [EditorEffect] {
        let text = prompt.editor.text
        let trimmed = text.trimmingWhitespaceAndNewlines()
        let back: EditorMode = prompt.returnsToDetail ? .detail(nil) : .grid
        state.mode = back
        switch prompt.purpose {
        case .command:
            if !trimmed.isEmpty && state.commandHistory.last != trimmed { state.commandHistory.append(trimmed) }
            guard !trimmed.isEmpty else { return [] }
            switch CommandLineParser.parse(trimmed) {
            case .success(let command): return perform(command, on: &state)
            case .failure(let failure):
                state.message = .error(failure.message)
                return []
            }
        case .search:
            guard !trimmed.isEmpty else { return [] }
            if state.commandHistory.last != "search \(trimmed)" { state.commandHistory.append("search \(trimmed)") }
            return perform(.search(trimmed), on: &state)
        case .note(let position):
            guard stillExists(position, in: state.map) else { return [] }
            if text == state.map.cell(stage: position.stage, touchpoint: position.touchpoint).note { return [] }
            change("edit note", state: &state) { map in
                map.updateCell(stage: position.stage, touchpoint: position.touchpoint) { $0.note = text }
            }
        case .addPainPoint(let position), .addOpportunity(let position):
            let isPain: Bool
            if case .addPainPoint = prompt.purpose { isPain = true } else { isPain = false }
            guard !trimmed.isEmpty else {
                state.message = .info("Nothing added")
                break
            }
            guard stillExists(position, in: state.map) else { break }
            state.cursor = position
            _ = perform(isPain ? .addPainPoint(trimmed) : .addOpportunity(trimmed), on: &state)
            if prompt.returnsToDetail {
                let cell = state.currentCell
                state.mode = .detail(DetailSelection(list: isPain ? .painPoints : .opportunities,
                                                     index: max(0, (isPain ? cell[list: .painPoints].count : cell[list: .opportunities].count) - 1)))
            }
        case .editItem(let position, let selection):
            guard stillExists(position, in: state.map) else { break }
            let label = selection.list == .painPoints ? "pain point" : "opportunity"
            change(trimmed.isEmpty ? "delete \(label)" : "edit \(label)", state: &state) { map in
                map.updateCell(stage: position.stage, touchpoint: position.touchpoint) { cell in
                    switch (selection.list, trimmed.isEmpty) {
                    case (.painPoints, true): cell[list: .painPoints].remove(at: selection.index)
                    case (.painPoints, false): cell[list: .painPoints][selection.index].text = trimmed
                    case (.opportunities, true): cell[list: .opportunities].remove(at: selection.index)
                    case (.opportunities, false): cell[list: .opportunities][selection.index].text = trimmed
                    }
                }
            }
            if trimmed.isEmpty { state.message = .info("Deleted the empty \(label) (u undoes)") }
            state.mode = .detail(DetailPane.clamp(selection, in: state.currentCell))
        case .feeling(let position):
            guard stillExists(position, in: state.map) else { break }
            state.cursor = position
            return perform(.setFeeling(trimmed.isEmpty ? nil : trimmed), on: &state)
        case .addStage:
            guard !trimmed.isEmpty else {
                state.message = .info("No stage added")
                break
            }
            _ = perform(.addStage(trimmed), on: &state)
            if case .error = state.message?.kind { state.mode = .prompt(prompt) }
        case .renameStage(let index):
            guard index < state.map.stages.count, !trimmed.isEmpty, trimmed != state.map.stages[index].name else { break }
            state.cursor.stage = index
            _ = perform(.renameStage(trimmed), on: &state)
            if case .error = state.message?.kind { state.mode = .prompt(prompt) }
        case .goal(let index):
            guard index < state.map.stages.count else { break }
            state.cursor.stage = index
            return perform(.setGoal(trimmed.isEmpty ? nil : trimmed), on: &state)
        case .addTouchpoint:
            let (name, channel) = CommandLineParser.splitNameAndChannel(trimmed)
            guard !name.isEmpty else {
                state.message = .info("No touchpoint added")
                break
            }
            _ = perform(.addTouchpoint(name, channel: channel), on: &state)
            if case .error = state.message?.kind { state.mode = .prompt(prompt) }
        case .renameTouchpoint(let index):
            guard index < state.map.touchpoints.count, !trimmed.isEmpty, trimmed != state.map.touchpoints[index].name else { break }
            state.cursor.touchpoint = index
            _ = perform(.renameTouchpoint(trimmed), on: &state)
            if case .error = state.message?.kind { state.mode = .prompt(prompt) }
        case .channel(let index):
            guard index < state.map.touchpoints.count else { break }
            state.cursor.touchpoint = index
            return perform(.setChannel(trimmed.isEmpty ? nil : trimmed), on: &state)
        }
        return []
    }

    private static func stillExists(_ position: CellPosition, in map: JourneyMap) -> Bool {
        position.stage < map.stages.count && position.touchpoint < map.touchpoints.count
    }

    // MARK: Questions

    private static func answer(_ question: Question, with key: Key, state: inout EditorState) -> [EditorEffect] {
        let yes = key == .character("y") || key == .character("Y")
        let no = key == .character("n") || key == .character("N")
        guard yes || no || key == .escape || key == .control("c") else {
            return []  // keep asking; the question stays on the status line
        }
        state.mode = .grid
        state.message = nil
        switch question {
        case .quitWithUnsavedChanges:
            if yes { return perform(.saveAndQuit, on: &state) }
            if no {
                state.hasQuit = true
                return [.quit]
            }
        case .deleteStage(let index, _):
            if yes {
                state.cursor.stage = index
                return perform(.deleteStage, on: &state)
            }
        case .deleteTouchpoint(let index, _):
            if yes {
                state.cursor.touchpoint = index
                return perform(.deleteTouchpoint, on: &state)
            }
        case .restoreRecovery:
            return answerRecovery(restore: yes, state: &state)
        }
        return []
    }

    // MARK: Paste and mouse

    static func handlePaste(_ text: String, state: inout EditorState) -> [EditorEffect] {
        switch state.mode {
        case .prompt(var prompt):
            let inserted = prompt.purpose.allowsLineBreaks ? text : text.replacingLineBreaks(with: " ")
            prompt.editor.insert(inserted)
            state.mode = .prompt(prompt)
        case .grid, .detail:
            guard state.hasCell else {
                state.message = .error("Nothing to paste into: add a stage (S) and a touchpoint (T) first")
                return []
            }
            var prompt = TextPrompt(.note(state.cursor), text: state.currentCell.note)
            prompt.editor.insert(text)
            state.mode = .prompt(prompt)
            state.message = .info("Pasted into the note: Enter keeps it, Esc drops it")
        case .question, .help, .structure, .conflicts:
            break
        }
        return []
    }

    static func handleMouse(_ mouse: MouseEvent, state: inout EditorState) -> [EditorEffect] {
        guard state.mouseEnabled else { return [] }
        switch state.mode {
        case .grid, .detail:
            break
        default:
            return []
        }
        let layout = EditorLayout(size: state.screenSize)
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
            } else if mouse.y == layout.headerRow, mouse.x >= layout.rowHeaderWidth, mouse.x < layout.mainWidth {
                let stage = state.scroll.stage + (mouse.x - layout.rowHeaderWidth) / layout.columnWidth
                if stage < state.map.stages.count { state.cursor.stage = stage }
            } else if mouse.x < layout.rowHeaderWidth, mouse.y >= layout.gridTop, mouse.y < layout.gridTop + layout.gridHeight {
                let touchpoint = state.scroll.touchpoint + (mouse.y - layout.gridTop) / EditorLayout.rowHeight
                if touchpoint < state.map.touchpoints.count { state.cursor.touchpoint = touchpoint }
            } else if layout.detail.contains(x: mouse.x, y: mouse.y), state.hasCell {
                state.mode = .detail(DetailPane.first(in: state.currentCell))
            }
        }
        return []
    }
}

extension PromptPurpose {
    /// Whether the text may hold line breaks (notes only).
    var allowsLineBreaks: Bool {
        if case .note = self { return true }
        return false
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
