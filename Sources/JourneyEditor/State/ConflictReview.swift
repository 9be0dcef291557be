import JourneyKit

/// A save that found the file changed on disk and both sides changing the same things: the
/// conflicts are shown one at a time, and the user takes either side of each.
public struct ConflictReview: Sendable {
    /// The merge of the version read (base), the editor's map (ours) and the file on disk (theirs).
    public let result: MergeResult
    /// The map on disk.
    public let theirs: JourneyMap
    /// The file's version on disk, which the save that follows expects to replace.
    public let diskVersion: FileVersion
    /// The save that found the change, to finish once every conflict is answered.
    public let request: SaveRequest
    /// The conflict being shown.
    public internal(set) var index = 0
    /// The answers given so far, by conflict.
    public internal(set) var choices: [MergeConflict.ID: MergeSide] = [:]
    /// Whether the conflicts were recorded in the file by a merge (git's, through `journey
    /// merge`), rather than found by a save: the editor opened straight into the review.
    public internal(set) var isFromFile = false

    /// Creates a review starting at the first conflict.
    public init(result: MergeResult, theirs: JourneyMap, diskVersion: FileVersion, request: SaveRequest) {
        self.result = result
        self.theirs = theirs
        self.diskVersion = diskVersion
        self.request = request
    }

    /// The conflict being shown, if any is left.
    public var current: MergeConflict? {
        index < result.conflicts.count ? result.conflicts[index] : nil
    }
}
