import JourneyKit

/// Everything the editor knows: the map, the cursor and view, what it is doing, the undo
/// history and the last message. A value: ``Editor/update(_:with:)`` changes it, and
/// ``EditorRenderer`` draws it.
public struct EditorState: Sendable {
    /// The map being edited.
    public internal(set) var map: JourneyMap {
        didSet {
            // Touchpoints left as they were (any change to cells) still share their storage with
            // `measuredTouchpoints`, and compare equal at once, without looking at any name.
            if map.touchpoints != measuredTouchpoints { measureLabels() }
        }
    }
    /// The width the touchpoint names column needs (see ``EditorLayout``), measured when the
    /// touchpoints change rather than on every key: measuring thousands of names costs milliseconds.
    private(set) var labelWidth = EditorLayout.labelWidthRange.lowerBound
    /// The touchpoints `labelWidth` was measured for.
    private var measuredTouchpoints: [Touchpoint] = []
    /// The version of the map last read from or written to its file: the common ancestor for a
    /// three-way merge when the file changed on disk meanwhile.
    public internal(set) var baseMap: JourneyMap
    /// Which file the map belongs to.
    public internal(set) var document: DocumentInfo
    /// The file's contents as last read or written by this editor (`nil` when it has no file
    /// yet): a save first checks that the file is still this version, and merges when it is not.
    public internal(set) var diskVersion: FileVersion?
    /// The last outside change of the file already reported, so that it is said once.
    public internal(set) var noticedDiskVersion: FileVersion?
    /// A save's conflicts with the file on disk, while they are being resolved.
    public internal(set) var conflictReview: ConflictReview?
    /// Unsaved changes from a recovery file, while the user is asked whether to restore them.
    public internal(set) var recoveryOffer: RecoveryOffer?
    /// Other editors that have the map open.
    public internal(set) var otherEditors: [OtherEditor] = []
    /// Whether the editor works live when others have the map open (each change shared within a
    /// fraction of a second, theirs taken in as they come); `--solo` and `:live off` turn it off.
    public internal(set) var liveEnabled: Bool
    /// Clashes this editor won (its value kept over another's written at the same moment) that
    /// its next write tells the others about, and whose value it replaced.
    var unsharedClashes: [MergeConflict.Location] = []
    var unsharedClashesWith: Int32?
    /// The cell under the cursor; `(0, 0)` in an empty map.
    public internal(set) var cursor: CellPosition = .origin
    /// The first stage and touchpoint shown, top-left of the grid.
    public internal(set) var scroll: CellPosition = .origin
    /// What the editor is doing.
    public internal(set) var mode: EditorMode = .grid
    /// Earlier and undone versions.
    public internal(set) var history = UndoHistory<EditorSnapshot>()
    /// The current version's revision number; every change gets a new one.
    public internal(set) var revision = 0
    /// The revision last saved (or read), or `nil` when the map was never saved.
    public internal(set) var savedRevision: Int?
    /// The next unused revision number.
    var nextRevision = 1
    /// The message on the status line.
    public internal(set) var message: StatusMessage?
    /// The terminal's size, for keeping the cursor in view.
    public internal(set) var screenSize: ScreenSize
    /// `:` commands entered, oldest first.
    public internal(set) var commandHistory: [String] = []
    /// Whether the mouse is captured (clicks select cells) or left to the terminal (text selection).
    public internal(set) var mouseEnabled: Bool
    /// The last search text, for `n` and `N`.
    public internal(set) var lastSearch: String?
    /// Whether the editor has asked to quit.
    public internal(set) var hasQuit = false
    /// The revision a save of the map's own file is writing, until it is reported.
    public internal(set) var savingRevision: Int?
    /// Whether `q` came while that save was in flight: quit once it is written.
    public internal(set) var quitWhenSaved = false
    /// The cell copied (`y`) or cut (`x`), which `P` pastes.
    public internal(set) var clipboard: Cell?
    /// The last change made to a cell, which `.` repeats on the cursor's cell.
    public internal(set) var lastCellChange: EditorCommand?
    /// A count being typed before a motion (`12j`), with what its first digit did meanwhile.
    public internal(set) var pendingCount: PendingCount?
    /// The language of the interface: labels, hints, help, questions and messages.
    public internal(set) var language: Language
    /// What the template suggests for the scenario, shown while the map's scenario is empty and
    /// never saved into the map.
    public internal(set) var scenarioHint: String?
    /// Whether this editor only looks (`journey edit --read-only`, a `journey serve` viewer):
    /// every command that would change the map or write a file is refused.
    public internal(set) var readOnly: Bool
    /// Whether paths typed in commands (`:w PATH`, `:export`, `:compare`) must be plain file
    /// names in the map's folder (`journey edit --confined`, every `journey serve` session), so a
    /// participant can neither read nor write anywhere else.
    public internal(set) var confinedToFolder = false
    /// The workshop countdown (`:timer`), if one runs or has just run out.
    public internal(set) var timer: WorkshopTimer?
    /// Whether the end of a countdown rings the bell (`:timer mute` / `:timer unmute`).
    public internal(set) var timerMuted = false
    /// The session's clock as of its last ``EditorEvent/tick(seconds:)``, in seconds.
    public internal(set) var clockSeconds: Double?
    /// A second map whose emotion curve is drawn over this one's (`:compare FILE`).
    public internal(set) var comparison: ComparisonOverlay?

    /// Whether the map is a preview of a file still being read (see `JourneyParser.preview`):
    /// the screen shows what it has, and leaves out what needs the whole map (the curve). A
    /// session never starts on such a state; the whole map replaces it first.
    public var isReadingFile = false

    /// Creates the state for a map read from `document` (or made from a template for a new file).
    ///
    /// - Parameter diskVersion: the version of the file the map was read from (see ``diskVersion``).
    public init(map: JourneyMap, document: DocumentInfo, screenSize: ScreenSize, mouseEnabled: Bool = true, message: StatusMessage? = nil, diskVersion: FileVersion? = nil, language: Language = .english, scenarioHint: String? = nil, readOnly: Bool = false, confinedToFolder: Bool = false, live: Bool = true) {
        self.confinedToFolder = confinedToFolder
        self.language = language
        self.liveEnabled = live
        self.scenarioHint = scenarioHint
        self.readOnly = readOnly
        self.map = map
        self.baseMap = map
        self.document = document
        self.diskVersion = diskVersion
        self.screenSize = screenSize
        self.mouseEnabled = mouseEnabled
        self.message = message
        self.savedRevision = document.isNew ? nil : 0
        measureLabels()
    }

    private mutating func measureLabels() {
        measuredTouchpoints = map.touchpoints
        labelWidth = EditorLayout.labelWidthNeeded(by: map.touchpoints)
    }

    /// Whether the map has changes that are not saved to its file.
    public var isModified: Bool { revision != savedRevision }

    /// Whether the editor is co-editing live right now: live is on, the map has its file, and
    /// another editor working live has it open (with only `--solo` ones, saves wait to be asked).
    public var isLiveSharing: Bool {
        liveEnabled && otherEditors.contains(where: \.isLive) && !document.isNew && document.path != nil
    }

    /// Whether the cursor stands on a real cell (the map has stages and touchpoints).
    public var hasCell: Bool {
        cursor.stage < map.stages.count && cursor.touchpoint < map.touchpoints.count
    }

    /// The cell under the cursor, or an empty cell when there is none.
    public var currentCell: Cell {
        hasCell ? map.cell(stage: cursor.stage, touchpoint: cursor.touchpoint) : .empty
    }

    /// The current version, as undo keeps it.
    var snapshot: EditorSnapshot {
        EditorSnapshot(map: map, cursor: cursor, revision: revision)
    }
}
