import JourneyKit

/// Unsaved changes found in a recovery file left by an editor that did not end normally, waiting
/// for the user to say whether to restore them.
public struct RecoveryOffer: Sendable, Equatable {
    /// The map as the recovery file holds it.
    public var map: JourneyMap
    /// The recovery file's path.
    public var path: String
    /// When it was last written, as shown to the user ("today 15:32", "2026-11-20 09:10").
    public var savedAt: String
    /// What restoring would change, in one line.
    public var summary: String
    /// Whether the map file was saved after the recovery file was written.
    public var isOlderThanFile: Bool

    /// Creates an offer.
    public init(map: JourneyMap, path: String, savedAt: String, summary: String, isOlderThanFile: Bool) {
        self.map = map
        self.path = path
        self.savedAt = savedAt
        self.summary = summary
        self.isOlderThanFile = isOlderThanFile
    }
}
