import Foundation
import Glibc
import Testing

/// `journey serve` with real processes: the server, Debian's OpenSSH client in tmux, and the
/// editor each participant gets on a pseudo-terminal of its own.
@Suite(.serialized)
struct ServeEndToEndTests {
    static let passphrase = "amber otter violin"

    /// A map with one stage and one touchpoint to edit.
    /// Types a note into the cursor's cell through a participant's session, saves, and checks
    /// that the map's file holds it.
    static func writeNoteAndSave(_ note: String, in session: TmuxSession, map: String) throws {
        try session.keys("Enter")
        try session.type(note)
        try session.keys("Enter", "C-s")
        try session.waitFor(text: "Saved")
        #expect(try String(contentsOfFile: map, encoding: .utf8).contains(note))
    }

    static func map(in folder: TemporaryFolder) throws -> String {
        let run = try CommandRun.journey(["new", folder.path("taller.journey"), "--template", "five-stage", "--title", "Taller de prueba"])
        #expect(run.status == 0, "\(run.errors)")
        return folder.path("taller.journey")
    }

    @Test func aParticipantJoinsWithThePassphraseAndEditsTheMap() throws {
        let folder = try TemporaryFolder()
        let map = try Self.map(in: folder)
        let server = try ServeProcess([map, "--passphrase", Self.passphrase], folder: folder)
        let printed = server.output
        #expect(printed.contains("ssh -p \(server.port) NAME@127.0.0.1"))
        #expect(printed.contains("passphrase: \(Self.passphrase)"))

        // The host key: kept private in the data folder, its fingerprint the one ssh sees.
        let keyPath = folder.path("data/journey/ssh_host_ed25519_key")
        let attributes = try FileManager.default.attributesOfItem(atPath: keyPath)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let scan = try CommandRun.run("/bin/sh", ["-c", "ssh-keyscan -t ed25519 -p \(server.port) 127.0.0.1 2>/dev/null | ssh-keygen -lf -"])
        let fingerprint = scan.output.split(separator: " ").dropFirst().first.map(String.init) ?? "(none)"
        #expect(printed.contains("fingerprint: \(fingerprint)"), "ssh-keyscan saw \(scan.output)")

        let client = SSHClient(port: server.port, folder: folder)
        let join = try client.interactiveCommand(name: "ana", passphrase: Self.passphrase)
        let tmux = try TmuxSession(join.command, width: 100, height: 30, directory: folder.url.path, environment: join.environment)
        try tmux.waitFor(text: "Taller de prueba")
        try server.waitForOutput("ana's arrival") { $0.contains("+ ana joined to edit from 127.0.0.1") }

        try Self.writeNoteAndSave("Dicho por ssh", in: tmux, map: map)

        // Stopping the server ends the editor (its terminal restored) and the connection, and
        // the participant is told why.
        #expect(server.stop(SIGTERM) == 0)
        #expect(server.output.contains("Stopped."))
        let last = try tmux.waitFor(text: "EXITED")
        #expect(last.contains("journey serve: the server is stopping."), "\(last)")
    }

    @Test func aWrongPassphraseAndAnUnknownKeyAreRefused() throws {
        let folder = try TemporaryFolder()
        let map = try Self.map(in: folder)
        let keygen = try SSHClient.executable("ssh-keygen")
        for name in ["known", "unknown"] {
            let made = try CommandRun.run(keygen, ["-q", "-t", "ed25519", "-N", "", "-C", name, "-f", folder.path(name)])
            #expect(made.status == 0, "\(made.errors)")
        }
        try FileManager.default.copyItem(atPath: folder.path("known.pub"), toPath: folder.path("authorized_keys"))
        let server = try ServeProcess([map, "--passphrase", Self.passphrase, "--authorized-keys", folder.path("authorized_keys")], folder: folder)
        let client = SSHClient(port: server.port, folder: folder)
        let ssh = try SSHClient.executable()

        let wrong = try client.run(["-p", "\(server.port)"] + (try client.passphraseOptions("amber otter cello")) + ["mallory@127.0.0.1", "true"],
                                   passphrase: "amber otter cello")
        #expect(wrong.status == 255)
        #expect(wrong.errors.contains("Permission denied"))

        let unknown = try CommandRun.run(ssh, ["-p", "\(server.port)"] + client.keyOptions(folder.path("unknown")) + ["eve@127.0.0.1", "true"])
        #expect(unknown.status == 255)
        #expect(unknown.errors.contains("Permission denied"))
        try server.waitForOutput("both refusals logged") {
            $0.contains("refused 'mallory' from 127.0.0.1") && $0.contains("refused 'eve' from 127.0.0.1")
        }

        // The authorized key gets in (and its command is refused: only the editor is served).
        let known = try CommandRun.run(ssh, ["-p", "\(server.port)"] + client.keyOptions(folder.path("known")) + ["ana@127.0.0.1", "true"])
        #expect(!known.errors.contains("Permission denied"), "\(known.errors)")
        #expect(known.errors.contains("exec request failed"))
        try server.waitForOutput("the key's command refused") { $0.contains("refused from 'ana': a command (exec)") }
    }

    @Test func aParticipantWithAnAuthorizedECDSAKeyJoinsAndAnotherECDSAKeyIsRefused() throws {
        let folder = try TemporaryFolder()
        let map = try Self.map(in: folder)
        let keygen = try SSHClient.executable("ssh-keygen")
        for name in ["ana-ecdsa", "eve-ecdsa"] {
            let made = try CommandRun.run(keygen, ["-q", "-t", "ecdsa", "-b", "256", "-N", "", "-C", name, "-f", folder.path(name)])
            #expect(made.status == 0, "\(made.errors)")
        }
        let anasKey = try folder.read("ana-ecdsa.pub")
        #expect(anasKey.hasPrefix("ecdsa-sha2-nistp256 "))
        try folder.write("authorized_keys", "# the facilitator's team\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 luis@old-laptop\n" + anasKey)
        // Keys alone: no passphrase is made, so the key is the only way in.
        let server = try ServeProcess([map, "--authorized-keys", folder.path("authorized_keys")], folder: folder)
        #expect(server.output.contains("with a key from --authorized-keys"), "\(server.output)")
        // The RSA line is named as skipped, and ana's line is not.
        let keysFile = folder.path("authorized_keys")
        #expect(server.errors.contains("\(keysFile):2: skipped: 'ssh-rsa' is not an Ed25519 or ECDSA key"), "\(server.errors)")
        #expect(!server.errors.contains("\(keysFile):3"), "\(server.errors)")
        let client = SSHClient(port: server.port, folder: folder)

        let other = try CommandRun.run(try SSHClient.executable(), ["-p", "\(server.port)"] + client.keyOptions(folder.path("eve-ecdsa")) + ["eve@127.0.0.1"])
        #expect(other.status == 255)
        #expect(other.errors.contains("Permission denied"), "\(other.errors)")
        try server.waitForOutput("eve's refusal") { $0.contains("refused 'eve' from 127.0.0.1") }

        let ana = try TmuxSession(try client.interactiveCommand(name: "ana", keyFile: folder.path("ana-ecdsa")), width: 100, height: 30,
                                  directory: folder.url.path)
        try ana.waitFor(text: "Taller de prueba")
        try server.waitForOutput("ana's arrival") { $0.contains("+ ana joined to edit from 127.0.0.1 (1 session)") }
        #expect(!server.output.contains("refused 'ana'"))
        try Self.writeNoteAndSave("Con clave ECDSA", in: ana, map: map)
    }

    @Test func commandsSftpAndForwardingAreRefused() throws {
        let folder = try TemporaryFolder()
        let map = try Self.map(in: folder)
        let before = try String(contentsOfFile: map, encoding: .utf8)
        let server = try ServeProcess([map, "--passphrase", Self.passphrase], folder: folder)
        let client = SSHClient(port: server.port, folder: folder)
        let login = try client.passphraseOptions(Self.passphrase)
        let target = "ana@127.0.0.1"

        let exec = try client.run(["-p", "\(server.port)"] + login + [target, "echo hacked > \(folder.path("hacked"))"], passphrase: Self.passphrase)
        #expect(exec.status != 0)
        #expect(exec.errors.contains("exec request failed"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("hacked")))

        let sftp = try client.run(["-P", "\(server.port)"] + login + [target], passphrase: Self.passphrase, program: "sftp")
        #expect(sftp.status != 0)
        #expect(sftp.errors.contains("subsystem request failed"))

        // -W is a direct-tcpip channel, as -L opens for each connection it forwards.
        let local = try client.run(["-p", "\(server.port)"] + login + ["-W", "127.0.0.1:\(server.port)", target], passphrase: Self.passphrase)
        #expect(local.status == 255)
        #expect(local.errors.contains("forwarding failed"))

        let remote = try client.run(["-p", "\(server.port)"] + login + ["-o", "ExitOnForwardFailure=yes", "-N", "-R", "0:127.0.0.1:\(server.port)", target],
                                    passphrase: Self.passphrase)
        #expect(remote.status == 255)
        #expect(remote.errors.contains("forwarding failed"))

        try server.waitForOutput("the refusals logged") {
            $0.contains("a command (exec)") && $0.contains("the subsystem sftp") && $0.contains("direct-tcpip") && $0.contains("tcpip-forward")
        }
        #expect(try String(contentsOfFile: map, encoding: .utf8) == before)
        #expect(server.isRunning)
    }

    @Test func theSessionBeyondTheLimitIsRefusedWithAMessage() throws {
        let folder = try TemporaryFolder()
        let map = try Self.map(in: folder)
        let server = try ServeProcess([map, "--passphrase", Self.passphrase, "--max-sessions", "1"], folder: folder)
        let client = SSHClient(port: server.port, folder: folder)
        let first = try client.interactiveCommand(name: "ana", passphrase: Self.passphrase)
        let ana = try TmuxSession(first.command, directory: folder.url.path, environment: first.environment)
        try ana.waitFor(text: "Taller de prueba")

        let second = try client.interactiveCommand(name: "luis", passphrase: Self.passphrase)
        let luis = try TmuxSession(second.command, directory: folder.url.path, environment: second.environment)
        try luis.waitFor(text: "the most this server allows")
        try luis.waitFor(text: "EXITED 1")
        try server.waitForOutput("the refusal logged") { $0.contains("refused 'luis': already 1 session") }
        #expect(!server.output.contains("+ luis joined"))
        // The first session goes on.
        try ana.keys("l")
        #expect(try ana.screen().contains("Taller de prueba"))
    }

    @Test func aKilledClientLeavesTheServerAndTheOthersRunning() throws {
        let folder = try TemporaryFolder()
        let map = try Self.map(in: folder)
        let server = try ServeProcess([map, "--passphrase", Self.passphrase], folder: folder)
        let client = SSHClient(port: server.port, folder: folder)
        let first = try client.interactiveCommand(name: "ana", passphrase: Self.passphrase)
        let ana = try TmuxSession(first.command, directory: folder.url.path, environment: first.environment)
        try ana.waitFor(text: "Taller de prueba")
        let second = try client.interactiveCommand(name: "luis", passphrase: Self.passphrase)
        let luis = try TmuxSession(second.command, directory: folder.url.path, environment: second.environment)
        try luis.waitFor(text: "Taller de prueba")
        try server.waitForOutput("two sessions") { $0.contains("(2 sessions)") }

        guard let ssh = ana.programProcessID() else {
            Issue.record("no ssh process in ana's window")
            return
        }
        kill(ssh, SIGKILL)
        try server.waitForOutput("ana's departure") { $0.contains("- ana left (1 session)") }
        #expect(server.isRunning)

        try Self.writeNoteAndSave("Sigue vivo", in: luis, map: map)
    }

    @Test func aViewersKeysChangeNothing() throws {
        let folder = try TemporaryFolder()
        let map = try Self.map(in: folder)
        let before = try String(contentsOfFile: map, encoding: .utf8)
        let server = try ServeProcess([map, "--passphrase", Self.passphrase, "--viewers"], folder: folder)
        guard let viewerPassphrase = server.passphrase(1) else {
            Issue.record("no viewers' passphrase in:\n\(server.output)")
            return
        }
        #expect(viewerPassphrase != Self.passphrase)
        let client = SSHClient(port: server.port, folder: folder)
        let join = try client.interactiveCommand(name: "vera", passphrase: viewerPassphrase)
        let vera = try TmuxSession(join.command, width: 100, height: 30, directory: folder.url.path, environment: join.environment)
        try vera.waitFor(text: "Taller de prueba")
        try server.waitForOutput("vera's arrival") { $0.contains("+ vera joined as a viewer") }

        try vera.keys("Enter")
        try vera.waitFor(text: "read-only")
        try vera.keys("Escape")
        try vera.type("4")
        try vera.keys("C-s")
        try vera.type(":title Cambiado")
        try vera.keys("Enter")
        try vera.waitFor(text: "read-only")
        try vera.type(":q")
        try vera.keys("Enter")
        try vera.waitFor(text: "EXITED")
        #expect(try String(contentsOfFile: map, encoding: .utf8) == before)
    }
}
