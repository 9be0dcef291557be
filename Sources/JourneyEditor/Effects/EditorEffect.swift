import JourneyKit

/// Work the editor asks its session to do outside the pure core; the outcome comes back as an
/// ``EditorEvent``.
public enum EditorEffect: Hashable, Sendable {
    /// Write the map to a file (atomically), then report ``EditorEvent/saveFinished(_:)``.
    case save(SaveRequest)
    /// Render the map in an export format and write it to a file (both off the key path, by the
    /// session), then report ``EditorEvent/exportFinished(path:error:)``.
    case export(ExportRequest)
    /// Open a note in the user's `$VISUAL`/`$EDITOR`, then report ``EditorEvent/externalEditFinished(_:_:)``.
    case editExternally(CellPosition, text: String)
    /// Turn mouse capture on or off.
    case setMouseCapture(Bool)
    /// Repaint the whole screen.
    case redraw
    /// Restore a recovery file's changes (its file becomes this session's recovery file) or set
    /// it aside under a visible name; then report ``EditorEvent/notice(_:)``.
    case resolveRecovery(path: String, restore: Bool)
    /// Stop the process (Ctrl-Z) until the shell continues it.
    case suspend
    /// End the session.
    case quit
    /// Ring the terminal's bell (a workshop timer ran out).
    case bell
    /// Read a map file to draw its curve over this one's (`:compare FILE`), off the key path;
    /// then report ``EditorEvent/comparisonLoaded(path:_:)``.
    case loadComparison(path: String)
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
    /// What must be true of the file before it is replaced.
    public var check: SaveCheck
    /// What the "Saved" message adds, such as what was merged.
    public var note: SaveNote?
    /// Whether this save shares changes while co-editing live (it says nothing when done).
    public var isLive: Bool
    /// Where this save keeps the editor's own value over another editor's, written at the same
    /// moment: told to the others through the presence file, so that theirs can say so too.
    public var clashes: [MergeConflict.Location]
    /// The process whose values ``clashes`` replaces, when known.
    public var clashedWith: Int32?

    /// Creates a request.
    public init(path: String, map: JourneyMap, revision: Int, then: AfterSave, check: SaveCheck = .none, note: SaveNote? = nil,
                isLive: Bool = false, clashes: [MergeConflict.Location] = [], clashedWith: Int32? = nil) {
        self.isLive = isLive
        self.clashes = clashes
        self.clashedWith = clashedWith
        self.path = path
        self.map = map
        self.revision = revision
        self.then = then
        self.check = check
        self.note = note
    }

    public static func == (lhs: SaveRequest, rhs: SaveRequest) -> Bool {
        lhs.path == rhs.path && lhs.revision == rhs.revision && lhs.then == rhs.then
            && lhs.check == rhs.check && lhs.note == rhs.note
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(revision)
        hasher.combine(then)
        hasher.combine(check)
    }
}

/// A request to export the map: the session renders it in the format and writes the file off the
/// key path, so that exporting a huge map never delays a key.
public struct ExportRequest: Hashable, Sendable {
    /// Where to write, as the user typed it.
    public var path: String
    /// The map to export, as it was when the export was asked for.
    public var map: JourneyMap
    /// The format to render it in: a name from JourneyKit's ``FormatRegistry``.
    public var format: String
    /// The language for headings and labels when the map does not name its own.
    public var language: Language
    /// The revision being exported.
    public var revision: Int

    /// Creates a request.
    public init(path: String, map: JourneyMap, format: String, language: Language, revision: Int) {
        self.path = path
        self.map = map
        self.format = format
        self.language = language
        self.revision = revision
    }

    public static func == (lhs: ExportRequest, rhs: ExportRequest) -> Bool {
        lhs.path == rhs.path && lhs.format == rhs.format && lhs.revision == rhs.revision
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(format)
        hasher.combine(revision)
    }
}

/// What a save checks on disk before it replaces a file, so that nobody's work is overwritten
/// unseen.
public enum SaveCheck: Hashable, Sendable {
    /// Nothing: replace whatever is there (`:w!`).
    case none
    /// The file must still be this version (what the editor last read or wrote; ``FileVersion/absent``
    /// for a map not yet saved). When it is not, the session writes nothing and reports
    /// ``SaveOutcome/changedOnDisk(_:theirs:version:)`` so that the editor merges first.
    case expect(FileVersion)
    /// The file must not exist (`:w PATH` to another file): an existing file is not replaced.
    case createOnly
}

/// What a "Saved" message adds about a save that merged with the file on disk.
public enum SaveNote: Hashable, Sendable {
    /// The file had changed on disk in the same way as the map.
    case sameChangeOnDisk
    /// The changes made on disk were merged in; what they changed.
    case mergedWithDisk(summary: String)
    /// Conflicting changes were resolved, so many each way.
    case conflictsResolved(yours: Int, theirs: Int)
    /// The merge conflicts recorded in the file were resolved: how many took each side.
    case fileConflictsResolved(yours: Int, theirs: Int)
}
