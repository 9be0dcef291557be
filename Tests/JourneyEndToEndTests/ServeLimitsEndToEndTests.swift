import Foundation
import Glibc
import Testing

/// `journey serve`'s bounds with real processes: the idle timeout, and the durations that set the
/// bounds. In the serialized suite of ``ServeEndToEndTests``.
extension ServeEndToEndTests {
    @Test func anIdleSessionIsClosedAfterTheTimeoutAndToldWhy() throws {
        let folder = try TemporaryFolder()
        let map = try Self.map(in: folder)
        let server = try ServeProcess([map, "--passphrase", Self.passphrase, "--idle-timeout", "3s"], folder: folder)
        #expect(server.output.contains("a session ends after 3 seconds without input"), "\(server.output)")

        let client = SSHClient(port: server.port, folder: folder)
        let join = try client.interactiveCommand(name: "ana", passphrase: Self.passphrase)
        let ana = try TmuxSession(join.command, width: 100, height: 30, directory: folder.url.path, environment: join.environment)
        try ana.waitFor(text: "Taller de prueba")
        try server.waitForOutput("ana's arrival") { $0.contains("+ ana joined to edit") }

        // Not before the timeout: a second and a half in, the editor is still there.
        Thread.sleep(forTimeInterval: 1.5)
        let early = try ana.screen()
        #expect(early.contains("Taller de prueba") && !early.contains("session closed"), "\(early)")
        #expect(!server.output.contains("closed after no input"))

        // Then the session ends, saying why on the participant's terminal, and the server goes on.
        try ana.waitFor(text: "journey serve: session closed after 3 seconds without input.", seconds: 8)
        try ana.waitFor(text: "EXITED")
        try server.waitForOutput("the closing logged") { $0.contains("- ana: closed after no input") && $0.contains("- ana left (0 sessions)") }
        #expect(server.isRunning)
    }

    @Test func durationsThatAreNotOneAreRefusedAtStart() throws {
        let folder = try TemporaryFolder()
        let map = try Self.map(in: folder)
        for (option, value) in [("--idle-timeout", "5x"), ("--idle-timeout", "0s"), ("--stall-timeout", "25h"), ("--stall-timeout", "1d")] {
            let run = try CommandRun.journey(["serve", map, "--listen", "127.0.0.1:0", option, value])
            #expect(run.status == 64, "\(option) \(value): \(run.errors)")
            #expect(run.errors.contains("journey serve: \(option) takes a duration from 1s to 24h, such as 90s, 30m or 1h30m (a bare number is minutes), not '\(value)'"),
                    "\(run.errors)")
        }
        let spanish = try CommandRun.journey(["serve", map, "--listen", "127.0.0.1:0", "--idle-timeout", "media hora", "--lang", "es"])
        #expect(spanish.status == 64)
        #expect(spanish.errors.contains("--idle-timeout admite una duración de 1s a 24h, como 90s, 30m o 1h30m (un número solo son minutos), no 'media hora'"),
                "\(spanish.errors)")

        // Both are in the help, in English and in Spanish.
        let help = try CommandRun.journey(["serve", "--help"])
        #expect(help.output.contains("--idle-timeout <duration>") && help.output.contains("--stall-timeout <duration>"), "\(help.output)")
        #expect(help.output.contains("(default: 30m)") && help.output.contains("(default: 60s)"))
        let ayuda = try CommandRun.journey(["serve", "--help", "--lang", "es"])
        #expect(ayuda.output.contains("--idle-timeout <duración>") && ayuda.output.contains("Cierra una sesión tras este tiempo sin actividad"), "\(ayuda.output)")
    }
}
