/// Which side of a merge to take.
///
/// In a three-way merge, *ours* is the version being saved (the editor's map, or git's current
/// branch) and *theirs* the version that changed meanwhile (the file on disk, or the branch being
/// merged in). Both descend from the same *base*, the version that was read.
///
/// ```swift
/// let map = result.resolved([0: .theirs])   // conflict 0 from theirs, every other from ours
/// ```
public enum MergeSide: Sendable, Equatable {
    /// The version being saved.
    case ours
    /// The version that changed meanwhile.
    case theirs
}
