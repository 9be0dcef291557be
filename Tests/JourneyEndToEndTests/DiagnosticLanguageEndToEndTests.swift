import Foundation
import Testing

/// `journey check` reports a broken file's problems in the interface's language.
@Suite("Diagnostics in the interface language")
struct DiagnosticLanguageEndToEndTests {
    static let broken = """
        journey 1
        [stage a]
        name: A
        [touchpoint t]
        name: T
        [cell a t]
        emotion: 7

        """

    /// Runs `journey check` on the broken map with extra arguments and environment.
    func check(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandRun {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journey-diag-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.broken.write(to: folder.appendingPathComponent("mapa.journey"), atomically: true, encoding: .utf8)
        return try CommandRun.journey(["check", "mapa.journey"] + arguments, in: folder.path, environment: environment)
    }

    static let english = "mapa.journey:7:1: emotion must be a whole number from -2 to +2, found '7'\n"
    static let spanish = "mapa.journey:7:1: la emoción debe ser un número entero de -2 a +2; se encontró «7»\n"

    @Test func spanishByOption() throws {
        let run = try check(["--lang", "es"])
        #expect(run.status == 1)
        #expect(run.errors == Self.spanish)
    }

    @Test func spanishByEnvironment() throws {
        let run = try check([], environment: ["LANG": "es_ES.UTF-8", "LC_ALL": ""])
        #expect(run.status == 1)
        #expect(run.errors == Self.spanish)
    }

    @Test func englishByDefaultAndByOption() throws {
        let plain = try check([])
        #expect(plain.status == 1)
        #expect(plain.errors == Self.english)
        let chosen = try check(["--lang", "en"], environment: ["LANG": "es_ES.UTF-8", "LC_ALL": ""])
        #expect(chosen.status == 1)
        #expect(chosen.errors == Self.english)
    }
}
