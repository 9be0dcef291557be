import Foundation
import JourneyEditor
import JourneyKit

/// The editor running on a terminal: reads input, steps the pure ``Editor``, performs the
/// effects it asks for and shows each new frame. Saves and exports run on a worker of their own
/// and report back as events, so the loop keeps reading keys meanwhile; `$EDITOR` gets the
/// terminal for as long as it runs. The session also keeps
/// the map safe meanwhile: a recovery file while there are unsaved changes, a presence file that
/// tells other editors who has the map open, and a watch on the file for changes made by others.
///
/// Tests run it on a scripted ``TerminalDevice`` and a file system with faults; the `journey`
/// executable runs it on the real terminal.
public final class EditorSession {
    /// How the session ended.
    public enum Ending: Equatable, Sendable {
        /// The user quit.
        case quit
        /// A signal (SIGHUP, SIGTERM, SIGINT) ended it; unsaved changes went to the recovery file.
        case signal(Int32)
    }

    /// Timings of the session's housekeeping, in seconds.
    public struct Timing: Sendable {
        /// How long after the last change the recovery file is written.
        public var recoveryDelay: Double = 2
        /// How long at most between recovery writes while changes keep coming.
        public var recoveryInterval: Double = 5
        /// How often the map's file is looked at for changes made by others.
        public var watchInterval: Double = 1
        /// How often the presence files of other editors are looked at.
        public var presenceInterval: Double = 5
        /// Whether the recovery file is written on a thread of its own (so that writing a huge
        /// map never delays a key); tests that look at the file at a given moment turn it off.
        public var recoveryInBackground = true
        /// Whether saves and exports run on a thread of their own while keys keep coming; tests
        /// that look at the file at a given moment turn it off (each is then done before the next
        /// key is read).
        public var savesInBackground = true
        /// How long the loop waits for a key while a save or an export runs, in milliseconds,
        /// before it looks whether the work has finished.
        public var busyPollMilliseconds = 10
        /// Co-editing live: changes are shared this long after the last one…
        public var shareDelay: Double = 0.15
        /// …and at least this often while they keep coming (more seldom when writing the map
        /// takes longer: at most one write in flight, and twice its time between writes).
        public var shareInterval: Double = 0.3
        /// How often at most the presence file is rewritten as the cursor moves.
        public var presenceDelay: Double = 0.1
        /// Whether the kernel's notifications (inotify) tell when files beside the map change;
        /// without them (or where they are missing) the file and the presence files are polled.
        public var folderNotifications = true

        /// The usual timings.
        public init() {}
    }

    /// The editor's state, as of the last event.
    public private(set) var state: EditorState
    private let terminal: any TerminalDevice
    let fileSystem: any FileSystem
    private let externalEditor: ExternalEditor
    private let signals: SignalWatcher?
    let timing: Timing
    let processID: Int32
    let clock: @Sendable () -> Double
    /// Runs saves and exports off the key path.
    let worker: EffectWorker
    /// Whether a save was handed to the worker and its outcome not applied yet.
    var saveInFlight = false
    /// Saves asked for while another was in flight, done one at a time after it.
    var heldSaves: [SaveRequest] = []
    /// Whether a look at the map's file was handed to the worker and is not done yet.
    var watchInFlight = false
    /// The name the others see for this editor.
    let userName: String
    /// Co-editing: what the presence file says, what it said when last written, and when.
    var presenceRecord: PresenceRecord?
    var presenceWritten: PresenceRecord?
    var lastPresenceWrite: Double = 0
    /// Co-editing: since when changes wait to be shared, and how long the last save took.
    var unsharedSince: Double?
    var lastSaveSeconds: Double = 0
    var saveStartedAt: Double = 0
    /// Notifications of changes in the map's folder (inotify), when available.
    var folderEvents: FolderEvents?
    /// Whether the file should be looked at as soon as no look is in flight.
    var watchWanted = false

    /// Files beside the map, made once the map has a path.
    var recovery: RecoveryStore?
    var recoveryWriter: RecoveryWriter?
    var presence: PresenceFile?
    var watcher: FileWatcher?
    /// The path the files above were made for, as the document names it and expanded.
    private var trackedDocumentPath: String?
    var trackedPath: String?

    /// The revision in the recovery file, if this session wrote one.
    var recoveryRevision: Int?
    /// When the revision last changed, and when unsaved changes began to wait for the recovery file.
    var lastRevision: Int
    var lastChangeTime: Double = 0
    var waitingSince: Double?
    var recoveryFailureShown = false
    var lastWatch: Double = 0
    var lastPresenceLook: Double = 0
    /// Recovery files found on opening that were not offered yet.
    var leftBehind: [RecoveryStore.LeftBehind] = []
    private var needsPresent = true
    /// When the workshop timer was last told the time.
    private var lastTick: Double = 0

    /// Creates a session.
    ///
    /// - Parameters:
    ///   - processID: names this session's recovery and presence files (the process's own by default).
    ///   - userName: the name other editors on the map see (`--name`, else the user's).
    ///   - clock: seconds on a monotonic clock (tests pass their own).
    public init(
        state: EditorState,
        terminal: any TerminalDevice,
        fileSystem: any FileSystem = LocalFileSystem(),
        externalEditor: ExternalEditor = .fromEnvironment(),
        signals: SignalWatcher? = nil,
        timing: Timing = Timing(),
        processID: Int32 = ProcessProbe.currentID,
        userName: String = ProcessProbe.displayName,
        clock: @escaping @Sendable () -> Double = EditorSession.monotonicSeconds
    ) {
        self.userName = userName
        self.state = state
        self.terminal = terminal
        self.fileSystem = fileSystem
        self.externalEditor = externalEditor
        self.signals = signals
        self.timing = timing
        self.processID = processID
        self.clock = clock
        worker = EffectWorker(inBackground: timing.savesInBackground)
        lastRevision = state.revision
    }

    /// Seconds since 1970, for the presence file's "since".
    static func wallSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Double(time.tv_sec)
    }

    /// Seconds on the system's monotonic clock.
    @Sendable public static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Runs until the user quits or a signal arrives.
    public func run() -> Ending {
        terminal.setMouseCapture(state.mouseEnabled)
        dispatch(.input(.resize(terminal.size)))
        open()
        present()
        while true {
            if let signal = signals?.pendingSignal() {
                end(keepingRecovery: true)
                return .signal(signal)
            }
            let wait = worker.isBusy ? timing.busyPollMilliseconds : (state.otherEditors.isEmpty ? 200 : 50)
            if let input = terminal.nextInput(timeoutMilliseconds: wait) {
                dispatch(.input(input))
                // Take whatever else is already waiting (a burst of keys, a resize storm) before drawing.
                var drained = 0
                while !state.hasQuit, drained < 512, signals?.pendingSignal() == nil,
                      let more = terminal.nextInput(timeoutMilliseconds: 0) {
                    dispatch(.input(more))
                    drained += 1
                }
            }
            if state.hasQuit {
                end(keepingRecovery: false)
                return .quit
            }
            housekeeping()
            if state.hasQuit {  // a save that ends with quitting (`:wq`) reported back
                end(keepingRecovery: false)
                return .quit
            }
            if needsPresent { present() }
        }
    }

    /// Applies an event and everything that follows from its effects, and the events of the
    /// saves and exports that finished meanwhile.
    public func dispatch(_ event: EditorEvent) {
        dispatch(inOrder: [event])
    }

    /// Applies events one after another, then the work finished meanwhile, always in the order
    /// it ran: an older version of the file is never taken in after a newer one was saved.
    func dispatch(inOrder events: [EditorEvent]) {
        // Nothing happened: nothing to draw (the loop turns several times a second).
        guard !events.isEmpty else { return }
        var pending = events
        while !pending.isEmpty {
            let next = pending.removeFirst()
            if case .saveFinished(let outcome) = next { saveFinished(outcome) }
            if let others = prepare(for: next) { _ = Editor.update(&state, with: others) }
            for effect in Editor.update(&state, with: next) {
                if let outcome = perform(effect) { pending.append(outcome) }
            }
            if case .saveFinished = next { startHeldSave() }
            if pending.isEmpty { pending = takeFinishedWork() }
        }
        needsPresent = true
    }

    private func present() {
        terminal.present(EditorRenderer.render(state, size: terminal.size, ascii: terminal.usesASCII))
        needsPresent = false
    }

    // MARK: Opening and ending

    /// Announces this editor beside the map, reports other editors, and offers what a crashed
    /// editor left behind.
    private func open() {
        trackFiles()
        guard let recovery, let presence else { return }
        announce()
        let others = presence.others(language: state.language)
        if !others.isEmpty { dispatch(.otherEditors(others)) }
        lastPresenceLook = clock()
        recovery.removeStrayBases()
        leftBehind = recovery.leftBehind()
        offerNextRecovery()
    }

    /// Ends the session: the presence file goes; the recovery file stays after a signal (written
    /// now if changes are waiting) and goes after a deliberate quit.
    private func end(keepingRecovery: Bool) {
        // A save in flight is finished before the editor goes (saves asked for after it are not
        // started: the user quit, or a signal came, and the recovery file keeps the changes).
        worker.waitUntilDone()
        if keepingRecovery {
            if state.isModified && recoveryRevision != state.revision { writeRecovery() }
            if !state.isModified { recoveryWriter?.remove() }
        } else {
            recoveryWriter?.remove()
        }
        recoveryWriter?.finish()
        presence?.remove()
    }

    /// Makes the recovery, presence and watch helpers for the map's current path (again after a
    /// save to another path).
    private func trackFiles() {
        guard let documentPath = state.document.path, documentPath != trackedDocumentPath else { return }
        trackedDocumentPath = documentPath
        let path = MapWriting.expandingHome(documentPath)
        guard !path.isEmpty, path != trackedPath else { return }
        let wasTracking = trackedPath != nil
        recoveryWriter?.remove()
        recoveryWriter?.finish()
        presence?.remove()
        trackedPath = path
        let store = RecoveryStore(mapPath: path, processID: processID, fileSystem: fileSystem)
        recovery = store
        recoveryWriter = RecoveryWriter(store: store, inBackground: timing.recoveryInBackground)
        presence = PresenceFile(mapPath: path, processID: processID, fileSystem: fileSystem)
        watcher = FileWatcher(path: path, fileSystem: fileSystem, language: state.language)
        let (directory, name) = FilePathParts.split(path)
        folderEvents = timing.folderNotifications ? FolderEvents(directory: directory, mapName: name) : nil
        recoveryRevision = nil
        if wasTracking { announce() }  // saved under another name: announce that one now
    }

    // MARK: Housekeeping between keys

    private func housekeeping() {
        dispatch(inOrder: takeFinishedWork())
        let now = clock()
        trackFiles()
        keepRecoveryFile(now: now)
        reportRecoveryFailure()
        watchFiles(now: now)
        shareIfDue(now: now)
        updatePresence(now: now)
        // The workshop timer: the editor core has no clock, so it is told the time while one runs.
        if state.timer?.needsTicks == true, state.timer?.startedAt == nil || now - lastTick >= 0.25 {
            lastTick = now
            dispatch(.tick(seconds: now))
        }
    }

    // MARK: Effects

    /// Performs one effect; returns the event reporting its outcome, if it has one now (saves
    /// and exports report theirs when the worker is done).
    private func perform(_ effect: EditorEffect) -> EditorEvent? {
        switch effect {
        case .save(let request):
            startSave(request)
        case .export(let request):
            let fileSystem = self.fileSystem
            worker.submit(.export) { MapWriting.export(request, fileSystem: fileSystem) }
        case .editExternally(let position, let text):
            let hint = position.stage < state.map.stages.count ? state.map.stages[position.stage].name : "note"
            let result = externalEditor.edit(text, fileNameHint: hint, terminal: terminal)
            return .externalEditFinished(position, result)
        case .resolveRecovery(let path, let restore):
            return .notice(resolveRecovery(path: path, restore: restore))
        case .setMouseCapture(let enabled):
            terminal.setMouseCapture(enabled)
        case .redraw:
            terminal.invalidate()
        case .suspend:
            terminal.suspendProcess()
            terminal.invalidate()
            return .input(.resize(terminal.size))
        case .quit:
            break
        case .bell:
            terminal.ringBell()
        case .loadComparison(let path):
            let fileSystem = self.fileSystem, language = state.language
            worker.submit(.read) { MapWriting.readForComparison(path, language: language, fileSystem: fileSystem) }
        }
        return nil
    }

    /// The last part of a path.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
