import Foundation
import Glibc
import Testing

/// A real `journey serve` running in the background on a free loopback port, its output going to
/// files the test reads, stopped (and, failing that, killed) at the end.
final class ServeProcess {
    let pid: pid_t
    let folder: TemporaryFolder
    /// The port it listens on, read from what it printed.
    private(set) var port = 0
    private var exitStatus: Int32?

    /// Starts `journey serve` with arguments (`--listen 127.0.0.1:0` is added), its host key in
    /// the folder's data folder, and waits until it prints how to join.
    init(_ arguments: [String], folder: TemporaryFolder) throws {
        self.folder = folder
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        environment["XDG_DATA_HOME"] = folder.path("data")
        environment.removeValue(forKey: "LANGUAGE")
        let command = [try JourneyBinary.path(), "serve"] + arguments + ["--listen", "127.0.0.1:0"]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, folder.path("serve.out"), O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, folder.path("serve.err"), O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
        guard spawned == 0 else {
            Issue.record("cannot start journey serve: \(String(cString: strerror(spawned)))")
            throw CancellationError()
        }
        self.pid = pid
        let printed = try waitForOutput("how to join") { $0.contains("ssh -p ") }
        guard let range = printed.range(of: #"ssh -p (\d+)"#, options: .regularExpression),
              let port = Int(printed[range].split(separator: " ").last ?? "") else {
            Issue.record("no port in:\n\(printed)")
            throw CancellationError()
        }
        self.port = port
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
    }

    /// What the server printed on standard output so far.
    var output: String { (try? folder.read("serve.out")) ?? "" }
    /// What it printed on standard error.
    var errors: String { (try? folder.read("serve.err")) ?? "" }

    /// Waits until the output satisfies `condition`, up to `seconds`.
    @discardableResult
    func waitForOutput(_ what: String, seconds: Double = 10, sourceLocation: Testing.SourceLocation = #_sourceLocation,
                       _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let text = output
            if condition(text) { return text }
            if !isRunning {
                Issue.record("journey serve ended before \(what):\n\(text)\n\(errors)", sourceLocation: sourceLocation)
                throw CancellationError()
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("Timed out waiting for \(what). Output:\n\(output)\n\(errors)", sourceLocation: sourceLocation)
        throw CancellationError()
    }

    /// Whether the server is still running.
    var isRunning: Bool {
        guard exitStatus == nil else { return false }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid {
            exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            return false
        }
        return true
    }

    /// Sends a signal and waits up to `seconds` for the server to end; returns its exit status.
    func stop(_ signal: Int32 = SIGTERM, seconds: Double = 15) -> Int32? {
        kill(pid, signal)
        let deadline = Date().addingTimeInterval(seconds)
        while isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        return exitStatus
    }

    /// The passphrase printed after `label` (`passphrase:`), the first or second one.
    func passphrase(_ index: Int = 0) -> String? {
        let lines = output.split(separator: "\n").filter { $0.contains("passphrase: ") }
        guard index < lines.count, let range = lines[index].range(of: "passphrase: ") else { return nil }
        return String(lines[index][range.upperBound...])
    }
}

/// The OpenSSH client, pointed at a `journey serve` on loopback with no configuration of the
/// user's: no known hosts kept, the passphrase given through SSH_ASKPASS, or a key file.
struct SSHClient {
    let port: Int
    let folder: TemporaryFolder

    /// The `ssh` executable; the test is skipped with a message when it is missing.
    static func executable(_ name: String = "ssh") throws -> String {
        guard let path = ["/usr/bin/\(name)", "/usr/local/bin/\(name)", "/bin/\(name)"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            Issue.record("\(name) is not installed: apt-get install openssh-client (the journey serve tests need it)")
            throw CancellationError()
        }
        return path
    }

    /// Options for a fresh, quiet client that gives up quickly.
    var commonOptions: [String] {
        ["-F", "/dev/null", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
         "-o", "ConnectTimeout=5", "-o", "IdentityAgent=none", "-o", "NumberOfPasswordPrompts=1"]
    }

    /// Options to log in with a passphrase (written to an askpass script).
    func passphraseOptions(_ passphrase: String) throws -> [String] {
        commonOptions + ["-o", "PreferredAuthentications=password", "-o", "PubkeyAuthentication=no"]
    }

    /// Options to log in with a key file only.
    func keyOptions(_ keyFile: String) -> [String] {
        commonOptions + ["-o", "PreferredAuthentications=publickey", "-o", "IdentitiesOnly=yes", "-o", "PasswordAuthentication=no", "-i", keyFile]
    }

    /// The environment that makes ssh read the passphrase from a script instead of a terminal.
    func askpassEnvironment(_ passphrase: String) throws -> [String: String] {
        let script = try folder.write("askpass-\(UUID().uuidString.prefix(6)).sh", "#!/bin/sh\nprintf '%s\\n' '\(passphrase)'\n")
        chmod(script, 0o700)
        return ["SSH_ASKPASS": script, "SSH_ASKPASS_REQUIRE": "force", "DISPLAY": ":0"]
    }

    /// An interactive `ssh -p PORT NAME@127.0.0.1` command line, for a tmux window.
    func interactiveCommand(name: String, passphrase: String) throws -> (command: String, environment: [String: String]) {
        let words = [try Self.executable()] + (try interactiveArguments(name: name, passphrase: passphrase))
        return (words.map { "'\($0)'" }.joined(separator: " "), try askpassEnvironment(passphrase))
    }

    /// The same with a key file instead of a passphrase.
    func interactiveCommand(name: String, keyFile: String) throws -> String {
        let words = [try Self.executable(), "-tt", "-p", "\(port)"] + keyOptions(keyFile) + ["\(name)@127.0.0.1"]
        return words.map { "'\($0)'" }.joined(separator: " ")
    }

    /// The arguments of an interactive ssh with a passphrase (given by ``askpassEnvironment(_:)``).
    func interactiveArguments(name: String, passphrase: String) throws -> [String] {
        ["-tt", "-p", "\(port)"] + (try passphraseOptions(passphrase)) + ["\(name)@127.0.0.1"]
    }

    /// Runs ssh (or sftp) to its end with a passphrase, without a terminal.
    func run(_ arguments: [String], passphrase: String, program: String = "ssh") throws -> CommandRun {
        try CommandRun.run(try Self.executable(program), arguments, environment: try askpassEnvironment(passphrase))
    }
}
