import JourneyEditor
import JourneyKit

/// Co-editing between editors on one machine: the session watches the map's folder (inotify, or
/// polling where that is missing), tells the editor when to share its changes (batching quick
/// keys), keeps the presence file saying where this editor's cursor is and which version it
/// wrote, and reads the others' when they change.
extension EditorSession {
    // MARK: Presence

    /// Writes the presence file as the editor is now (on opening, and under a new name).
    func announce() {
        guard let presence else { return }
        var record = presenceRecord ?? PresenceRecord(user: userName, host: ProcessProbe.hostName, since: Int(Self.wallSeconds()))
        describe(&record)
        presenceRecord = record
        try? presence.write(record)
        presenceWritten = record
        lastPresenceWrite = clock()
    }

    /// Puts where the editor is into the record: live or not, the cursor's cell, the cell of an
    /// open prompt.
    private func describe(_ record: inout PresenceRecord) {
        record.live = state.liveEnabled
        record.cursor = state.hasCell ? state.map.keys(at: state.cursor) : nil
        record.editing = nil
        if case .prompt(let prompt) = state.mode {
            switch prompt.purpose {
            case .note(let position), .command(_, let position, _): record.editing = state.map.keys(at: position)
            case .commandLine: break
            }
        }
    }

    /// Rewrites the presence file when what it says changed (at most every
    /// ``Timing/presenceDelay``), on the worker.
    func updatePresence(now: Double) {
        guard let presence, var record = presenceRecord else { return }
        describe(&record)
        presenceRecord = record
        guard record != presenceWritten, now - lastPresenceWrite >= timing.presenceDelay else { return }
        presenceWritten = record
        lastPresenceWrite = now
        let written = record
        worker.submit(.presence) {
            try? presence.write(written)
            return nil
        }
    }

    /// Reads the others' presence files and tells the editor when anything changed.
    func lookAtOthers(now: Double) {
        guard let presence else { return }
        lastPresenceLook = now
        let others = presence.others(language: state.language)
        if others != state.otherEditors { dispatch(.otherEditors(others)) }
    }

    // MARK: Watching the folder

    /// Looks at the map's file when the kernel says it changed (or every few seconds anyway, and
    /// every ``Timing/watchInterval`` without notifications), and at the presence files likewise.
    func watchFiles(now: Double) {
        if let folderEvents {
            let happened = folderEvents.take()
            if happened.presence || now - lastPresenceLook >= timing.presenceInterval { lookAtOthers(now: now) }
            if happened.map || now - lastWatch >= timing.watchInterval * 5 { watchWanted = true }
        } else {
            let presenceInterval = state.otherEditors.isEmpty ? timing.presenceInterval : min(timing.presenceInterval, timing.watchInterval)
            if now - lastPresenceLook >= presenceInterval { lookAtOthers(now: now) }
            if now - lastWatch >= timing.watchInterval { watchWanted = true }
        }
        guard watchWanted, let watcher, !watchInFlight, !state.document.isNew || state.diskVersion != nil else { return }
        // Reading and decoding a changed file of a huge map takes a while: on the worker.
        watchWanted = false
        lastWatch = now
        watchInFlight = true
        let known = state.diskVersion, noticed = state.noticedDiskVersion
        worker.submit(.watch) { watcher.check(known: known, noticed: noticed).map(EditorEvent.outsideChange) }
        dispatch(inOrder: takeFinishedWork())
    }

    /// Before a change from the file is taken in: the presence files are read again when none
    /// of them says who wrote it yet (so that a clash it won is known). The editor learns of
    /// them at once, without taking other finished work first: events are applied in the order
    /// their work ran, or an older version of the file could be taken in after a newer one.
    func prepare(for event: EditorEvent) -> EditorEvent? {
        guard case .outsideChange(.modified(_, let version)) = event, let presence, !state.otherEditors.isEmpty,
              !state.otherEditors.contains(where: { $0.lastWrite == version }) else { return nil }
        lastPresenceLook = clock()
        let others = presence.others(language: state.language)
        return others != state.otherEditors ? .otherEditors(others) : nil
    }

    // MARK: Sharing

    /// Tells the editor to share its changes once they stopped coming for ``Timing/shareDelay``,
    /// or every ``Timing/shareInterval`` while they keep coming, one write at a time.
    func shareIfDue(now: Double) {
        guard state.isLiveSharing, state.isModified, state.conflictReview == nil else {
            unsharedSince = nil
            return
        }
        let since = unsharedSince ?? now
        unsharedSince = since
        guard !saveInFlight, heldSaves.isEmpty else { return }
        let interval = max(timing.shareInterval, 2 * lastSaveSeconds)
        guard now - lastChangeTime >= timing.shareDelay || now - since >= interval else { return }
        unsharedSince = nil
        dispatch(.shareChanges)
    }

    /// What a save tells others: the presence file says which version this editor wrote (and the
    /// clashes it won) before the file is replaced; the watch remembers the version after.
    func hooks(for request: SaveRequest) -> MapWriting.Hooks {
        guard MapWriting.expandingHome(request.path) == trackedPath, let presence, var record = presenceRecord else { return MapWriting.Hooks() }
        describe(&record)
        record.clashes = request.clashes
        record.clashedWith = request.clashes.isEmpty ? nil : request.clashedWith
        let watcher = self.watcher, told = record
        return MapWriting.Hooks(
            beforeReplacing: { version in
                var written = told
                written.wrote = version
                try? presence.write(written)
            },
            afterWriting: { version in watcher?.noteWritten(version) })
    }

    /// Keeps the presence record in step with a save that finished.
    func noteSaved(_ outcome: SaveOutcome) {
        lastSaveSeconds = max(0, clock() - saveStartedAt)
        guard case .saved(let request, let version) = outcome, MapWriting.expandingHome(request.path) == trackedPath, var record = presenceRecord else { return }
        record.wrote = version
        record.clashes = request.clashes
        record.clashedWith = request.clashes.isEmpty ? nil : request.clashedWith
        presenceRecord = record
        presenceWritten = nil  // rewritten with the cursor as it is now, keeping what was written
    }
}
