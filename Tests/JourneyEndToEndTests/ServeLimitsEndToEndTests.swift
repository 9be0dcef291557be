import Foundation
import Glibc
import Testing

/// `journey serve`'s bounds with real processes: the idle timeout, the drop of a client that stops
/// reading, and the durations that set them. In the serialized suite of ``ServeEndToEndTests``.
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

    @Test func aClientThatStopsReadingIsDroppedWhileTheOthersGoOn() throws {
        let folder = try TemporaryFolder()
        let map = try folder.write("denso.journey", Self.denseMap())
        let server = try ServeProcess([map, "--passphrase", Self.passphrase, "--stall-timeout", "3s"], folder: folder)
        #expect(server.output.contains("a connection that stops reading is dropped after 3 seconds"), "\(server.output)")
        let client = SSHClient(port: server.port, folder: folder)
        let first = try client.interactiveCommand(name: "ana", passphrase: Self.passphrase)
        let ana = try TmuxSession(first.command, width: 100, height: 30, directory: folder.url.path, environment: first.environment)
        try ana.waitFor(text: "Taller denso")

        // lento: an ssh client in a large terminal whose output the test reads only until the map
        // is on screen, and then no more.
        let lento = try UnreadSSHClient(arguments: try client.interactiveArguments(name: "lento", passphrase: Self.passphrase),
                                        width: 250, height: 80, directory: folder.url.path, environment: try client.askpassEnvironment(Self.passphrase))
        try lento.readUntil(text: "Taller denso")
        try server.waitForOutput("lento's arrival") { $0.contains("+ lento joined to edit") && $0.contains("(2 sessions)") }

        // Each Ctrl-L repaints lento's screen, some 36 KB: after some 60 of them, ssh's window and
        // the buffers on the way (2 MB and more) are full and the server has to hold back. Until
        // lento is dropped, ana moves her cursor after every few, and the move must be on her
        // screen within two seconds: the drop comes 3 seconds into the hold-up, so some of these
        // moves are made while lento's output is held back.
        var moves = 0
        let started = Date(), deadline = started.addingTimeInterval(20)
        while !server.output.contains("dropped 'lento'") && Date() < deadline {
            for _ in 0..<5 {
                lento.send("\u{0C}")
                Thread.sleep(forTimeInterval: 0.02)
            }
            moves += 1
            try ana.keys(moves % 2 == 1 ? "l" : "h")
            try ana.waitFor(text: moves % 2 == 1 ? "2/8 · 1/10" : "1/8 · 1/10", seconds: 2)
        }
        // The hold-up began after the first Ctrl-L, and lasted 3 seconds before the drop.
        #expect(Date().timeIntervalSince(started) >= 3, "lento was dropped before its output had been held back 3 seconds")
        #expect(moves >= 2)

        // lento is dropped for not reading: their editor ends and their slot is free again.
        try server.waitForOutput("lento dropped", seconds: 10) {
            $0.contains("! dropped 'lento': the connection stopped reading") && $0.contains("- lento left (1 session)")
        }
        // ssh ends as it does when a connection is cut: status 255.
        #expect(lento.waitForExit(seconds: 10) == 255)
        #expect(server.isRunning)
        #expect(!server.output.contains("dropped 'ana'"))

        // And ana edits and saves as usual.
        try Self.writeNoteAndSave("Sigue vivo", in: ana, map: map)
    }

    @Test func durationsThatAreNotOneAreRefusedAtStart() throws {
        let folder = try TemporaryFolder()
        let map = try Self.map(in: folder)
        for (option, value) in [("--idle-timeout", "5x"), ("--idle-timeout", "0s"), ("--stall-timeout", "25h"), ("--stall-timeout", "1d")] {
            let run = try Self.serveRefusal([map, option, value])
            #expect(run.status == 64, "\(option) \(value): \(run.errors)")
            #expect(run.errors.contains("journey serve: \(option) takes a duration from 1s to 24h, such as 90s, 30m or 1h30m (a bare number is minutes), not '\(value)'"),
                    "\(run.errors)")
        }
        let spanish = try Self.serveRefusal([map, "--idle-timeout", "media hora", "--lang", "es"])
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

    /// Keys alone let editors in: a file without one the server accepts is refused at start,
    /// rather than a server nobody could join; with a passphrase as well, it starts.
    @Test func keysNoneOfWhichIsUsableAreRefusedAtStart() throws {
        let folder = try TemporaryFolder()
        let map = try Self.map(in: folder)
        let keys = try folder.write("keys", "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 old@laptop\n# a comment\n")
        let run = try Self.serveRefusal([map, "--authorized-keys", keys])
        #expect(run.status == 1, "\(run.errors)")
        #expect(run.errors.contains("holds no key journey serve accepts (Ed25519 or ECDSA) and no --passphrase was given: nobody could join."), "\(run.errors)")
        let spanish = try Self.serveRefusal([map, "--authorized-keys", keys, "--lang", "es"])
        #expect(spanish.status == 1)
        #expect(spanish.errors.contains("no contiene ninguna clave que journey serve acepte"), "\(spanish.errors)")
        // With a passphrase too, the server starts (and is stopped by the timeout).
        let started = try CommandRun.run("/usr/bin/timeout", ["2", try JourneyBinary.path(), "serve", map, "--authorized-keys", keys,
                                                              "--passphrase", "taza gato leche", "--listen", "127.0.0.1:0"])
        #expect(started.status == 124, "\(started.errors)")
    }

    /// Runs `journey serve` with arguments that it must refuse; a server that starts instead is
    /// stopped after 10 seconds (status 124), so that the test fails rather than waits forever.
    static func serveRefusal(_ arguments: [String]) throws -> CommandRun {
        try CommandRun.run("/usr/bin/timeout", ["10", try JourneyBinary.path(), "serve"] + arguments + ["--listen", "127.0.0.1:0"])
    }

    /// A map whose every cell is full, titled "Taller denso": at 250×80 a repaint is some 36 KB.
    static func denseMap() -> String {
        var lines = ["journey 1", "title: Taller denso", "kind: current-state", ""]
        for stage in 0..<8 { lines += ["[stage s\(stage)]", "name: Etapa \(stage)", ""] }
        for touchpoint in 0..<10 { lines += ["[touchpoint t\(touchpoint)]", "name: Punto \(touchpoint)", ""] }
        for stage in 0..<8 {
            for touchpoint in 0..<10 {
                lines += ["[cell s\(stage) t\(touchpoint)]",
                          "note: " + String(repeating: "Una nota larga que llena la celda de texto \(stage) \(touchpoint) ", count: 4),
                          "emotion: \((stage + touchpoint) % 5 - 2)", "pain: Algo duele aquí de verdad", "opportunity: Algo mejor", ""]
            }
        }
        return lines.joined(separator: "\n")
    }
}
