import Glibc
import Synchronization
import JourneyEditor
import JourneyKit
import JourneySession

/// `journey-bench save-latency [--size small|large|huge] [--runs N]`: whether a save delays the
/// next key. A whole ``EditorSession`` runs on a scripted terminal over a map file: a change,
/// Ctrl-S, then a cursor key at once, and the figures are when the loop took that key, when the
/// key's frame was shown and when "Saved" was; once with saves on the session's worker (as the
/// editor runs) and once with saves done on the key path (as before), for comparison.
enum SaveLatency {
    /// The figures of one run, in milliseconds from the moment Ctrl-S was handed to the loop.
    struct Run {
        /// The loop asked for the next key.
        var nextKeyRead: Double
        /// The next key's frame was shown.
        var nextKeyShown: Double
        /// The save's rename over the map's file finished: the save was written.
        var saved: Double
    }

    static func main(arguments: [String]) -> Never {
        let (size, asked) = ScratchMap.options(arguments, size: .huge, number: "--runs", 5)
        let runs = max(1, Int(asked))
        // exit() runs no defer: the scratch folder is removed explicitly on every way out.
        let scratch = ScratchMap.make(size, for: "save-latency")
        let path = scratch.path, bytes = scratch.bytes
        do {
            StandardOutput.write("save-latency \(size.name): \(size.cells) cells, \(bytes.count / 1024) KiB; \(runs) runs each, median (min–max), ms from Ctrl-S\n")
            for background in [true, false] {
                var results: [Run] = []
                for _ in 0..<runs { results.append(try run(path: path, background: background)) }
                let label = background ? "saves on the worker (now)" : "saves on the key path (before)"
                StandardOutput.write("  \(label):\n")
                StandardOutput.write("    next key read     \(summary(results.map(\.nextKeyRead)))\n")
                StandardOutput.write("    next key on screen \(summary(results.map(\.nextKeyShown)))\n")
                StandardOutput.write("    save written       \(summary(results.map(\.saved)))\n")
            }
        } catch {
            StandardOutput.error("journey-bench save-latency: \(error)")
            scratch.remove()
            exit(1)
        }
        scratch.remove()
        exit(0)
    }

    static func summary(_ values: [Double]) -> String {
        let sorted = values.sorted()
        let median = sorted[sorted.count / 2]
        func format(_ value: Double) -> String {
            let rounded = (value * 10).rounded() / 10
            return String(rounded)
        }
        return "\(format(median)) (\(format(sorted.first ?? 0))–\(format(sorted.last ?? 0)))"
    }

    /// One session: a change, Ctrl-S, a cursor key, wait for "Saved", quit.
    static func run(path: String, background: Bool) throws -> Run {
        let bytes = try LocalFileSystem().readFile(path)
        let screen = ScreenSize(width: 80, height: 24)
        let state = EditorState(
            map: try MapFile.decode(bytes, path: path, format: .journey),
            document: DocumentInfo(path: path, isNew: false), screenSize: screen, diskVersion: FileVersion(contents: bytes))
        var timing = EditorSession.Timing()
        timing.savesInBackground = background
        let fileSystem = SaveTimingFileSystem(mapPath: path)
        let terminal = SaveLatencyTerminal(size: screen, fileSystem: fileSystem)
        _ = EditorSession(state: state, terminal: terminal, fileSystem: fileSystem, timing: timing).run()
        guard let run = terminal.figures() else { throw FormatBenchmarks.Failure(description: "the save was not reported") }
        return run
    }
}

/// Plays the script of ``SaveLatency`` and notes the times.
final class SaveLatencyTerminal: TerminalDevice {
    let size: ScreenSize
    let usesASCII = false
    private var step = 0
    private var saveAsked: UInt64 = 0
    private var nextKeyRead: UInt64 = 0
    private var nextKeyShown: UInt64 = 0
    private var quitting = false
    private let fileSystem: SaveTimingFileSystem
    private var saved: UInt64 { fileSystem.savedAt }

    init(size: ScreenSize, fileSystem: SaveTimingFileSystem) {
        self.size = size
        self.fileSystem = fileSystem
    }

    func figures() -> SaveLatency.Run? {
        guard saveAsked > 0, nextKeyRead > 0, nextKeyShown > 0, saved > 0 else { return nil }
        func since(_ time: UInt64) -> Double { Double(time - saveAsked) / 1e6 }
        return SaveLatency.Run(nextKeyRead: since(nextKeyRead), nextKeyShown: since(nextKeyShown), saved: since(saved))
    }

    func nextInput(timeoutMilliseconds: Int) -> InputEvent? {
        defer { step += 1 }
        switch step {
        case 0: return .key(.character("5"))  // a change
        case 1:
            saveAsked = MonotonicClock.now()
            return .key(.control("s"))
        case 2:
            nextKeyRead = MonotonicClock.now()
            return .key(.character("j"))
        default:
            guard quitting || (saved > 0 && nextKeyShown > 0) else {
                step -= 1  // stay here until the save is written
                if timeoutMilliseconds > 0 { usleep(UInt32(min(timeoutMilliseconds, 1)) * 1000) }
                return nil
            }
            quitting = true
            // `:q!` (quitting waits for a save in flight); `q` could meet a save not yet reported.
            let quit: [Key] = [.character(":"), .character("q"), .character("!"), .enter]
            return .key(quit[min(step - 3, quit.count - 1)])
        }
    }

    func present(_ frame: Frame) {
        let now = MonotonicClock.now()
        if step >= 3, nextKeyShown == 0 { nextKeyShown = now }
    }

    func setMouseCapture(_ enabled: Bool) {}
    func invalidate() {}
    func suspend() {}
    func resume() {}
    func suspendProcess() {}
    func shutdown() {}
}

/// The machine's file system, noting when a rename over the map's file (the end of a save)
/// finished.
final class SaveTimingFileSystem: FileSystem {
    private let real = LocalFileSystem()
    private let mapPath: String
    private let renamedAt = Atomic<UInt64>(0)

    init(mapPath: String) { self.mapPath = mapPath }

    /// When the map's file was last replaced (0 before).
    var savedAt: UInt64 { renamedAt.load(ordering: .acquiring) }

    func rename(_ source: String, to destination: String) throws(FileError) {
        try real.rename(source, to: destination)
        if destination == mapPath { renamedAt.store(MonotonicClock.now(), ordering: .releasing) }
    }

    func readFile(_ path: String) throws(FileError) -> [UInt8] { try real.readFile(path) }
    func status(_ path: String) throws(FileError) -> FileStatus? { try real.status(path) }
    func linkTarget(_ path: String) throws(FileError) -> String? { try real.linkTarget(path) }
    func createTemporaryFile(in directory: String, prefix: String) throws(FileError) -> (descriptor: Int32, path: String) {
        try real.createTemporaryFile(in: directory, prefix: prefix)
    }
    func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileError) { try real.write(bytes, to: descriptor, path: path) }
    func synchronize(_ descriptor: Int32, path: String) throws(FileError) { try real.synchronize(descriptor, path: path) }
    func close(_ descriptor: Int32, path: String) throws(FileError) { try real.close(descriptor, path: path) }
    func setPermissions(_ permissions: UInt32, of path: String) throws(FileError) { try real.setPermissions(permissions, of: path) }
    func synchronizeDirectory(_ path: String) throws(FileError) { try real.synchronizeDirectory(path) }
    func directoryEntries(_ path: String) throws(FileError) -> [String] { try real.directoryEntries(path) }
    func removeFile(_ path: String) throws(FileError) { try real.removeFile(path) }
    func creationMask() -> UInt32 { real.creationMask() }
}
