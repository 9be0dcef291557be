import JourneyKit

/// Carries out each ``EditorCommand`` on the editor state.
enum CommandRunner {
    static let noCellMessage = "The map has no cells yet: S adds a stage, T a touchpoint"

    static func run(_ command: EditorCommand, state: inout EditorState) -> [EditorEffect] {
        switch command {
        // MARK: Moving
        case .move(let direction):
            move(direction, state: &state)
        case .firstStage:
            state.cursor.stage = 0
        case .lastStage:
            state.cursor.stage = max(0, state.map.stages.count - 1)
        case .firstTouchpoint:
            state.cursor.touchpoint = 0
        case .lastTouchpoint:
            state.cursor.touchpoint = max(0, state.map.touchpoints.count - 1)
        case .pageUp, .pageDown:
            let page = EditorLayout(size: state.screenSize).visibleTouchpointCapacity
            let step = command == .pageUp ? -page : page
            state.cursor.touchpoint = max(0, min(state.map.touchpoints.count - 1, state.cursor.touchpoint + step))
            state.scroll.touchpoint = max(0, state.scroll.touchpoint + step)

        // MARK: The cell
        case .editNote:
            guard requireCell(&state) else { return [] }
            state.mode = .prompt(TextPrompt(.note(state.cursor), text: state.currentCell.note))
        case .editNoteExternally:
            guard requireCell(&state) else { return [] }
            return [.editExternally(state.cursor, text: state.currentCell.note)]
        case .setNote(let text):
            guard requireCell(&state) else { return [] }
            updateCell("edit note", state: &state) { $0.note = text }
        case .setEmotion(let emotion, let feeling):
            guard requireCell(&state) else { return [] }
            if emotion == state.currentCell.emotion && (feeling == nil || feeling == state.currentCell.feeling) {
                state.message = .info(emotion.map { "Emotion is already \($0.signedText)" } ?? "No emotion to clear")
                return []
            }
            if updateCell(emotion == nil ? "clear emotion" : "set emotion", state: &state, { cell in
                cell.emotion = emotion
                if let feeling { cell.feeling = feeling }
            }) {
                state.message = .info(emotion.map { "Emotion \($0.signedText) (\($0.label))" } ?? "Emotion cleared")
            }
        case .nudgeEmotion(let step):
            guard requireCell(&state) else { return [] }
            let current = state.currentCell.emotion?.score ?? 0
            let target = Emotion(clamping: state.currentCell.emotion == nil ? step.signum() : current + step)
            return run(.setEmotion(target, feeling: nil), state: &state)
        case .promptFeeling:
            guard requireCell(&state) else { return [] }
            state.mode = .prompt(TextPrompt(.feeling(state.cursor), text: state.currentCell.feeling ?? ""))
        case .setFeeling(let feeling):
            guard requireCell(&state) else { return [] }
            guard feeling != state.currentCell.feeling else { return [] }
            updateCell(feeling == nil ? "clear feeling" : "set feeling", state: &state) { $0.feeling = feeling }
        case .promptPainPoint:
            guard requireCell(&state) else { return [] }
            state.mode = .prompt(TextPrompt(.addPainPoint(state.cursor)))
        case .addPainPoint(let text):
            guard requireCell(&state) else { return [] }
            if updateCell("add pain point", state: &state, { $0.painPoints.append(text) }) {
                state.message = .info("Pain point added (\(state.currentCell.painPoints.count) here)")
            }
        case .promptOpportunity:
            guard requireCell(&state) else { return [] }
            state.mode = .prompt(TextPrompt(.addOpportunity(state.cursor)))
        case .addOpportunity(let text):
            guard requireCell(&state) else { return [] }
            if updateCell("add opportunity", state: &state, { $0.opportunities.append(text) }) {
                state.message = .info("Opportunity added (\(state.currentCell.opportunities.count) here)")
            }
        case .clearCell:
            guard requireCell(&state) else { return [] }
            guard !state.currentCell.isEmpty else {
                state.message = .info("The cell is already empty")
                return []
            }
            if updateCell("clear cell", state: &state, { $0 = Cell() }) {
                state.message = .info("Cell cleared (u undoes)")
            }
        case .focusDetail:
            guard requireCell(&state) else { return [] }
            state.mode = .detail(DetailPane.first(in: state.currentCell))
            state.message = .info("Detail: ↑↓ select · Enter edit · d delete · K/J reorder · p/o add · Esc back")

        // MARK: Stages
        case .promptAddStage:
            state.mode = .prompt(TextPrompt(.addStage(after: state.map.stages.isEmpty ? nil : state.cursor.stage)))
        case .addStage(let name):
            let index = state.map.stages.isEmpty ? 0 : state.cursor.stage + 1
            let trimmed = name.trimmingWhitespaceAndNewlines()
            if Editor.change("add stage", state: &state, { try $0.insertStage(named: trimmed, at: index) }) {
                state.cursor.stage = index
                state.message = .info("Added stage '\(trimmed)'")
            }
        case .promptRenameStage:
            guard let index = requireStage(&state) else { return [] }
            state.mode = .prompt(TextPrompt(.renameStage(index), text: state.map.stages[index].name))
        case .renameStage(let name):
            guard let index = requireStage(&state) else { return [] }
            let trimmed = name.trimmingWhitespaceAndNewlines()
            let old = state.map.stages[index].name
            if Editor.change("rename stage", state: &state, { try $0.renameStage(at: index, to: trimmed) }) {
                state.message = .info("Renamed stage '\(old)' to '\(trimmed)'")
            }
        case .deleteStage:
            guard let index = requireStage(&state) else { return [] }
            let name = state.map.stages[index].name
            if Editor.change("delete stage", state: &state, { $0.removeStage(at: index) }) {
                state.message = .info("Deleted stage '\(name)' (u undoes)")
            }
        case .moveStage(let direction):
            guard let index = requireStage(&state) else { return [] }
            let target = direction == .left || direction == .up ? index - 1 : index + 1
            guard target >= 0, target < state.map.stages.count else {
                state.message = .info("The stage is already \(target < 0 ? "first" : "last")")
                return []
            }
            if Editor.change("move stage", state: &state, { $0.moveStage(from: index, to: target) }) {
                state.cursor.stage = target
            }
        case .promptGoal:
            guard let index = requireStage(&state) else { return [] }
            state.mode = .prompt(TextPrompt(.goal(index), text: state.map.stages[index].goal ?? ""))
        case .setGoal(let goal):
            guard let index = requireStage(&state) else { return [] }
            guard goal != state.map.stages[index].goal else { return [] }
            if Editor.change("set stage goal", state: &state, { $0.setGoal(goal, forStageAt: index) }) {
                state.message = .info(goal == nil ? "Goal cleared" : "Goal set")
            }

        // MARK: Touchpoints
        case .promptAddTouchpoint:
            state.mode = .prompt(TextPrompt(.addTouchpoint(after: state.map.touchpoints.isEmpty ? nil : state.cursor.touchpoint)))
        case .addTouchpoint(let name, let channel):
            let index = state.map.touchpoints.isEmpty ? 0 : state.cursor.touchpoint + 1
            let trimmed = name.trimmingWhitespaceAndNewlines()
            if Editor.change("add touchpoint", state: &state, { try $0.insertTouchpoint(named: trimmed, channel: channel, at: index) }) {
                state.cursor.touchpoint = index
                state.message = .info("Added touchpoint '\(trimmed)'")
            }
        case .promptRenameTouchpoint:
            guard let index = requireTouchpoint(&state) else { return [] }
            state.mode = .prompt(TextPrompt(.renameTouchpoint(index), text: state.map.touchpoints[index].name))
        case .renameTouchpoint(let name):
            guard let index = requireTouchpoint(&state) else { return [] }
            let trimmed = name.trimmingWhitespaceAndNewlines()
            let old = state.map.touchpoints[index].name
            if Editor.change("rename touchpoint", state: &state, { try $0.renameTouchpoint(at: index, to: trimmed) }) {
                state.message = .info("Renamed touchpoint '\(old)' to '\(trimmed)'")
            }
        case .deleteTouchpoint:
            guard let index = requireTouchpoint(&state) else { return [] }
            let name = state.map.touchpoints[index].name
            if Editor.change("delete touchpoint", state: &state, { $0.removeTouchpoint(at: index) }) {
                state.message = .info("Deleted touchpoint '\(name)' (u undoes)")
            }
        case .moveTouchpoint(let direction):
            guard let index = requireTouchpoint(&state) else { return [] }
            let target = direction == .up || direction == .left ? index - 1 : index + 1
            guard target >= 0, target < state.map.touchpoints.count else {
                state.message = .info("The touchpoint is already \(target < 0 ? "first" : "last")")
                return []
            }
            if Editor.change("move touchpoint", state: &state, { $0.moveTouchpoint(from: index, to: target) }) {
                state.cursor.touchpoint = target
            }
        case .promptChannel:
            guard let index = requireTouchpoint(&state) else { return [] }
            state.mode = .prompt(TextPrompt(.channel(index), text: state.map.touchpoints[index].channel ?? ""))
        case .setChannel(let channel):
            guard let index = requireTouchpoint(&state) else { return [] }
            guard channel != state.map.touchpoints[index].channel else { return [] }
            if Editor.change("set channel", state: &state, { $0.setChannel(channel, forTouchpointAt: index) }) {
                state.message = .info(channel == nil ? "Channel cleared" : "Channel set")
            }

        // MARK: The map
        case .setTitle(let title):
            guard title != state.map.title else { return [] }
            if Editor.change("set title", state: &state, { $0.title = title }) { state.message = .info("Title set") }
        case .setPersona(let persona):
            guard persona != state.map.persona else { return [] }
            if Editor.change("set persona", state: &state, { $0.persona = persona }) {
                state.message = .info(persona == nil ? "Persona cleared" : "Persona set")
            }
        case .setScenario(let scenario):
            guard scenario != state.map.scenario else { return [] }
            if Editor.change("set scenario", state: &state, { $0.scenario = scenario }) {
                state.message = .info(scenario == nil ? "Scenario cleared" : "Scenario set")
            }
        case .setKind(let kind):
            guard kind != state.map.kind else { return [] }
            if Editor.change("set kind", state: &state, { $0.kind = kind }) { state.message = .info("Kind: \(kind.displayName)") }

        // MARK: Files and the session
        case .save(let path, let force):
            return save(to: path, force: force, then: .keepEditing, state: &state)
        case .saveAndQuit:
            return save(to: nil, force: false, then: .quit, state: &state)
        case .quit(let force):
            if !force && state.isModified {
                state.mode = .question(.quitWithUnsavedChanges)
                return []
            }
            state.hasQuit = true
            return [.quit]
        case .export(let format, let path):
            state.message = .info("Exporting to \(path)…")
            return [.export(ExportRequest(path: path, map: state.map, format: format, revision: state.revision))]
        case .undo:
            guard let entry = state.history.undo(from: state.snapshot) else {
                state.message = .info("Nothing to undo")
                return []
            }
            restore(entry.snapshot, state: &state)
            state.message = .info("Undone: \(entry.label)")
        case .redo:
            guard let entry = state.history.redo(from: state.snapshot) else {
                state.message = .info("Nothing to redo")
                return []
            }
            restore(entry.snapshot, state: &state)
            state.message = .info("Redone: \(entry.label)")
        case .help:
            state.mode = .help(scroll: 0)
        case .openCommandLine:
            state.mode = .prompt(TextPrompt(.command))
        case .promptSearch:
            state.mode = .prompt(TextPrompt(.search, text: ""))
        case .search(let text):
            state.lastSearch = text
            find(text, backwards: false, state: &state)
        case .searchNext(let backwards):
            guard let text = state.lastSearch else {
                state.message = .info("No search yet: / searches")
                return []
            }
            find(text, backwards: backwards, state: &state)
        case .setMouse(let enabled):
            state.mouseEnabled = enabled ?? !state.mouseEnabled
            state.message = .info(state.mouseEnabled ? "Mouse on: click selects a cell, the wheel scrolls (m turns it off)" : "Mouse off: the terminal can select text (m turns it on)")
            return [.setMouseCapture(state.mouseEnabled)]
        case .redraw:
            return [.redraw]
        case .suspend:
            return [.suspend]
        }
        return []
    }

    // MARK: Helpers

    private static func move(_ direction: EditorCommand.Direction, state: inout EditorState) {
        switch direction {
        case .left: state.cursor.stage = max(0, state.cursor.stage - 1)
        case .right: state.cursor.stage = min(max(0, state.map.stages.count - 1), state.cursor.stage + 1)
        case .up: state.cursor.touchpoint = max(0, state.cursor.touchpoint - 1)
        case .down: state.cursor.touchpoint = min(max(0, state.map.touchpoints.count - 1), state.cursor.touchpoint + 1)
        }
    }

    private static func requireCell(_ state: inout EditorState) -> Bool {
        guard state.hasCell else {
            state.message = .error(noCellMessage)
            return false
        }
        return true
    }

    private static func requireStage(_ state: inout EditorState) -> Int? {
        guard state.cursor.stage < state.map.stages.count else {
            state.message = .error("The map has no stages yet: S adds one")
            return nil
        }
        return state.cursor.stage
    }

    private static func requireTouchpoint(_ state: inout EditorState) -> Int? {
        guard state.cursor.touchpoint < state.map.touchpoints.count else {
            state.message = .error("The map has no touchpoints yet: T adds one")
            return nil
        }
        return state.cursor.touchpoint
    }

    @discardableResult
    private static func updateCell(_ label: String, state: inout EditorState, _ body: @escaping (inout Cell) -> Void) -> Bool {
        let position = state.cursor
        return Editor.change(label, state: &state) { map in
            map.updateCell(stage: position.stage, touchpoint: position.touchpoint, body)
        }
    }

    private static func restore(_ snapshot: EditorSnapshot, state: inout EditorState) {
        state.map = snapshot.map
        state.cursor = snapshot.cursor
        state.revision = snapshot.revision
        if case .detail = state.mode { state.mode = .detail(DetailPane.first(in: state.currentCell)) }
    }

    private static func save(to path: String?, force: Bool, then: AfterSave, state: inout EditorState) -> [EditorEffect] {
        guard let target = path ?? state.document.path, !target.isEmpty else {
            state.message = .error("This map has no file yet: ':w PATH' saves it")
            return []
        }
        let check: SaveCheck
        if force {
            check = .none
        } else if target == state.document.path {
            // The map's own file: it must still be what was read, or the two are merged first.
            check = .expect(state.diskVersion ?? .absent)
        } else {
            check = .createOnly
        }
        state.message = .info("Saving \(target)…")
        return [.save(SaveRequest(path: target, map: state.map, revision: state.revision, then: then, check: check))]
    }

    /// Finds the next cell (in reading order: touchpoint by touchpoint, stage by stage) whose note,
    /// feeling, pain points or opportunities contain `text`, ignoring case and accents.
    private static func find(_ text: String, backwards: Bool, state: inout EditorState) {
        let map = state.map
        guard !map.stages.isEmpty, !map.touchpoints.isEmpty else {
            state.message = .info("Nothing to search: the map has no cells")
            return
        }
        let positions = map.makeStagePositions()
        let stageCount = map.stages.count
        let start = state.cursor.touchpoint * stageCount + state.cursor.stage
        func matches(_ cell: Cell) -> Bool {
            if TextFolding.contains(text, in: cell.note) { return true }
            if let feeling = cell.feeling, TextFolding.contains(text, in: feeling) { return true }
            return (cell.painPoints + cell.opportunities).contains { TextFolding.contains(text, in: $0) }
        }
        var best: (distance: Int, position: CellPosition)?
        for touchpoint in map.touchpoints.indices {
            for (stage, cell) in map.nonEmptyCells(touchpoint: touchpoint, stagePositions: positions) where matches(cell) {
                let linear = touchpoint * stageCount + stage
                let total = map.touchpoints.count * stageCount
                var distance = backwards ? start - linear : linear - start
                if distance <= 0 { distance += total }
                if best == nil || distance < best?.distance ?? .max {
                    best = (distance, CellPosition(stage: stage, touchpoint: touchpoint))
                }
            }
        }
        guard let found = best else {
            state.message = .error("'\(text)' is not in any cell")
            return
        }
        state.cursor = found.position
        state.message = .info("Found '\(text)' (n next, N previous)")
    }
}
