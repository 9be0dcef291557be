import Glibc
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
        let fileSystem = MapWatchingFileSystem(mapPath: path)
        let terminal = SaveLatencyTerminal(size: screen, fileSystem: fileSystem)
        _ = EditorSession(state: state, terminal: terminal, fileSystem: fileSystem, timing: timing).run()
        guard let run = terminal.figures() else { throw FormatBenchmarks.Failure(description: "the save was not reported") }
        return run
    }
}

/// Plays the script of ``SaveLatency`` and notes the times.
final class SaveLatencyTerminal: ScreenlessTerminal {
    let size: ScreenSize
    private var step = 0
    private var saveAsked: UInt64 = 0
    private var nextKeyRead: UInt64 = 0
    private var nextKeyShown: UInt64 = 0
    private var quitting = false
    private let fileSystem: MapWatchingFileSystem
    private var saved: UInt64 { fileSystem.lastWriteAt }

    init(size: ScreenSize, fileSystem: MapWatchingFileSystem) {
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
}
