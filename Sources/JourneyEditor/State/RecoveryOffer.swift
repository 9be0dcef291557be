import JourneyKit

/// Unsaved changes found in a recovery file left by an editor that did not end normally, waiting
/// for the user to say whether to restore them.
///
/// When the recovery file records the map its changes were made against (``base``), restoring
/// applies only those changes onto the map as it is now (a three-way merge), so that what others
/// saved to the file after the crash is kept; where both changed the same thing, the recovered
/// value is taken (the user asked for their changes back). Recovery files written by older
/// versions record no base: restoring then puts the recovered map in place of the whole map.
public struct RecoveryOffer: Sendable, Equatable {
    /// The map as the recovery file holds it.
    public var map: JourneyMap
    /// The map the recovered changes were made against (as the crashed editor last read or wrote
    /// the file), when the recovery file records it.
    public var base: JourneyMap?
    /// The recovery file's path.
    public var path: String
    /// When it was last written, as shown to the user ("today 15:32", "2026-11-20 09:10").
    public var savedAt: String
    /// What restoring would change, in one line.
    public var summary: String
    /// Whether the map file was saved after the recovery file was written.
    public var isOlderThanFile: Bool
    /// Whether the map as it is now has changes the recovered map was not based on, which
    /// restoring keeps (only with a ``base``).
    public var keepsLaterChanges: Bool
    /// How many of those later changes clash with recovered ones (the recovered value is taken).
    public var clashes: Int

    /// Creates an offer.
    public init(map: JourneyMap, base: JourneyMap? = nil, path: String, savedAt: String, summary: String, isOlderThanFile: Bool,
                keepsLaterChanges: Bool = false, clashes: Int = 0) {
        self.map = map
        self.base = base
        self.path = path
        self.savedAt = savedAt
        self.summary = summary
        self.isOlderThanFile = isOlderThanFile
        self.keepsLaterChanges = keepsLaterChanges
        self.clashes = clashes
    }

    /// The map restoring gives when the map is `current` now: the recovered changes applied onto
    /// it when the base is known (clashes taking the recovered value), else the recovered map.
    public func restored(onto current: JourneyMap) -> JourneyMap {
        guard let base else { return map }
        return JourneyMerge.merge(base: base, ours: map, theirs: current).merged
    }
}
