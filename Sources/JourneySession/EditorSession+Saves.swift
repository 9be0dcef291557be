import JourneyEditor
import JourneyKit

/// Saves off the key path: one at a time on the worker, those asked for meanwhile held until it
/// is done, and the finished work taken back into the loop as events.
extension EditorSession {
    /// Hands a save to the worker, or holds it while another save is in flight: the file is then
    /// checked against what that save wrote, never against what was there before it.
    func startSave(_ request: SaveRequest) {
        guard !saveInFlight else {
            heldSaves.append(request)
            return
        }
        saveInFlight = true
        saveStartedAt = clock()
        let fileSystem = self.fileSystem
        let hooks = hooks(for: request)
        worker.submit(.save) { .saveFinished(MapWriting.save(request, fileSystem: fileSystem, hooks: hooks)) }
    }

    /// The events of the work the worker has finished, in order.
    func takeFinishedWork() -> [EditorEvent] {
        worker.takeFinished().compactMap { finished in
            if finished.job == .watch { watchInFlight = false }
            return finished.event
        }
    }

    /// Notes that the save in flight finished (before the editor applies its outcome).
    func saveFinished(_ outcome: SaveOutcome) {
        saveInFlight = false
        noteSaved(outcome)
        if case .saved(let request, _) = outcome, request.revision == state.revision { recoveryAfterSave() }
    }

    /// Starts the saves held while one was in flight, as one save of the map as it is now (they
    /// asked to save what was there then, and the map now holds it and what came after).
    func startHeldSave() {
        guard !saveInFlight, var request = heldSaves.first else { return }
        if case .conflicts = state.mode {
            heldSaves.removeAll()  // the conflict review ends in a save of its own, or cancels
            return
        }
        // Held saves to the same file with the same kind of check become one.
        let same = heldSaves.prefix { $0.path == request.path && SaveCheck.sameKind($0.check, request.check) }
        heldSaves.removeFirst(same.count)
        if same.contains(where: { $0.then == .quit }) { request.then = .quit }
        request.map = state.map
        request.revision = state.revision
        if case .expect = request.check, request.path == state.document.path {
            request.check = .expect(state.diskVersion ?? .absent)
        }
        startSave(request)
    }

    func recoveryAfterSave() {
        recoveryWriter?.remove()
        recoveryRevision = nil
        waitingSince = nil
    }
}
