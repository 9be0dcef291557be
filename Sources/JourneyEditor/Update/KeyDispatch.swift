import JourneyKit

/// The key path: a key becomes one command (or one step of a prompt, a question, the help or
/// the conflict review) through the ``CommandTable``.
enum KeyDispatch {
    static func handle(_ key: Key, state: inout EditorState) -> [EditorEffect] {
        switch state.mode {
        case .grid:
            state.message = nil
            if key == .escape {
                state.pendingCount = nil
                return []
            }
            if let effects = CountPrefix.handle(key, state: &state) { return effects }
            return press(key, in: .grid, state: &state)
        case .detail:
            state.message = nil
            return pressInDetail(key, state: &state)
        case .prompt(var prompt):
            return PromptInput.handle(key, prompt: &prompt, state: &state)
        case .question(let question):
            return QuestionAnswers.answer(question, with: key, state: &state)
        case .conflicts:
            return Editor.handleConflictKey(key, state: &state)
        case .help(let scroll):
            state.mode = helpMode(after: key, scroll: scroll, height: state.screenSize.height)
            return []
        case .stats(let selected):
            return WorkshopViews.statsKey(key, selected: selected, state: &state)
        case .presentation(let stage):
            return WorkshopViews.presentationKey(key, stage: stage, state: &state)
        case .cellMove:
            state.mode = .grid
            state.message = nil
            if key == .escape { return [] }
            guard let (spec, action) = CommandTable.binding(for: key, in: .cellMovePrefix) else {
                state.message = .error(.cellMoveKeyUnknown)
                return []
            }
            return act(action, spec: spec, state: &state)
        case .structure(let axis):
            state.mode = .grid
            state.message = nil
            if key == .escape { return [] }
            guard let (spec, action) = CommandTable.binding(for: key, in: axis == .stage ? .stagePrefix : .touchpointPrefix) else {
                state.message = .error(.prefixKeyUnknown(axis))
                return []
            }
            return act(action, spec: spec, state: &state)
        }
    }

    /// A key on the grid (or passed on from the detail pane).
    private static func press(_ key: Key, in context: KeyContext, state: inout EditorState) -> [EditorEffect] {
        guard let (spec, action) = CommandTable.binding(for: key, in: context) else {
            state.message = .error(.keyDoesNothing(KeyNames.name(of: key), inDetail: context == .detail))
            return []
        }
        return act(action, spec: spec, state: &state)
    }

    /// Does what a bound key does.
    static func act(_ action: KeyAction, spec: CommandSpec, state: inout EditorState) -> [EditorEffect] {
        switch action {
        case .run(let command):
            return runAsking(command, state: &state)
        case .prompt:
            return PromptInput.openPrompt(spec, state: &state)
        case .prefix(let axis):
            state.mode = .structure(axis)
            return []
        case .cellMovePrefix:
            state.mode = .cellMove
            return []
        case .countDigit:
            return []
        case .commandLine:
            state.mode = .prompt(TextPrompt(.commandLine))
            return []
        case .selectItem, .switchList, .leaveDetail, .editSelectedItem, .deleteSelectedItem, .moveSelectedItem, .voteForSelected, .promptOnSelectedOpportunity:
            return []
        }
    }

    /// Runs a command chosen by a key; deleting a stage or touchpoint with content asks first.
    static func runAsking(_ command: EditorCommand, state: inout EditorState) -> [EditorEffect] {
        if case .delete(let axis) = command, state.cursor[axis] < state.map.count(axis) {
            let filled = state.map.filledCellCount(axis, at: state.cursor[axis])
            let others = Editor.othersWorking(on: axis, at: state.cursor[axis], state: state)
            if !others.isEmpty {
                state.mode = .question(.deleteWhileOthersEdit(axis, state.cursor[axis], filledCells: filled, names: others))
                return []
            }
            if filled > 0 {
                state.mode = .question(.delete(axis, state.cursor[axis], filledCells: filled))
                return []
            }
        }
        return Editor.perform(command, on: &state)
    }

    private static func pressInDetail(_ key: Key, state: inout EditorState) -> [EditorEffect] {
        guard case .detail(let selection) = state.mode else { return [] }
        let cell = state.currentCell
        guard let (spec, action) = CommandTable.binding(for: key, in: .detail) else {
            // Anything else acts as on the grid (emotions, undo, save, help…), except moving.
            guard let (spec, action) = CommandTable.binding(for: key, in: .grid) else {
                return press(key, in: .detail, state: &state)
            }
            if case .run(let command) = action, CommandRunner.isMotion(command) { return [] }
            let effects = act(action, spec: spec, state: &state)
            if case .grid = state.mode { state.mode = .detail(DetailPane.clamp(selection ?? DetailSelection(list: .painPoints, index: 0), in: state.currentCell)) }
            return effects
        }
        switch action {
        case .selectItem:
            let step = (key == .up || key == .character("k")) ? -1 : 1
            state.mode = .detail(DetailPane.step(selection, by: step, in: cell))
        case .switchList:
            state.mode = .detail(DetailPane.switchList(selection, in: cell))
        case .leaveDetail:
            state.mode = .grid
        case .editSelectedItem:
            guard let selection else {
                state.message = .error(.nothingToEdit)
                return []
            }
            return PromptInput.openPrompt(spec, arguments: "\(selection.list.commandWord) \(selection.index + 1)",
                                    prefill: cell.texts(selection.list)[selection.index], state: &state)
        case .deleteSelectedItem:
            guard let selection else {
                state.message = .error(.nothingToDelete)
                return []
            }
            let effects = Editor.perform(.deleteItem(selection.list, index: selection.index), on: &state)
            state.mode = .detail(DetailPane.clamp(selection, in: state.currentCell))
            return effects
        case .moveSelectedItem(let direction):
            guard let selection else { return [] }
            return Editor.perform(.moveItem(selection.list, index: selection.index, direction), on: &state)
        case .voteForSelected(let step):
            guard let selection else {
                state.message = .error(.workshop(.nothingToSelect))
                return []
            }
            return Editor.perform(.vote(selection.list, index: selection.index, by: step), on: &state)
        case .promptOnSelectedOpportunity:
            guard let selection, selection.list == .opportunities else {
                state.message = .error(.workshop(.selectAnOpportunity))
                return []
            }
            return PromptInput.openPrompt(spec, arguments: "\(selection.index + 1)", state: &state)
        case .prompt, .run, .prefix, .commandLine, .cellMovePrefix, .countDigit:
            return act(action, spec: spec, state: &state)
        }
        return []
    }

    private static func helpMode(after key: Key, scroll: Int, height: Int) -> EditorMode {
        let page = max(1, height - 4)
        switch key {
        case .down, .character("j"), .enter: return .help(scroll: scroll + 1)
        case .up, .character("k"): return .help(scroll: max(0, scroll - 1))
        case .pageDown, .character(" "): return .help(scroll: scroll + page)
        case .pageUp: return .help(scroll: max(0, scroll - page))
        case .home, .character("g"): return .help(scroll: 0)
        default: return .grid
        }
    }
}

extension CommandRunner {
    /// Whether a command only moves the cursor.
    static func isMotion(_ command: EditorCommand) -> Bool {
        switch command {
        case .move, .firstStage, .lastStage, .firstTouchpoint, .lastTouchpoint, .pageUp, .pageDown: true
        default: false
        }
    }
}
