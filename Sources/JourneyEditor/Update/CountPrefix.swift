import JourneyKit

/// Counts before vim's motions: `12j` moves twelve touchpoints down, `3l` three stages right,
/// `5G` goes to touchpoint 5.
///
/// The digits 1 to 5 set the emotion at once, as a facilitator expects, and also start a count.
/// Only vim's letter motions (`h` `j` `k` `l` `g` `G`) take a count: when one follows, the
/// emotion changes the digits made are taken back without a trace in the undo history. Arrows
/// and every other key leave them in place, so `4` then `↓` rates the cell and moves on.
enum CountPrefix {
    /// Handles a key on the grid that is part of a count, or that a count applies to; `nil` for
    /// every other key, which then goes through the key bindings as usual.
    static func handle(_ key: Key, state: inout EditorState) -> [EditorEffect]? {
        if case .character(let character) = key, character.isASCII, let digit = character.wholeNumberValue {
            return typeDigit(digit, state: &state)
        }
        guard let pending = state.pendingCount else { return nil }
        state.pendingCount = nil
        guard case .character(let character) = key, "hjklgG".contains(character),
              let (_, action) = CommandTable.binding(for: key, in: .grid), case .run(let command) = action else {
            return nil
        }
        if let before = pending.emotionChange { takeBack(to: before, state: &state) }
        state.message = nil
        switch command {
        case .lastTouchpoint, .firstTouchpoint:
            state.cursor.touchpoint = min(max(0, pending.value - 1), max(0, state.map.touchpoints.count - 1))
        default:
            for _ in 0..<min(pending.value, max(state.map.stages.count, state.map.touchpoints.count)) {
                _ = CommandRunner.run(command, state: &state)
            }
        }
        return []
    }

    private static func typeDigit(_ digit: Int, state: inout EditorState) -> [EditorEffect]? {
        let emotionDigit = (1...5).contains(digit)
        var pending = state.pendingCount ?? PendingCount(value: 0, emotionChange: nil)
        if state.pendingCount == nil && digit == 0 { return nil }  // 0 clears the emotion
        pending.value = min(pending.value * 10 + digit, 99_999)
        var effects: [EditorEffect] = []
        let startedWithEmotion = state.pendingCount == nil ? emotionDigit : pending.emotionChange != nil || state.pendingCount?.startedWithEmotion == true
        if emotionDigit && (state.pendingCount == nil || startedWithEmotion) {
            let before = state.revision
            effects = Editor.perform(.setEmotion(Emotion(digit - 3), feeling: nil), on: &state)
            if pending.emotionChange == nil && state.revision != before { pending.emotionChange = before }
        } else {
            state.message = .info(.countPending(pending.value))
        }
        pending.startedWithEmotion = startedWithEmotion
        state.pendingCount = pending
        return effects
    }

    /// Takes back the changes made since `revision` (the digits' emotions), keeping no redo.
    private static func takeBack(to revision: Int, state: inout EditorState) {
        while let last = state.history.past.last, last.snapshot.revision >= revision, let entry = state.history.discardLast() {
            let cursor = state.cursor
            Editor.step(to: entry.snapshot, from: entry.after, state: &state)
            state.cursor = cursor
        }
        state.lastCellChange = nil
    }
}
