import JourneyEditor
import JourneyKit

/// The recovery file: kept while changes are unsaved, and what crashed editors left behind offered
/// on opening and restored onto the map as it is.
extension EditorSession {
    func offerNextRecovery() {
        guard let recovery, !leftBehind.isEmpty else { return }
        let newest = leftBehind.removeFirst()
        // Older ones are set aside under visible names, never deleted: only one is offered.
        for older in leftBehind {
            if let kept = try? recovery.setAside(older) {
                dispatch(.notice(.info(.recovery(.olderSetAside(name: Self.fileName(kept))))))
            }
        }
        leftBehind.removeAll()
        let map: JourneyMap
        do {
            map = try MapFile.read(newest.path, format: .journey, fileSystem: fileSystem)
        } catch {
            let kept = (try? recovery.setAside(newest)).map(Self.fileName) ?? newest.path
            dispatch(.notice(.error(.recovery(.unreadableSetAside(name: kept, reason: "\(error)")))))
            return
        }
        // With the base it recorded, only the crashed editor's own changes are offered, applied
        // onto the map as it is now; without one (older versions), the recovered map whole.
        let base = recovery.base(of: newest)
        let merge = base.map { JourneyMerge.merge(base: $0, ours: map, theirs: state.map) }
        let restored = merge?.merged ?? map
        if restored == state.map {
            recovery.remove(newest.path)  // nothing the file does not hold: nothing to restore
            return
        }
        let mapTime = (try? fileSystem.status(trackedPath ?? ""))??.modificationTime ?? 0
        dispatch(.recoveryFound(RecoveryOffer(
            map: map,
            base: base,
            path: newest.path,
            savedAt: RecoveryStore.describe(newest.modificationTime, language: state.language),
            summary: MapDifference(from: state.map, to: restored).summary(in: state.language),
            isOlderThanFile: mapTime > newest.modificationTime,
            keepsLaterChanges: base.map { $0 != state.map } ?? false,
            clashes: merge?.conflicts.count ?? 0)))
    }

    /// Writes the recovery file a little after the last change (and at least every few seconds
    /// while changes keep coming); removes it once nothing is unsaved.
    func keepRecoveryFile(now: Double) {
        guard recovery != nil else { return }
        if state.revision != lastRevision {
            lastRevision = state.revision
            lastChangeTime = now
        }
        guard state.isModified else {
            waitingSince = nil
            if recoveryRevision != nil {
                recoveryWriter?.remove()
                recoveryRevision = nil
            }
            return
        }
        guard recoveryRevision != state.revision else {
            waitingSince = nil
            return
        }
        let since = waitingSince ?? now
        waitingSince = since
        if now - lastChangeTime >= timing.recoveryDelay || now - since >= timing.recoveryInterval {
            writeRecovery()
            waitingSince = nil
        }
    }

    func writeRecovery() {
        guard let recoveryWriter else { return }
        recoveryWriter.write(state.map, base: state.baseMap)
        recoveryRevision = state.revision
    }

    /// Says once that the recovery file cannot be written (tried again with the next change).
    func reportRecoveryFailure() {
        guard let error = recoveryWriter?.takeFailure() else { return }
        if !recoveryFailureShown {
            recoveryFailureShown = true
            dispatch(.notice(.error(.recovery(.cannotKeep(reason: error.reason(in: state.language))))))
        }
    }

    func resolveRecovery(path: String, restore: Bool) -> StatusMessage {
        guard let recovery else { return .error(.recovery(.noFileLeftAsIs(path: path))) }
        let file = RecoveryStore.LeftBehind(path: path, processID: 0, modificationTime: (try? fileSystem.status(path))??.modificationTime ?? 0)
        let name = state.document.displayName
        if restore {
            do {
                try recovery.adopt(file)
                // The map restored may hold more than the file adopted (the changes saved since),
                // and its base is the file as it is now: both are written again at once.
                recoveryWriter?.forgetBase()
                writeRecovery()
            } catch {
                return .error(.recovery(.restoredButKept(path: path, reason: error.reason(in: state.language), fileName: name)))
            }
            return .info(.recovery(.restored(fileName: name)))
        }
        do {
            let kept = try recovery.setAside(file)
            return .info(.recovery(.setAside(fileName: name, kept: Self.fileName(kept))))
        } catch {
            return .error(.recovery(.setAsideFailed(fileName: name, path: path, reason: error.reason(in: state.language))))
        }
    }
}
