import Foundation
import Glibc
import Testing

/// The real `journey` binary running in a pseudo-terminal of its own, with every byte it writes
/// to the terminal counted: for measuring what a key costs over a slow SSH link.
final class PseudoTerminal {
    private let master: Int32
    private let process: Process
    /// Every byte the program has written so far.
    private(set) var received: [UInt8] = []

    /// Starts `journey` with arguments in a `width`×`height` terminal.
    init(arguments: [String], width: Int = 80, height: Int = 24, directory: String, environment: [String: String] = [:]) throws {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            Issue.record("openpty failed: errno \(errno)")
            throw CancellationError()
        }
        self.master = master
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process = Process()
        process.executableURL = URL(fileURLWithPath: try JourneyBinary.path())
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = "C.UTF-8"
        env.removeValue(forKey: "NO_COLOR")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        try handle.close()
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    /// Sends bytes as if typed.
    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads what arrives until the program has been quiet for `quiet` seconds (at most `limit`);
    /// returns the bytes read.
    @discardableResult
    func drain(quiet: Double = 0.3, limit: Double = 10) -> [UInt8] {
        var chunk = [UInt8](repeating: 0, count: 65536)
        var got: [UInt8] = []
        let deadline = Date().addingTimeInterval(limit)
        while Date() < deadline {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(quiet * 1000))
            if ready <= 0 { break }
            let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            got.append(contentsOf: chunk[0..<count])
        }
        received += got
        return got
    }

    /// Waits for the program to end (up to `seconds`) and returns its exit status, or `nil`.
    func waitForExit(seconds: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline {
            drain(quiet: 0.05, limit: 0.1)
        }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// The process identifier, for sending signals.
    var processIdentifier: Int32 { process.processIdentifier }
}
