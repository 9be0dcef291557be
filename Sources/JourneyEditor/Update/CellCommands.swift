import JourneyKit

/// The commands that change the cursor's cell: its note, emotion, feeling and items.
enum CellCommands {
    static func run(_ command: EditorCommand, state: inout EditorState) -> CommandOutcome {
        if let refusal = CommandRunner.requireCell(state) { return .refused(refusal) }
        let position = state.cursor
        let cell = state.currentCell
        switch command {
        case .editNoteInPlace:
            state.mode = .prompt(TextPrompt(.note(position), text: cell.note))
            return .done([])
        case .editNoteExternally:
            return .done([.editExternally(position, text: cell.note)])
        case .setNote(let text):
            guard text != cell.note else { return .done([]) }
            return update(.editNote, state: &state, { $0.note = text }, then: .noteSet)
        case .setEmotion(let emotion, let feeling):
            if emotion == cell.emotion && (feeling == nil || feeling == cell.feeling) {
                state.message = .info(emotion.map { .emotionAlready($0) } ?? .noEmotionToClear)
                return .done([])
            }
            return update(emotion == nil ? .clearEmotion : .setEmotion, state: &state, { cell in
                cell.emotion = emotion
                if let feeling { cell.feeling = feeling }
            }, then: emotion.map { .emotionSet($0) } ?? .emotionCleared)
        case .nudgeEmotion(let step):
            let target = Emotion(clamping: cell.emotion.map { $0.score + step } ?? step.signum())
            return run(.setEmotion(target, feeling: nil), state: &state)
        case .setFeeling(let feeling):
            guard feeling != cell.feeling else { return .done([]) }
            return update(feeling == nil ? .clearFeeling : .setFeeling, state: &state, { $0.feeling = feeling },
                          then: feeling == nil ? .feelingCleared : .feelingSet)
        case .addItem(let list, let text):
            let trimmed = text.trimmingWhitespaceAndNewlines()
            guard !trimmed.isEmpty else { return .refused(.nothingAdded) }
            let outcome = update(.addItem(list), state: &state, { $0.append(Item(trimmed), to: list) }, then: nil)
            if case .done = outcome { state.message = .info(.itemAdded(list, count: state.currentCell.texts(list).count)) }
            return outcome
        case .addItems(let list, let texts):
            let items = texts.map { $0.trimmingWhitespaceAndNewlines() }.filter { !$0.isEmpty }
            guard !items.isEmpty else { return .refused(.nothingAdded) }
            return update(.addItem(list), state: &state, { cell in for item in items { cell.append(Item(item), to: list) } }, then: .itemsAddedFromLines(list, count: items.count))
        case .editItem(let list, let index, let text):
            guard index >= 0, index < cell.texts(list).count else { return .refused(.noSuchItem(list, number: index + 1, count: cell.texts(list).count)) }
            let trimmed = text.trimmingWhitespaceAndNewlines()
            guard !trimmed.isEmpty else { return run(.deleteItem(list, index: index), state: &state) }
            guard trimmed != cell.texts(list)[index] else { return .done([]) }
            return update(.editItem(list), state: &state, { $0[list: list][index].text = trimmed }, then: .itemEdited(list))
        case .deleteItem(let list, let index):
            guard index >= 0, index < cell.texts(list).count else { return .refused(.noSuchItem(list, number: index + 1, count: cell.texts(list).count)) }
            return update(.deleteItem(list), state: &state, { $0[list: list].remove(at: index) }, then: .itemDeleted(list))
        case .moveItem(let list, let index, let direction):
            let count = cell.texts(list).count
            guard index >= 0, index < count else { return .refused(.noSuchItem(list, number: index + 1, count: count)) }
            let target = index + (direction.isBackward ? -1 : 1)
            guard target >= 0, target < count else {
                state.message = .info(.itemAlreadyAtEnd(list, first: target < 0))
                return .done([])
            }
            let outcome = update(.reorderItems(list), state: &state, { $0[list: list].swapAt(index, target) }, then: .itemMoved(list, to: target + 1))
            if case .detail = state.mode { state.mode = .detail(DetailSelection(list: list, index: target)) }
            return outcome
        case .clearCell:
            guard !cell.isEmpty else {
                state.message = .info(.cellAlreadyEmpty)
                return .done([])
            }
            return update(.clearCell, state: &state, { $0 = Cell() }, then: .cellCleared)
        case .copyCell:
            state.clipboard = cell
            state.message = .info(cell.isEmpty ? .emptyCellCopied : .cellCopied)
            return .done([])
        case .cutCell:
            guard !cell.isEmpty else {
                state.message = .info(.cellAlreadyEmpty)
                return .done([])
            }
            state.clipboard = cell
            return update(.cutCell, state: &state, { $0 = Cell() }, then: .cellCut)
        case .pasteCell:
            guard let copied = state.clipboard else { return .refused(.nothingCopied) }
            guard copied != cell else { return .done([]) }
            return update(.pasteCell, state: &state, { $0 = copied }, then: .cellPasted)
        case .moveCell(let direction):
            var target = position
            let axis: MapAxis = direction == .left || direction == .right ? .stage : .touchpoint
            target[axis] += direction.isBackward ? -1 : 1
            guard target[axis] >= 0, target[axis] < state.map.count(axis) else { return .refused(.cellAtEdge) }
            let other = state.map.cell(stage: target.stage, touchpoint: target.touchpoint)
            let outcome = CommandRunner.change(.moveCell, state: &state, { map in
                map.setCell(other, stage: position.stage, touchpoint: position.touchpoint)
                map.setCell(cell, stage: target.stage, touchpoint: target.touchpoint)
            }, then: other.isEmpty ? .cellMoved : .cellsSwapped)
            if case .done = outcome { state.cursor = target }
            return outcome
        case .repeatLastChange:
            guard let last = state.lastCellChange else { return .refused(.nothingToRepeat) }
            return CommandRunner.run(last, state: &state)
        case .focusDetail:
            state.mode = .detail(DetailPane.first(in: cell))
            return .done([])
        default:
            return .done([])
        }
    }

    /// Changes the cursor's cell as one undoable step.
    private static func update(_ label: ChangeLabel, state: inout EditorState, _ body: @escaping (inout Cell) -> Void, then notice: EditorNotice?) -> CommandOutcome {
        let position = state.cursor
        return CommandRunner.change(label, state: &state, { map in
            map.updateCell(stage: position.stage, touchpoint: position.touchpoint, body)
        }, then: notice)
    }
}
