import Foundation
import Glibc
import Testing

/// An OpenSSH client whose output nobody reads, as a participant whose laptop stops taking the
/// editor's output: its input is a pseudo-terminal of a given size (the screen size ssh tells
/// the server), its output a pipe that the test reads only until it says so.
///
/// With its output a pipe, ssh keeps reading the connection and its input; what it cannot write
/// it keeps, up to the SSH window it gave the server (2 MB), and then the server must hold back.
final class UnreadSSHClient {
    private let master: Int32
    private let process = Process()
    private let output = Pipe()
    /// What the test has read of the output.
    private(set) var received: [UInt8] = []

    /// Starts ssh with arguments in a `width`×`height` terminal, its output to the pipe.
    init(arguments: [String], width: Int, height: Int, directory: String, environment: [String: String]) throws {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            Issue.record("openpty failed: errno \(errno)")
            throw CancellationError()
        }
        self.master = master
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.executableURL = URL(fileURLWithPath: try SSHClient.executable())
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = "C.UTF-8"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = terminal
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        try terminal.close()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        close(master)
    }

    /// Sends bytes as if typed.
    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads the output until it contains `text` (up to `seconds`), and no further.
    func readUntil(text: String, seconds: Double = 10, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if String(decoding: received, as: UTF8.self).contains(text) { return }
            received += readAvailable(waiting: 0.1)
        }
        Issue.record("Timed out waiting for \(text) from ssh:\n\(String(decoding: received.suffix(2000), as: UTF8.self))",
                     sourceLocation: sourceLocation)
        throw CancellationError()
    }

    /// Waits for ssh to end (up to `seconds`), reading and discarding its output meanwhile so that
    /// it can leave; its exit status, or `nil`.
    func waitForExit(seconds: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline {
            _ = readAvailable(waiting: 0.05)
        }
        return process.isRunning ? nil : process.terminationStatus
    }

    private func readAvailable(waiting seconds: Double) -> [UInt8] {
        let descriptor = output.fileHandleForReading.fileDescriptor
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, Int32(seconds * 1000)) > 0 else { return [] }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        return count > 0 ? Array(chunk[0..<count]) : []
    }
}
