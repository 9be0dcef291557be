import JourneyKit

/// The commands about files, history and the editor itself: save, quit, export, undo, search…
enum SessionCommands {
    static func run(_ command: EditorCommand, state: inout EditorState) -> CommandOutcome {
        switch command {
        case .save(let path, let force):
            return save(to: path, force: force, then: .keepEditing, state: &state)
        case .saveAndQuit:
            return save(to: nil, force: false, then: .quit, state: &state)
        case .quit(let force):
            if !force && state.isModified && state.isLiveSharing && state.conflictReview == nil {
                return .done(Editor.shareAndQuit(state: &state))
            }
            if !force && state.isModified && state.savingRevision == state.revision && state.document.path != nil {
                // Ctrl-S then q on a large map: the save in flight holds every change, so quit
                // once it is written (and stay, saying why, if it fails).
                state.quitWhenSaved = true
                state.message = .info(.quittingAfterSave)
                return .done([])
            }
            if !force && state.isModified {
                state.mode = .question(.quitWithUnsavedChanges)
                return .done([])
            }
            state.hasQuit = true
            return .done([.quit])
        case .export(let format, let path):
            guard FormatRegistry.named(format)?.canExport == true else { return .refused(.unknownFormat(format)) }
            state.message = .info(.exporting(path))
            return .done([.export(ExportRequest(path: path, map: state.map, format: format, language: state.language, revision: state.revision))])
        case .undo:
            guard let entry = state.history.undo(from: state.snapshot) else {
                state.message = .info(.nothingToUndo)
                return .done([])
            }
            Editor.step(to: entry.snapshot, from: entry.after, state: &state)
            state.history.noteVersionLeft(byUndo: true, state.snapshot)
            if case .detail = state.mode { state.mode = .detail(DetailPane.first(in: state.currentCell)) }
            state.message = .info(.undone(entry.label))
        case .redo:
            guard let entry = state.history.redo(from: state.snapshot) else {
                state.message = .info(.nothingToRedo)
                return .done([])
            }
            Editor.step(to: entry.snapshot, from: entry.after, state: &state)
            state.history.noteVersionLeft(byUndo: false, state.snapshot)
            if case .detail = state.mode { state.mode = .detail(DetailPane.first(in: state.currentCell)) }
            state.message = .info(.redone(entry.label))
        case .help:
            state.mode = .help(scroll: 0)
        case .search(let text):
            state.lastSearch = text
            if state.commandHistory.last != "search \(text)" { state.commandHistory.append("search \(text)") }
            return MapSearch.find(text, backwards: false, state: &state)
        case .searchNext(let backwards):
            guard let text = state.lastSearch else { return .refused(.noSearchYet) }
            return MapSearch.find(text, backwards: backwards, state: &state)
        case .setMouse(let enabled):
            state.mouseEnabled = enabled ?? !state.mouseEnabled
            state.message = .info(state.mouseEnabled ? .mouseOn : .mouseOff)
            return .done([.setMouseCapture(state.mouseEnabled)])
        case .setLive(let enabled):
            state.liveEnabled = enabled ?? !state.liveEnabled
            state.message = .info(.live(state.liveEnabled ? .liveOn : .liveOff))
        case .redraw:
            return .done([.redraw])
        case .suspend:
            return .done([.suspend])
        default:
            break
        }
        return .done([])
    }

    private static func save(to path: String?, force: Bool, then: AfterSave, state: inout EditorState) -> CommandOutcome {
        guard let target = path ?? state.document.path, !target.isEmpty else { return .refused(.noFileYet) }
        let check: SaveCheck
        if force {
            check = .none
        } else if target == state.document.path {
            // The map's own file: it must still be what was read, or the two are merged first.
            check = .expect(state.diskVersion ?? .absent)
        } else {
            check = .createOnly
        }
        state.message = .info(.saving(target))
        if target == state.document.path { state.savingRevision = state.revision }
        return .done([.save(SaveRequest(path: target, map: state.map, revision: state.revision, then: then, check: check))])
    }
}
