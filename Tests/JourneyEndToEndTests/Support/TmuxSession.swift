import Foundation
import Glibc
import Testing

/// A tmux server of its own running one program in a window of a given size, for driving the
/// real editor: send keys, read the screen, resize, wait for what should appear.
final class TmuxSession {
    let socket: String
    private let tmux: String
    /// The process group of the window's shell, killed at the end: the test runner may have
    /// been started with SIGHUP ignored, and then `kill-server` alone would leave it running.
    private var paneProcess: pid_t = 0

    /// Starts `command` in a detached window of `width`×`height`.
    init(_ command: String, width: Int = 80, height: Int = 24, directory: String, environment: [String: String] = [:]) throws {
        guard let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            Issue.record("tmux is not installed: apt-get install tmux (the end-to-end editor tests need it)")
            throw CancellationError()
        }
        self.tmux = tmux
        socket = "journey-test-\(UUID().uuidString.prefix(8))"
        var exports = "export TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8;"
        for (key, value) in environment { exports += " export \(key)='\(value)';" }
        let result = try CommandRun.run(tmux, ["-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                                               "-c", directory, "sh", "-c", exports + " " + command + "; echo EXITED $?; sleep 60"])
        guard result.status == 0 else {
            Issue.record("tmux did not start: \(result.errors)")
            throw CancellationError()
        }
        _ = try? CommandRun.run(tmux, ["-L", socket, "set-option", "-g", "status", "off"])
        _ = try? CommandRun.run(tmux, ["-L", socket, "resize-window", "-x", "\(width)", "-y", "\(height)"])
        let pid = try? CommandRun.run(tmux, ["-L", socket, "display-message", "-p", "#{pane_pid}"]).output
        paneProcess = pid_t(pid?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
    }

    deinit {
        if paneProcess > 0 { kill(-paneProcess, SIGKILL) }
        _ = try? CommandRun.run(tmux, ["-L", socket, "kill-server"])
        // tmux leaves its socket file behind: remove it, so that test runs leave nothing.
        let folder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        unlink("\(folder)/tmux-\(getuid())/\(socket)")
    }

    /// The process the window's shell runs (the `journey` editor), once it has started.
    func programProcessID(seconds: Double = 5) -> pid_t? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: "/proc/\(paneProcess)/task/\(paneProcess)/children", encoding: .utf8),
               let first = text.split(separator: " ").first, let pid = pid_t(first) {
                return pid
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// Sends keys as tmux names them (`Enter`, `Escape`, `C-s`, `Up`…).
    func keys(_ names: String...) throws {
        _ = try CommandRun.run(tmux, ["-L", socket, "send-keys"] + names)
    }

    /// Sends keys as tmux names them, from a list.
    func keys(_ names: [String]) throws {
        _ = try CommandRun.run(tmux, ["-L", socket, "send-keys"] + names)
    }

    /// Types text literally.
    func type(_ text: String) throws {
        _ = try CommandRun.run(tmux, ["-L", socket, "send-keys", "-l", text])
    }

    /// Sends raw bytes, given in hexadecimal (`"e9"`), as a terminal in another encoding would.
    func bytes(_ hex: String...) throws {
        _ = try CommandRun.run(tmux, ["-L", socket, "send-keys", "-H"] + hex)
    }

    /// Pastes text as a terminal's bracketed paste.
    func paste(_ text: String) throws {
        _ = try CommandRun.run(tmux, ["-L", socket, "set-buffer", text])
        _ = try CommandRun.run(tmux, ["-L", socket, "paste-buffer", "-p"])
    }

    /// The screen as text.
    func screen() throws -> String {
        try CommandRun.run(tmux, ["-L", socket, "capture-pane", "-p"]).output
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) throws {
        _ = try CommandRun.run(tmux, ["-L", socket, "resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits until the screen satisfies `condition` (up to `seconds`); records the screen on failure.
    @discardableResult
    func waitFor(_ what: String, seconds: Double = 10, sourceLocation: Testing.SourceLocation = #_sourceLocation, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("Timed out waiting for \(what). Screen:\n\(last)", sourceLocation: sourceLocation)
        throw CancellationError()
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func waitFor(text: String, seconds: Double = 10, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        try waitFor("'\(text)'", seconds: seconds, sourceLocation: sourceLocation) { $0.contains(text) }
    }
}
