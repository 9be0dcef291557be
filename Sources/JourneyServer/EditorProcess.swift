import CJourneyPTY

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A terminal size in characters (and pixels, when the client tells them).
public struct WindowSize: Hashable, Sendable {
    public var columns: Int
    public var rows: Int
    public var pixelWidth = 0
    public var pixelHeight = 0

    public init(columns: Int, rows: Int, pixelWidth: Int = 0, pixelHeight: Int = 0) {
        self.columns = columns
        self.rows = rows
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
    }

    /// The size as the kernel takes it, with each value kept within what a terminal can be.
    var kernelValue: winsize {
        func clamp(_ value: Int) -> UInt16 { UInt16(max(0, min(value, Int(UInt16.max)))) }
        return winsize(ws_row: clamp(rows == 0 ? 24 : rows), ws_col: clamp(columns == 0 ? 80 : columns),
                       ws_xpixel: clamp(pixelWidth), ws_ypixel: clamp(pixelHeight))
    }
}

/// One participant's editor: a `journey edit` process on its own pseudo-terminal, as sshd runs a
/// login shell. The child is a session leader (`setsid`) whose controlling terminal is the
/// pseudo-terminal's other end, so that a hang-up, a window change (SIGWINCH) and Ctrl-C reach
/// it as they would in a terminal window; the server keeps the master side.
struct EditorProcess: Sendable {
    /// The child's process id.
    let pid: pid_t
    /// The master side of the pseudo-terminal (close-on-exec), which the server reads and writes.
    let master: CInt

    /// Why the editor could not start.
    struct SpawnFailure: Error, Sendable {
        /// What failed, with the system's message.
        var reason: String
    }

    /// Starts `executable` with `arguments` on a new pseudo-terminal of `size`, in `directory`,
    /// with exactly `environment` (nothing of the server's own is inherited).
    static func spawn(executable: String, arguments: [String], environment: [String: String], size: WindowSize,
                      directory: String) throws(SpawnFailure) -> EditorProcess {
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        let window = size.kernelValue
        var master: CInt = -1
        var pid: pid_t = 0
        let status = journey_pty_spawn(executable, argv, envp, directory, window.ws_row, window.ws_col, &master, &pid)
        guard status == 0 else {
            throw SpawnFailure(reason: "\(executable): \(String(cString: strerror(status)))")
        }
        resize(master: master, to: size)
        return EditorProcess(pid: pid, master: master)
    }

    /// Tells the pseudo-terminal its new size; the kernel sends the editor SIGWINCH.
    static func resize(master: CInt, to size: WindowSize) {
        let window = size.kernelValue
        _ = journey_pty_resize(master, window.ws_row, window.ws_col, window.ws_xpixel, window.ws_ypixel)
    }

    /// Waits for the child to end (on the calling thread) and returns its exit status, or 128 plus
    /// the signal that ended it, as a shell reports it.
    static func waitForExit(_ pid: pid_t) -> Int {
        var status: CInt = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return 255 }
        }
        let signal = status & 0x7f
        return signal == 0 ? Int((status >> 8) & 0xff) : 128 + Int(signal)
    }

}
