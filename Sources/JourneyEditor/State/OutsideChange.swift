import JourneyKit

/// What the session found when it looked at the map's file and saw that it was no longer what
/// the editor last read or wrote.
public enum OutsideChange: Sendable, Equatable {
    /// Another program (or another editor) wrote a valid map to the file.
    case modified(JourneyMap, version: FileVersion)
    /// The file changed but cannot be read as a map now (perhaps mid-write); `reason` says why.
    case unreadable(reason: String, version: FileVersion)
    /// The file was deleted or moved away.
    case deleted
}
