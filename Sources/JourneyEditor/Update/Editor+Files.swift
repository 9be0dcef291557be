import JourneyKit

/// How the editor keeps its map and its file in step: saves and what they find on disk, changes
/// made to the file by others, conflicts, and recovery files.
extension Editor {
    // MARK: Saves

    static func handleSaveOutcome(_ outcome: SaveOutcome, state: inout EditorState) -> [EditorEffect] {
        switch outcome {
        case .saved(let request, let version):
            if state.document.path != request.path || state.document.isNew {
                state.document = DocumentInfo(path: request.path, isNew: false)
            }
            state.savedRevision = request.revision
            state.baseMap = request.map
            state.diskVersion = version
            state.noticedDiskVersion = nil
            if !request.isLive || request.then == .quit { state.message = .info(.saved(request.path, note: request.note)) }
            if state.savingRevision == request.revision { state.savingRevision = nil }
            if request.then == .quit || (state.quitWhenSaved && request.revision == state.revision) {
                state.hasQuit = true
                return [.quit]
            }
            return []
        case .changedOnDisk(let request, let theirs, let version):
            if (request.isLive || state.isLiveSharing) && request.check != .none {
                return mergeLiveBeforeSaving(request, theirs: theirs, version: version, state: &state)
            }
            return mergeBeforeSaving(request, theirs: theirs, version: version, state: &state)
        case .failed(let path, let reason):
            state.savingRevision = nil
            state.quitWhenSaved = false
            state.message = .error(.notSaved(path, reason: reason))
            return []
        }
    }

    /// A save found the file changed on disk: merges the editor's map with it against the version
    /// that was read, then saves the result, or shows the conflicts first.
    private static func mergeBeforeSaving(_ request: SaveRequest, theirs: JourneyMap, version: FileVersion, state: inout EditorState) -> [EditorEffect] {
        let result = JourneyMerge.merge(base: state.baseMap, ours: state.map, theirs: theirs)
        guard result.hasConflicts else {
            let arrived = MapDifference(from: state.map, to: result.merged)
            if result.merged != state.map {
                change(.mergeDiskChanges, state: &state) { $0 = result.merged }
            }
            state.baseMap = theirs
            state.diskVersion = version
            state.noticedDiskVersion = nil
            let note: SaveNote = arrived.isEmpty ? .sameChangeOnDisk : .mergedWithDisk(summary: arrived.summary(in: state.language))
            return [.save(SaveRequest(path: request.path, map: state.map, revision: state.revision, then: request.then,
                                      check: .expect(version), note: note))]
        }
        state.conflictReview = ConflictReview(result: result, theirs: theirs, diskVersion: version, request: request)
        state.mode = .conflicts
        let count = result.conflicts.count
        state.message = .error(.conflictsWithDisk(fileName: state.document.displayName, count: count))
        return []
    }

    // MARK: Conflicts

    static func handleConflictKey(_ key: Key, state: inout EditorState) -> [EditorEffect] {
        guard var review = state.conflictReview else {
            state.mode = .grid
            return []
        }
        switch key {
        case .character("o"), .character("t"):
            if let conflict = review.current {
                review.choices[conflict.id] = key == .character("o") ? .ours : .theirs
                review.index += 1
            }
        case .character("O"), .character("T"):
            let side: MergeSide = key == .character("O") ? .ours : .theirs
            for conflict in review.result.conflicts[review.index...] { review.choices[conflict.id] = side }
            review.index = review.result.conflicts.count
        case .left, .up, .character("k"), .character("h"), .backspace:
            review.index = max(0, review.index - 1)
        case .right, .down, .character("j"), .character("l"):
            review.index = min(review.result.conflicts.count - 1, review.index + 1)
        case .escape, .control("c"), .character("q"):
            state.conflictReview = nil
            state.mode = .grid
            state.message = .error(review.isFromFile ? .fileConflictsUnresolved : .conflictReviewCancelled)
            return []
        default:
            state.message = .error(.conflictKeys)
            return []
        }
        state.message = nil
        state.conflictReview = review
        guard review.index >= review.result.conflicts.count else { return [] }
        return finishConflicts(review, state: &state)
    }

    private static func finishConflicts(_ review: ConflictReview, state: inout EditorState) -> [EditorEffect] {
        let resolved = review.result.resolved(review.choices)
        state.conflictReview = nil
        state.mode = .grid
        if resolved != state.map {
            change(.mergeDiskChanges, state: &state) { $0 = resolved }
        }
        state.baseMap = review.theirs
        state.diskVersion = review.diskVersion
        state.noticedDiskVersion = nil
        let theirs = review.result.conflicts.count { review.choices[$0.id] == .theirs }
        let yours = review.result.conflicts.count - theirs
        let note: SaveNote = review.isFromFile ? .fileConflictsResolved(yours: yours, theirs: theirs) : .conflictsResolved(yours: yours, theirs: theirs)
        return [.save(SaveRequest(path: review.request.path, map: state.map, revision: state.revision, then: review.request.then,
                                  check: .expect(review.diskVersion), note: note))]
    }

    // MARK: Changes made by others

    static func handleOutsideChange(_ change: OutsideChange, state: inout EditorState) -> [EditorEffect] {
        let name = state.document.displayName
        switch change {
        case .modified(let theirs, let version):
            guard version != state.diskVersion, version != state.noticedDiskVersion, state.conflictReview == nil else { return [] }
            if state.isLiveSharing, state.mode != .question(.restoreRecovery) {
                takeIn(theirs, version: version, state: &state)
                return []
            }
            switch state.mode {
            case .grid, .detail, .help, .stats, .presentation:
                break
            case .prompt, .question, .structure, .cellMove, .conflicts:
                return []  // said once the user is done with what they are typing or answering
            }
            if state.isModified {
                state.noticedDiskVersion = version
                state.message = .error(.changedOnDiskKept(fileName: name))
                return []
            }
            if theirs != state.map {
                Editor.change(.reloadFromDisk, state: &state) { $0 = theirs }
            }
            state.savedRevision = state.revision
            state.baseMap = theirs
            state.diskVersion = version
            state.noticedDiskVersion = nil
            state.message = .info(.reloaded(fileName: name))
        case .unreadable(let reason, let version):
            guard version != state.noticedDiskVersion else { return [] }
            state.noticedDiskVersion = version
            state.message = .error(.unreadableOnDisk(fileName: name, reason: reason))
        case .deleted:
            guard state.noticedDiskVersion != .absent, !state.document.isNew else { return [] }
            state.noticedDiskVersion = .absent
            state.message = .error(.deletedOnDisk(fileName: name))
        }
        return []
    }

    static func handleOtherEditors(_ others: [OtherEditor], state: inout EditorState) -> [EditorEffect] {
        let known = Set(state.otherEditors.map(\.processID))
        let new = others.filter { !known.contains($0.processID) }
        state.otherEditors = others
        guard let first = new.first else { return [] }
        if state.isLiveSharing {
            state.message = .info(.live(.joinedLive(name: first.user, more: new.count - 1)))
        } else {
            state.message = .error(.alsoOpen(first, more: new.count - 1))
        }
        return []
    }

    // MARK: Recovery

    static func offerRecovery(_ offer: RecoveryOffer, state: inout EditorState) -> [EditorEffect] {
        state.recoveryOffer = offer
        state.mode = .question(.restoreRecovery)
        state.message = nil
        return []
    }

    static func answerRecovery(restore: Bool, state: inout EditorState) -> [EditorEffect] {
        guard let offer = state.recoveryOffer else { return [] }
        state.recoveryOffer = nil
        if restore {
            // Only the crashed editor's own changes, applied onto the map as it is now (when the
            // recovery file says what they were based on): one undoable change.
            let restored = offer.restored(onto: state.map)
            if restored != state.map {
                change(.restoreUnsavedChanges, state: &state) { $0 = restored }
            }
        }
        return [.resolveRecovery(path: offer.path, restore: restore)]
    }
}
