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
        try check(file: "mapa.journey", holding: Self.broken, arguments, environment: environment)
    }

    /// Runs `journey check` on a file of that name holding `text`, with extra arguments and environment.
    func check(file name: String, holding text: String, _ arguments: [String], environment: [String: String] = [:]) throws -> CommandRun {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journey-diag-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        return try CommandRun.journey(["check", name] + arguments, in: folder.path, environment: environment)
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

    /// A control character is named in the language of the message, never in English inside Spanish.
    @Test func controlCharacterNamedInSpanishInAJourneyFile() throws {
        let map = "journey 1\ntitle: Compra\ronline\n"
        let spanish = try check(file: "mapa.journey", holding: map, ["--lang", "es"])
        #expect(spanish.status == 1)
        #expect(spanish.errors == "mapa.journey:2:14: un carácter de control (retorno de carro) no puede ir en un valor; escríbalo como secuencia de escape en un valor entre comillas, como \"\\t\" o \"\\u{1B}\"\n")
        let english = try check(file: "mapa.journey", holding: map, ["--lang", "en"])
        #expect(english.status == 1)
        #expect(english.errors == "mapa.journey:2:14: a control character (carriage return) cannot stand in a value; write it as an escape in a quoted value, such as \"\\t\" or \"\\u{1B}\"\n")
    }

    @Test func controlCharacterNamedInSpanishInAJSONFile() throws {
        let json = "{\"version\": 1, \"title\": \"Compra\u{8}online\"}"
        let spanish = try check(file: "mapa.json", holding: json, ["--lang", "es"])
        #expect(spanish.status == 1)
        #expect(spanish.errors == "mapa.json:1:32: title: un carácter de control (retroceso) no puede ir tal cual dentro de una cadena: escríbalo como \\u0008\n")
        let english = try check(file: "mapa.json", holding: json, ["--lang", "en"])
        #expect(english.status == 1)
        #expect(english.errors == "mapa.json:1:32: title: a control character (backspace) cannot stand raw inside a string: write it as \\u0008\n")
    }
}
