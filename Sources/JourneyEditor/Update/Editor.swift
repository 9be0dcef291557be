import JourneyKit

/// The editor's single step: ``update(_:with:)`` applies an event to the state and returns the
/// work (saving, exporting, quitting…) the session should do.
///
/// Everything the editor does happens here, without a terminal, so that tests can drive it with
/// scripts of events and check the map and the rendered screen:
///
/// ```swift
/// var state = EditorState(map: map, document: DocumentInfo(path: "shop.journey", isNew: false),
///                         screenSize: ScreenSize(width: 80, height: 24))
/// for key: Key in [.enter, .character("H"), .character("i"), .enter, .character("4")] {
///     _ = Editor.update(&state, with: .key(key))
/// }
/// state.currentCell.note      // "Hi"
/// state.currentCell.emotion   // +1
/// ```
public enum Editor {
    /// Applies one event and returns the effects to perform, in order.
    public static func update(_ state: inout EditorState, with event: EditorEvent) -> [EditorEffect] {
        let effects: [EditorEffect]
        switch event {
        case .input(.key(let key)):
            effects = KeyDispatch.handle(key, state: &state)
        case .input(.paste(let text)):
            effects = handlePaste(text, state: &state)
        case .input(.mouse(let mouse)):
            effects = handleMouse(mouse, state: &state)
        case .input(.resize(let size)):
            state.screenSize = size
            effects = []
        case .input(.undecodable(let bytes)):
            let hex = bytes.map { byte in (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true) }.joined(separator: " ")
            state.message = .error(.undecodableInput(hex))
            effects = []
        case .saveFinished(let outcome):
            effects = handleSaveOutcome(outcome, state: &state)
        case .exportFinished(let path, let error):
            state.message = error.map { .error(.exportFailed(path, reason: $0)) } ?? .info(.exported(path))
            effects = []
        case .externalEditFinished(let position, let result):
            effects = handleExternalEdit(position, result, state: &state)
        case .outsideChange(let change):
            effects = handleOutsideChange(change, state: &state)
        case .recoveryFound(let offer):
            effects = offerRecovery(offer, state: &state)
        case .notice(let message):
            state.message = message
            effects = []
        case .otherEditors(let others):
            effects = handleOtherEditors(others, state: &state)
        case .shareChanges:
            effects = shareChanges(state: &state)
        case .tick(let seconds):
            effects = WorkshopViews.tick(seconds, state: &state)
        case .comparisonLoaded(let path, let result):
            WorkshopViews.comparisonLoaded(path, result, state: &state)
            effects = []
        }
        keepCursorInView(&state)
        return effects
    }

    /// Runs a named command, as a key or a `:` command would.
    public static func perform(_ command: EditorCommand, on state: inout EditorState) -> [EditorEffect] {
        let effects = CommandRunner.run(command, state: &state).effects
        keepCursorInView(&state)
        return effects
    }

    // MARK: Changing the map (every change goes through here, for undo)

    /// Applies a change to the map as one undoable step; a refused change leaves the map as it was.
    @discardableResult
    static func change(_ label: ChangeLabel, state: inout EditorState, _ body: (inout JourneyMap) throws(JourneyModelError) -> Void) -> Result<Void, JourneyModelError> {
        let before = state.snapshot
        var map = state.map
        do {
            try body(&map)
        } catch {
            return .failure(error)
        }
        state.map = map
        state.revision = state.nextRevision
        state.nextRevision += 1
        state.history.record(before, after: state.snapshot, label: label)
        return .success(())
    }

    // MARK: Keeping the cursor valid and visible

    /// Clamps the cursor into the map and scrolls it into view: the one place the scroll is
    /// computed, once per event.
    static func keepCursorInView(_ state: inout EditorState) {
        let stageCount = state.map.stages.count, touchpointCount = state.map.touchpoints.count
        state.cursor.stage = max(0, min(state.cursor.stage, stageCount - 1))
        state.cursor.touchpoint = max(0, min(state.cursor.touchpoint, touchpointCount - 1))
        state.scroll = state.layout.scroll(keeping: state.cursor, from: state.scroll, stageCount: stageCount, touchpointCount: touchpointCount)
        if case .detail(let selection?) = state.mode {
            state.mode = .detail(DetailPane.clamp(selection, in: state.currentCell))
        }
    }

    // MARK: Outcomes of effects

    private static func handleExternalEdit(_ position: CellPosition, _ result: Result<String, ExternalEditFailure>, state: inout EditorState) -> [EditorEffect] {
        switch result {
        case .failure(let failure):
            state.message = .error(failure.notice)
        case .success(let text):
            guard position.stage < state.map.stages.count, position.touchpoint < state.map.touchpoints.count else {
                state.message = .error(.editedCellGone)
                return []
            }
            var note = text
            // Editors add a final line break; a note does not need it.
            while note.hasSuffix("\n") { note.removeLast() }
            if note == state.map.cell(stage: position.stage, touchpoint: position.touchpoint).note {
                state.message = .info(.noteUnchanged)
            } else if case .success = change(.editNote, state: &state, { $0.updateCell(stage: position.stage, touchpoint: position.touchpoint) { $0.note = note } }) {
                state.cursor = position
                state.message = .info(.noteSet)
            }
        }
        return []
    }
}
