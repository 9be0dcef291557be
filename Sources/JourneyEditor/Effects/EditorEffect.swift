import JourneyKit

/// Work the editor asks its session to do outside the pure core; the outcome comes back as an
/// ``EditorEvent``.
public enum EditorEffect: Hashable, Sendable {
    /// Write the map to a file (atomically), then report ``EditorEvent/saveFinished(_:)``.
    case save(SaveRequest)
    /// Write an export to a file, then report ``EditorEvent/exportFinished(path:error:)``.
    case export(path: String, contents: String)
    /// Open a note in the user's `$VISUAL`/`$EDITOR`, then report ``EditorEvent/externalEditFinished(_:_:)``.
    case editExternally(CellPosition, text: String)
    /// Turn mouse capture on or off.
    case setMouseCapture(Bool)
    /// Repaint the whole screen.
    case redraw
    /// Stop the process (Ctrl-Z) until the shell continues it.
    case suspend
    /// End the session.
    case quit
}

/// A request to save the map.
public struct SaveRequest: Hashable, Sendable {
    /// Where to write.
    public var path: String
    /// The map to write (its text is made by the session, off the key path).
    public var map: JourneyMap
    /// The revision being saved.
    public var revision: Int
    /// What to do once it is saved.
    public var then: AfterSave

    public static func == (lhs: SaveRequest, rhs: SaveRequest) -> Bool {
        lhs.path == rhs.path && lhs.revision == rhs.revision && lhs.then == rhs.then
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(revision)
        hasher.combine(then)
    }
}
