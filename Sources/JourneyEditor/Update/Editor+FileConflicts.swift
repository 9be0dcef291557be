import JourneyKit

extension EditorState {
    /// Starts in the conflict review for merge conflicts recorded in the file (see
    /// ``ConflictedFile``): the state shows ours (``MergeResult/merged``), each conflict is
    /// answered with `o`/`t` (`O`/`T` for all the rest), and the last answer saves a clean map
    /// over the file. Esc leaves the review and the file as it is; the editor then shows ours, and
    /// saving writes ours without the conflicts.
    ///
    /// Call it on a state made with the map `result.merged` and the file's ``diskVersion``.
    public mutating func reviewConflictsInFile(_ result: MergeResult, theirs: JourneyMap) {
        guard result.hasConflicts, let path = document.path, let version = diskVersion else {
            message = .error(.fileConflictsUnresolved)
            return
        }
        let request = SaveRequest(path: path, map: map, revision: revision, then: .keepEditing, check: .expect(version))
        var review = ConflictReview(result: result, theirs: theirs, diskVersion: version, request: request)
        review.isFromFile = true
        conflictReview = review
        mode = .conflicts
        message = .error(.fileConflicts(fileName: document.displayName, count: result.conflicts.count))
    }
}
