import Foundation
import Glibc

/// The outcome of running a command: its exit status and what it printed.
struct CommandRun {
    var status: Int32
    var output: String
    var errors: String

    /// Runs `journey` with arguments (and optional standard input) and waits for it.
    static func journey(_ arguments: [String], input: String? = nil, in directory: String? = nil, environment: [String: String] = [:]) throws -> CommandRun {
        try run(JourneyBinary.path(), arguments, input: input.map { Data($0.utf8) }, in: directory, environment: environment)
    }

    /// Runs a program and waits for it with `waitpid`, its output going to files (no pipe deadlocks).
    ///
    /// Foundation's `Process` is not used here: it learns that a child ended when a socket the child
    /// inherited is closed, and programs that fork a daemon (tmux starting its server) keep that
    /// socket open for as long as the daemon lives, so `waitUntilExit` would never return.
    static func run(_ program: String, _ arguments: [String], input: Data? = nil, in directory: String? = nil, environment: [String: String] = [:]) throws -> CommandRun {
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = "C.UTF-8"
        for (key, value) in environment { env[key] = value }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journey-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outPath = folder.appendingPathComponent("out").path
        let errPath = folder.appendingPathComponent("err").path
        let inPath = folder.appendingPathComponent("in").path
        _ = FileManager.default.createFile(atPath: inPath, contents: input ?? Data())

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // Glibc's addchdir is not visible to Swift; a shell changes directory and then execs.
        let command = directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0, program] + arguments } ?? [program] + arguments

        let argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "cannot run \(program): \(String(cString: strerror(spawned)))"])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return CommandRun(
            status: exitStatus,
            output: String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data(), as: UTF8.self),
            errors: String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data(), as: UTF8.self))
    }
}
