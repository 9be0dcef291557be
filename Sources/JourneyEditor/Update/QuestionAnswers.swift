import JourneyKit

/// Answers to the editor's questions: `y`, `n`, or Esc for "leave things as they are".
enum QuestionAnswers {
    static func answer(_ question: Question, with key: Key, state: inout EditorState) -> [EditorEffect] {
        let yes = key == .character("y") || key == .character("Y") || key == .character("s") || key == .character("S")
        let no = key == .character("n") || key == .character("N")
        guard yes || no || key == .escape || key == .control("c") else {
            return []  // keep asking; the question stays on the status line
        }
        state.mode = .grid
        state.message = nil
        switch question {
        case .quitWithUnsavedChanges:
            if yes { return Editor.perform(.saveAndQuit, on: &state) }
            if no {
                state.hasQuit = true
                return [.quit]
            }
        case .delete(let axis, let index, _), .deleteWhileOthersEdit(let axis, let index, _, _):
            if yes {
                state.cursor[axis] = index
                return Editor.perform(.delete(axis), on: &state)
            }
        case .restoreRecovery:
            return Editor.answerRecovery(restore: yes, state: &state)
        }
        return []
    }
}
