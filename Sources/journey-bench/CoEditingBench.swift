import Glibc
import Synchronization
import JourneyEditor
import JourneyKit
import JourneySession

/// `journey-bench co-editing [--size large|huge] [--seconds N]`: two live editors on one map, as
/// two people in a workshop. One types ten changes a second (emotion up, down…) for N seconds and
/// sets the title now and then; the other watches. The figures: how many times the map was
/// written (against the keys typed), how many times the watcher read it, and how long a title
/// took from the key to the watcher's screen. Each session runs a whole ``EditorSession`` on a
/// scripted terminal: the typist in this process, the watcher in a child process
/// (`journey-bench co-editing-watch`), which reports on its standard output.
enum CoEditingBench {
    static func main(arguments: [String]) -> Never {
        let (size, asked) = ScratchMap.options(arguments, size: .large, number: "--seconds", 10)
        let seconds = max(2, asked)
        let scratch = ScratchMap.make(size, for: "co-editing")
        let path = scratch.path, bytes = scratch.bytes
        do {
            let shared = Shared()
            let typistFiles = MapWatchingFileSystem(mapPath: path)
            let end = MonotonicClock.now() + UInt64((seconds + 0.5) * 1e9)
            let child = try spawnWatcher(path: path, until: end + 2_000_000_000)
            usleep(500_000)
            run(path: path, terminal: TypistTerminal(shared: shared, seconds: seconds), fileSystem: typistFiles)
            let report = child.finish()
            var shown: [Int: UInt64] = [:], reads = 0
            for line in report.split(separator: "\n") {
                let words = line.split(separator: " ")
                if words.count == 3, words[0] == "title", let number = Int(words[1]), let time = UInt64(words[2]) { shown[number] = time }
                if words.count == 2, words[0] == "reads" { reads = Int(words[1]) ?? 0 }
            }
            let keys = shared.keys.load(ordering: .acquiring)
            let latencies = shared.latencies(shown: shown)
            StandardOutput.write("co-editing \(size.name): \(size.cells) cells, \(bytes.count / 1024) KiB; \(keys) changes typed in \(Int(seconds)) s\n")
            StandardOutput.write("  map written by the typist   \(typistFiles.writes) times (\(format(Double(typistFiles.writes) / seconds))/s; one write per \(format(Double(keys) / Double(max(1, typistFiles.writes)))) changes)\n")
            StandardOutput.write("  map read by the watcher     \(reads) times\n")
            StandardOutput.write("  title, key to other screen  \(latencies.isEmpty ? "never shown" : SaveLatency.summary(latencies)) ms, median (min–max) of \(latencies.count)\n")
        } catch {
            StandardOutput.error("journey-bench co-editing: \(error)")
            scratch.remove()
            exit(1)
        }
        scratch.remove()
        exit(0)
    }

    static func format(_ value: Double) -> String {
        String((value * 10).rounded() / 10)
    }

    private static func run(path: String, terminal: any TerminalDevice, fileSystem: MapWatchingFileSystem) {
        guard let bytes = try? LocalFileSystem().readFile(path), let map = try? MapFile.decode(bytes, path: path, format: .journey) else { return }
        let state = EditorState(map: map, document: DocumentInfo(path: path, isNew: false), screenSize: terminal.size,
                                diskVersion: FileVersion(contents: bytes))
        _ = EditorSession(state: state, terminal: terminal, fileSystem: fileSystem).run()
    }

    /// The watcher's process: `journey-bench co-editing-watch PATH UNTIL` watches the map until the
    /// monotonic clock passes UNTIL (nanoseconds), then prints when each title was first on its
    /// screen and how often it read the map.
    static func watch(arguments: [String]) -> Never {
        guard arguments.count == 2, let until = UInt64(arguments[1]) else { exit(64) }
        let path = arguments[0]
        let terminal = WatcherTerminal(until: until)
        let files = MapWatchingFileSystem(mapPath: path)
        run(path: path, terminal: terminal, fileSystem: files)
        var report = ""
        for (number, time) in terminal.shown.sorted(by: { $0.key < $1.key }) { report += "title \(number) \(time)\n" }
        report += "reads \(files.reads)\n"
        StandardOutput.write(report)
        exit(0)
    }

    /// A running watcher process and the pipe its report comes through.
    struct Child {
        let pid: pid_t
        let output: Int32

        func finish() -> String {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                bytes.append(contentsOf: chunk[0..<count])
            }
            close(output)
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    private static func spawnWatcher(path: String, until: UInt64) throws -> Child {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { throw FormatBenchmarks.Failure(description: "cannot find /proc/self/exe") }
        let executable = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var descriptors: [Int32] = [0, 0]
        guard pipe(&descriptors) == 0 else { throw FormatBenchmarks.Failure(description: "pipe failed") }
        for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, descriptors[1], 1)
        let words: [String] = [executable, "co-editing-watch", path, String(until)]
        var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, &argv, environ)
        close(descriptors[1])
        guard spawned == 0 else { throw FormatBenchmarks.Failure(description: "posix_spawn failed: errno \(spawned)") }
        return Child(pid: pid, output: descriptors[0])
    }

    /// What the typist notes: how many changes, and when each title was typed.
    final class Shared: Sendable {
        let keys = Atomic<Int>(0)
        private let titles = Mutex<[UInt64]>([])

        func typed() -> Int { titles.withLock { $0.append(MonotonicClock.now()); return $0.count - 1 } }

        /// How long each title took to show on the watcher's screen, in milliseconds.
        func latencies(shown: [Int: UInt64]) -> [Double] {
            titles.withLock { typed in
                typed.indices.compactMap { number in shown[number].map { Double($0 &- typed[number]) / 1e6 } }
            }
        }
    }
}

/// Types a change every 100 ms; every two seconds, a new title.
final class TypistTerminal: ScreenlessTerminal {
    let size = ScreenSize(width: 120, height: 40)
    private let shared: CoEditingBench.Shared
    private let end: UInt64
    private var nextKey: UInt64 = 0
    private var queue: [Key] = []
    private var count = 0

    init(shared: CoEditingBench.Shared, seconds: Double) {
        self.shared = shared
        end = MonotonicClock.now() + UInt64(seconds * 1e9)
    }

    func nextInput(timeoutMilliseconds: Int) -> InputEvent? {
        if !queue.isEmpty { return .key(queue.removeFirst()) }
        let now = MonotonicClock.now()
        if now > end + 1_500_000_000 {
            queue = [":", "q", "!"].map { Key.character($0) } + [.enter]
            return nil
        }
        guard now < end, now >= nextKey else {
            usleep(UInt32(min(max(timeoutMilliseconds, 0), 5)) * 1000)
            return nil
        }
        nextKey = (nextKey == 0 ? now : nextKey) + 100_000_000
        count += 1
        shared.keys.add(1, ordering: .relaxed)
        if count % 20 == 0 {
            let number = shared.typed()
            queue = Array(":title Title \(number)#").map { Key.character($0) } + [.enter]
            return .key(queue.removeFirst())
        }
        return .key(.character(count % 2 == 0 ? "-" : "+"))
    }

    func present(_ frame: Frame) {}
}

/// Watches: notes when each title first appears on its screen; quits when the time is up.
final class WatcherTerminal: ScreenlessTerminal {
    let size = ScreenSize(width: 120, height: 40)
    private let until: UInt64
    private var quit: [Key] = [":", "q", "!"].map { Key.character($0) } + [.enter]
    /// When each title was first shown (monotonic nanoseconds), by number.
    private(set) var shown: [Int: UInt64] = [:]

    init(until: UInt64) { self.until = until }

    func nextInput(timeoutMilliseconds: Int) -> InputEvent? {
        if MonotonicClock.now() > until, !quit.isEmpty { return .key(quit.removeFirst()) }
        usleep(UInt32(min(max(timeoutMilliseconds, 0), 5)) * 1000)
        return nil
    }

    func present(_ frame: Frame) {
        let text = frame.buffer.text
        let top = text.prefix { $0 != "\n" }
        guard let range = top.range(of: "Title "), let end = top[range.upperBound...].firstIndex(of: "#"),
              let number = Int(top[range.upperBound..<end]), shown[number] == nil else { return }
        shown[number] = MonotonicClock.now()
    }
}
