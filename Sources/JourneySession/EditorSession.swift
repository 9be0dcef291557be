import Foundation
import JourneyEditor
import JourneyKit

/// The editor running on a terminal: reads input, steps the pure ``Editor``, performs the
/// effects it asks for (saving, exporting, running `$EDITOR`) and shows each new frame; and keeps
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

        /// The usual timings.
        public init() {}
    }

    /// The editor's state, as of the last event.
    public private(set) var state: EditorState
    private let terminal: any TerminalDevice
    private let fileSystem: any FileSystem
    private let externalEditor: ExternalEditor
    private let signals: SignalWatcher?
    private let timing: Timing
    private let processID: Int32
    private let clock: @Sendable () -> Double

    /// Files beside the map, made once the map has a path.
    private var recovery: RecoveryStore?
    private var recoveryWriter: RecoveryWriter?
    private var presence: PresenceFile?
    private var watcher: FileWatcher?
    /// The path the files above were made for, as the document names it and expanded.
    private var trackedDocumentPath: String?
    private var trackedPath: String?

    /// The revision in the recovery file, if this session wrote one.
    private var recoveryRevision: Int?
    /// When the revision last changed, and when unsaved changes began to wait for the recovery file.
    private var lastRevision: Int
    private var lastChangeTime: Double = 0
    private var waitingSince: Double?
    private var recoveryFailureShown = false
    private var lastWatch: Double = 0
    private var lastPresenceLook: Double = 0
    /// Recovery files found on opening that were not offered yet.
    private var leftBehind: [RecoveryStore.LeftBehind] = []
    private var needsPresent = true

    /// Creates a session.
    ///
    /// - Parameters:
    ///   - processID: names this session's recovery and presence files (the process's own by default).
    ///   - clock: seconds on a monotonic clock (tests pass their own).
    public init(
        state: EditorState,
        terminal: any TerminalDevice,
        fileSystem: any FileSystem = LocalFileSystem(),
        externalEditor: ExternalEditor = .fromEnvironment(),
        signals: SignalWatcher? = nil,
        timing: Timing = Timing(),
        processID: Int32 = ProcessProbe.currentID,
        clock: @escaping @Sendable () -> Double = EditorSession.monotonicSeconds
    ) {
        self.state = state
        self.terminal = terminal
        self.fileSystem = fileSystem
        self.externalEditor = externalEditor
        self.signals = signals
        self.timing = timing
        self.processID = processID
        self.clock = clock
        lastRevision = state.revision
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
            if let input = terminal.nextInput(timeoutMilliseconds: 200) {
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
            if needsPresent { present() }
        }
    }

    /// Applies an event and everything that follows from its effects.
    public func dispatch(_ event: EditorEvent) {
        var pending = [event]
        while !pending.isEmpty {
            let next = pending.removeFirst()
            for effect in Editor.update(&state, with: next) {
                if let outcome = perform(effect) { pending.append(outcome) }
            }
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
        try? presence.write()
        let others = presence.others()
        if !others.isEmpty { dispatch(.otherEditors(others)) }
        lastPresenceLook = clock()
        leftBehind = recovery.leftBehind()
        offerNextRecovery()
    }

    /// Ends the session: the presence file goes; the recovery file stays after a signal (written
    /// now if changes are waiting) and goes after a deliberate quit.
    private func end(keepingRecovery: Bool) {
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
        let path = Self.expandingHome(documentPath)
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
        watcher = FileWatcher(path: path, fileSystem: fileSystem)
        recoveryRevision = nil
        if wasTracking { try? presence?.write() }  // saved under another name: announce that one now
    }

    private func offerNextRecovery() {
        guard let recovery, !leftBehind.isEmpty else { return }
        let newest = leftBehind.removeFirst()
        // Older ones are set aside under visible names, never deleted: only one is offered.
        for older in leftBehind {
            if let kept = try? recovery.setAside(older) {
                dispatch(.notice(.info("An older recovery file was set aside as \(Self.fileName(kept))")))
            }
        }
        leftBehind.removeAll()
        let map: JourneyMap
        do {
            map = try MapFile.read(newest.path, format: .journey, fileSystem: fileSystem)
        } catch {
            let kept = (try? recovery.setAside(newest)).map(Self.fileName) ?? newest.path
            dispatch(.notice(.error("A recovery file could not be read and was set aside as \(kept): \(error)")))
            return
        }
        if map == state.map {
            recovery.remove(newest.path)  // the same as the file: nothing to restore
            return
        }
        let mapTime = (try? fileSystem.status(trackedPath ?? ""))??.modificationTime ?? 0
        dispatch(.recoveryFound(RecoveryOffer(
            map: map,
            path: newest.path,
            savedAt: RecoveryStore.describe(newest.modificationTime),
            summary: MapDifference(from: state.map, to: map).summary,
            isOlderThanFile: mapTime > newest.modificationTime)))
    }

    // MARK: Housekeeping between keys

    private func housekeeping() {
        let now = clock()
        trackFiles()
        keepRecoveryFile(now: now)
        reportRecoveryFailure()
        if let watcher, now - lastWatch >= timing.watchInterval, !state.document.isNew || state.diskVersion != nil {
            lastWatch = now
            if let change = watcher.check(known: state.diskVersion, noticed: state.noticedDiskVersion) {
                dispatch(.outsideChange(change))
            }
        }
        if let presence, now - lastPresenceLook >= timing.presenceInterval {
            lastPresenceLook = now
            let others = presence.others()
            if others != state.otherEditors { dispatch(.otherEditors(others)) }
        }
    }

    /// Writes the recovery file a little after the last change (and at least every few seconds
    /// while changes keep coming); removes it once nothing is unsaved.
    private func keepRecoveryFile(now: Double) {
        guard recovery != nil else { return }
        if state.revision != lastRevision {
            lastRevision = state.revision
            lastChangeTime = now
        }
        guard state.isModified else {
            waitingSince = nil
            if recoveryRevision != nil {
                recoveryWriter?.remove()
                recoveryRevision = nil
            }
            return
        }
        guard recoveryRevision != state.revision else {
            waitingSince = nil
            return
        }
        let since = waitingSince ?? now
        waitingSince = since
        if now - lastChangeTime >= timing.recoveryDelay || now - since >= timing.recoveryInterval {
            writeRecovery()
            waitingSince = nil
        }
    }

    private func writeRecovery() {
        guard let recoveryWriter else { return }
        recoveryWriter.write(state.map)
        recoveryRevision = state.revision
    }

    /// Says once that the recovery file cannot be written (tried again with the next change).
    private func reportRecoveryFailure() {
        guard let error = recoveryWriter?.takeFailure() else { return }
        if !recoveryFailureShown {
            recoveryFailureShown = true
            dispatch(.notice(.error("Cannot keep a recovery file beside the map (\(error.reason)); save often")))
        }
    }

    // MARK: Effects

    /// Performs one effect; returns the event reporting its outcome, if it has one.
    private func perform(_ effect: EditorEffect) -> EditorEvent? {
        switch effect {
        case .save(let request):
            let outcome = save(request)
            if case .saved = outcome, request.revision == state.revision { recoveryAfterSave() }
            return .saveFinished(outcome)
        case .export(let path, let contents):
            do {
                try AtomicFileWriter(fileSystem: fileSystem).write(Array(contents.utf8), to: Self.expandingHome(path))
                return .exportFinished(path: path, error: nil)
            } catch {
                return .exportFinished(path: path, error: error.reason)
            }
        case .editExternally(let position, let text):
            terminal.suspend()
            let hint = position.stage < state.map.stages.count ? state.map.stages[position.stage].name : "note"
            let result = externalEditor.edit(text, fileNameHint: hint)
            terminal.resume()
            terminal.invalidate()
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
        }
        return nil
    }

    private func recoveryAfterSave() {
        recoveryWriter?.remove()
        recoveryRevision = nil
        waitingSince = nil
    }

    private func save(_ request: SaveRequest) -> SaveOutcome {
        let path = Self.expandingHome(request.path)
        switch request.check {
        case .none:
            break
        case .createOnly:
            if let existing = try? fileSystem.status(path) {
                return .failed(path: request.path, message: existing.isDirectory ? "it is a folder" : "a file of that name exists; ':w! \(request.path)' replaces it")
            }
        case .expect(let expected):
            // The file is read once: its version and, when it changed, the map it holds.
            let onDisk: [UInt8]?
            do {
                onDisk = try fileSystem.status(path) == nil ? nil : try fileSystem.readFile(path)
            } catch {
                return .failed(path: request.path, message: "cannot check what is on disk first: \(error.reason)")
            }
            if let onDisk, FileVersion(contents: onDisk) != expected {
                do {
                    let theirs = try MapFile.decode(onDisk, path: path, format: .journey)
                    return .changedOnDisk(request, theirs: theirs, version: FileVersion(contents: onDisk))
                } catch {
                    return .failed(path: request.path, message: "it changed on disk and cannot be read as a map (\(error)); ':w!' replaces it, ':w PATH' saves elsewhere")
                }
            }
        }
        let bytes = JourneyWriter.bytes(for: request.map)
        do {
            try AtomicFileWriter(fileSystem: fileSystem).write(bytes, to: path)
        } catch {
            return .failed(path: request.path, message: error.reason)
        }
        return .saved(request, version: FileVersion(contents: bytes))
    }

    private func resolveRecovery(path: String, restore: Bool) -> StatusMessage {
        guard let recovery else { return .error("The map has no file; the recovery file \(path) was left as it is") }
        let file = RecoveryStore.LeftBehind(path: path, processID: 0, modificationTime: (try? fileSystem.status(path))??.modificationTime ?? 0)
        let name = state.document.displayName
        if restore {
            do {
                try recovery.adopt(file)
                recoveryRevision = state.revision
            } catch {
                return .error("Restored; the recovery file stays at \(path) (\(error.reason)). Ctrl-S saves the changes to \(name)")
            }
            return .info("Restored the unsaved changes; Ctrl-S saves them to \(name)")
        }
        do {
            let kept = try recovery.setAside(file)
            return .info("\(name) is as it was on disk; the unsaved changes are kept in \(Self.fileName(kept))")
        } catch {
            return .error("\(name) is as it was on disk; the recovery file stays at \(path) (\(error.reason))")
        }
    }

    /// The last part of a path.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// `~/x` as the home folder's `x`; other paths unchanged.
    static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty else { return path }
        return home + path.dropFirst()
    }
}
