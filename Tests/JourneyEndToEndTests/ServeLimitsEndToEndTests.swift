import Foundation
import Glibc
import Testing

/// `journey serve`'s bounds with real processes: the durations that set them. In the serialized
/// suite of ``ServeEndToEndTests``.
extension ServeEndToEndTests {
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
