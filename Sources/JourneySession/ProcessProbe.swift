#if canImport(Glibc)
import Glibc
#endif

/// Facts about processes on this machine, for telling a running editor's files from ones left
/// behind by an editor that crashed or was killed.
public enum ProcessProbe {
    /// This process's identifier.
    public static var currentID: Int32 { getpid() }

    /// Whether a `journey` process with this identifier is running (for any user).
    ///
    /// A process that exists but is not `journey` (the identifier was reused after a crash or a
    /// reboot) does not count, so its files are taken for left behind.
    public static func isJourneyRunning(_ processID: Int32) -> Bool {
        guard processID > 0 else { return false }
        if kill(processID, 0) != 0 && errno != EPERM { return false }
        guard let command = commandLine(of: processID) else { return true }  // no /proc: trust kill()
        let program = command.split(separator: 0).first.map { String(decoding: $0, as: UTF8.self) } ?? ""
        let name = program.split(separator: "/").last.map(String.init) ?? program
        return name.hasPrefix("journey")
    }

    /// The user running this process.
    public static var userName: String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return "uid \(geteuid())"
    }

    /// The name other editors on a map see for this one: `JOURNEY_NAME` (which `journey edit
    /// --name` sets) when given, else the user's name.
    public static var displayName: String {
        if let name = getenv("JOURNEY_NAME").map({ String(cString: $0) }), !name.trimmingCharacters(in: .whitespaces).isEmpty {
            return name
        }
        return userName
    }

    /// This machine's name.
    public static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func commandLine(of processID: Int32) -> [UInt8]? {
        let descriptor = open("/proc/\(processID)/cmdline", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        return Array(buffer[0..<count])
    }
}
