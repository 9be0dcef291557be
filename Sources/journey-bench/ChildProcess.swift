import Glibc
import JourneyEditor
import JourneySession
import JourneyKit

/// Opening a map in a fresh process, to measure what a user waits for (from starting the program
/// to its first full screen, dynamic loading included) and the memory that costs.
///
/// The suite starts itself as `journey-bench open FILE --width 80 --height 24` with `posix_spawn`
/// and times it until `wait4` reports its exit. The child opens the map as `journey FILE` does,
/// renders the first frame, prints one line of figures and exits at once, as the editor would
/// then be waiting for a key. Its peak memory is the kernel's `VmHWM` for the child's own address
/// space (`ru_maxrss` from `wait4` would also count the parent's, which `posix_spawn`'s vfork shares
/// until the exec).
enum ChildProcess {
    /// What one child run reported.
    struct Outcome: Sendable {
        /// From just before the spawn to the reaped exit.
        var totalNanoseconds: UInt64
        /// From the child's `main` to its finished first frame.
        var insideMilliseconds: Double
        /// The child's peak resident set, in kilobytes.
        var peakKilobytes: Int
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    // MARK: The child

    /// `journey-bench open FILE [--width W] [--height H]`: open the map as `journey FILE` does (read,
    /// digest, parse, state, and an ``EditorSession`` with its housekeeping on opening), and at the
    /// session's first frame report and exit.
    static func openAndReport(arguments: [String]) -> Never {
        let start = MonotonicClock.now()
        guard let path = arguments.first else {
            StandardOutput.error("usage: journey-bench open FILE [--width W] [--height H]")
            exit(64)
        }
        var width = 80, height = 24
        var index = 1
        while index + 1 < arguments.count {
            switch arguments[index] {
            case "--width": width = Int(arguments[index + 1]) ?? width
            case "--height": height = Int(arguments[index + 1]) ?? height
            default: break
            }
            index += 2
        }
        let size = ScreenSize(width: width, height: height)
        do {
            // As EditCommand.run does for an existing file.
            let bytes = try LocalFileSystem().readFile(path)
            let version = FileVersion(contents: bytes)
            let map = try MapFile.decode(bytes, path: path, format: .journey)
            let state = EditorState(
                map: map, document: DocumentInfo(path: path, isNew: false), screenSize: size, mouseEnabled: true,
                diskVersion: version)
            let terminal = FirstFrameTerminal(size: size) { frame in
                let checksum = EditorOpening.checksum(frame)
                let inside = Double(MonotonicClock.now() - start) / 1e6
                let peak = ProcessMemory.peakResidentKilobytes() ?? -1
                StandardOutput.write("inside_ms=\(inside) peak_kb=\(peak) checksum=\(checksum)\n")
                // The editor would now wait for a key; nothing is torn down.
                exit(0)
            }
            _ = EditorSession(state: state, terminal: terminal).run()
            StandardOutput.error("journey-bench open: the session ended without a frame")
            exit(1)
        } catch {
            StandardOutput.error("journey-bench open: \(error)")
            exit(1)
        }
    }

    // MARK: The parent

    /// Runs the child on `file` and reads its report.
    static func open(file: String, size: ScreenSize) throws -> Outcome {
        guard let executable = currentExecutable() else { throw Failure(description: "cannot find /proc/self/exe") }
        let arguments = [executable, "open", file, "--width", String(size.width), "--height", String(size.height)]
        var descriptors: [Int32] = [0, 0]
        guard pipe(&descriptors) == 0 else { throw Failure(description: "pipe failed: errno \(errno)") }
        defer { close(descriptors[0]) }
        // Neither end may stay open in the child beyond its standard output.
        for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, descriptors[1], 1)

        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }

        var pid: pid_t = 0
        let start = MonotonicClock.now()
        let spawned = posix_spawn(&pid, executable, &actions, nil, &argv, environ)
        close(descriptors[1])
        guard spawned == 0 else { throw Failure(description: "posix_spawn failed: errno \(spawned)") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw Failure(description: "wait4 failed: errno \(errno)") }
        }
        let end = MonotonicClock.now()

        let output = readAll(descriptors[0])
        let exitedNormally = status & 0x7F == 0
        let exitCode = (status >> 8) & 0xFF
        guard exitedNormally, exitCode == 0 else {
            throw Failure(description: "the child exited with status \(status): \(output)")
        }
        var fields: [String: String] = [:]
        for part in output.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let pair = part.split(separator: "=", maxSplits: 1)
            if pair.count == 2 { fields[String(pair[0])] = String(pair[1]) }
        }
        guard let inside = fields["inside_ms"].flatMap(Double.init), let peak = fields["peak_kb"].flatMap(Int.init) else {
            throw Failure(description: "the child's report is not understood: \(output)")
        }
        return Outcome(totalNanoseconds: end - start, insideMilliseconds: inside, peakKilobytes: peak)
    }

    private static func currentExecutable() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func readAll(_ descriptor: Int32) -> String {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A terminal without a screen for the child: it has a size, no input, and hands the first frame
/// presented to `firstFrame`, which ends the process.
final class FirstFrameTerminal: ScreenlessTerminal {
    let size: ScreenSize
    private let firstFrame: (Frame) -> Never

    init(size: ScreenSize, firstFrame: @escaping (Frame) -> Never) {
        self.size = size
        self.firstFrame = firstFrame
    }

    func nextInput(timeoutMilliseconds: Int) -> InputEvent? { nil }
    func present(_ frame: Frame) { firstFrame(frame) }
}
