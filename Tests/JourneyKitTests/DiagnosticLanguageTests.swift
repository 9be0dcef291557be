import Glibc
import JourneyKit
import Testing

/// The problems a reader reports about a file, in English (as they always were) and in Spanish.
@Suite("Diagnostics in English and Spanish")
struct DiagnosticLanguageTests {
    /// The diagnostics of a `.journey` text that must not parse.
    func journeyDiagnostics(_ text: String, path: String = "m.journey") -> [Diagnostic] {
        do {
            _ = try JourneyParser.parse(text, path: path)
            Issue.record("the text parsed")
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// The diagnostics of bytes read as a map in a format.
    func fileDiagnostics(_ bytes: [UInt8], path: String, format: MapFormat) -> [Diagnostic] {
        do {
            _ = try MapFile.decode(bytes, path: path, format: format)
            Issue.record("the file was read")
            return []
        } catch {
            guard case .invalid(let problems) = error else {
                Issue.record("not a list of problems: \(error)")
                return []
            }
            return problems.diagnostics
        }
    }

    @Test func badEmotion() throws {
        let diagnostics = journeyDiagnostics("""
            journey 1
            [stage a]
            name: A
            [touchpoint t]
            name: T
            [cell a t]
            emotion: 7
            """)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.description == "m.journey:7:1: emotion must be a whole number from -2 to +2, found '7'")
        #expect(diagnostic.text(in: .english) == diagnostic.description)
        #expect(diagnostic.text(in: .spanish) == "m.journey:7:1: la emoción debe ser un número entero de -2 a +2; se encontró «7»")
    }

    @Test func duplicateStage() throws {
        let diagnostics = journeyDiagnostics("""
            journey 1
            [stage a]
            name: A
            [stage a]
            name: B
            """)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.description == "m.journey:4:1: a second stage with the key 'a' (first on line 2); keys must be unique")
        #expect(diagnostic.text(in: .spanish) == "m.journey:4:1: una segunda etapa con la clave «a» (la primera, en la línea 2); las claves no pueden repetirse")
    }

    @Test func invalidUTF8() throws {
        let bytes = Array("journey 1\ntitle: caf".utf8) + [0xE9] + Array("\n".utf8)
        let diagnostics = fileDiagnostics(bytes, path: "m.journey", format: .journey)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.description == "m.journey:2:11: the file is not valid UTF-8: byte 0xE9 cannot stand here; save the file as UTF-8")
        #expect(diagnostic.text(in: .spanish) == "m.journey:2:11: el archivo no es UTF-8 válido: el byte 0xE9 no puede ir aquí; guarde el archivo como UTF-8")
    }

    @Test func unresolvedMergeConflict() throws {
        let diagnostics = journeyDiagnostics("""
            journey 1
            <<<<<<< ours
            title: A
            =======
            title: B
            >>>>>>> theirs
            """)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.description == "m.journey:2:1: unresolved merge conflict")
        #expect(diagnostic.text(in: .spanish) == "m.journey:2:1: conflicto de fusión sin resolver")
    }

    @Test func quotedUserTextStaysEscaped() throws {
        let diagnostics = journeyDiagnostics("journey 1\nkind: \"a\\u{1B}[31m\"\n")
        let diagnostic = try #require(diagnostics.first)
        for language in Language.allCases {
            let text = diagnostic.text(in: language)
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B }, "\(text)")
            #expect(text.hasPrefix("m.journey:2:1: "), "\(text)")
        }
        #expect(diagnostic.text(in: .spanish).contains("tipo de mapa desconocido"))
    }

    @Test func errorListsEveryProblemInALanguage() throws {
        let error = DiagnosticError(journeyDiagnostics("""
            journey 1
            # a remark
            kind: nope
            """))
        #expect(error.description == """
            m.journey:2:1: a line may not start with '#': the format has no comments; put remarks in a note, or quote a value that starts with '#'
            m.journey:3:1: unknown map kind 'nope': expected one of current-state, future-state, day-in-the-life
            """)
        #expect(error.text(in: .spanish) == """
            m.journey:2:1: una línea no puede empezar por «#»: el formato no admite comentarios; ponga las observaciones en una nota, o escriba entre comillas un valor que empiece por «#»
            m.journey:3:1: tipo de mapa desconocido «nope»: se esperaba uno de estos: current-state, future-state, day-in-the-life
            """)
    }

    @Test func jsonTypeMismatchWithItsPath() throws {
        let json = #"{"version": 1, "stages": [{"name": "A"}], "touchpoints": [{"name": "T"}], "cells": [{"stage": "A", "touchpoint": "T", "emotion": "happy"}]}"#
        let diagnostic = try #require(fileDiagnostics(Array(json.utf8), path: "map.json", format: .json).first)
        #expect(diagnostic.description == #"map.json:1:130: cells[0].emotion: expected a whole number from -2 to 2, found "happy""#)
        #expect(diagnostic.text(in: .spanish) == #"map.json:1:130: cells[0].emotion: se esperaba un número entero de -2 a 2; se encontró "happy""#)
    }

    @Test func jsonUnknownKeyWithASuggestion() throws {
        let json = #"{"titel": "A"}"#
        let diagnostic = try #require(fileDiagnostics(Array(json.utf8), path: "map.json", format: .json).first)
        #expect(diagnostic.description == #"map.json:1:2: unknown key "titel" (did you mean "title"?): the keys of the document are version, title, persona, scenario, kind, language, stages, touchpoints, cells"#)
        #expect(diagnostic.text(in: .spanish) == #"map.json:1:2: clave desconocida "titel" (¿quería decir "title"?): las claves del documento son version, title, persona, scenario, kind, language, stages, touchpoints, cells"#)
    }

    @Test func jsonSyntaxErrorNamesTheCharacter() throws {
        let json = "{\"title\": \"A\",}"
        let diagnostic = try #require(fileDiagnostics(Array(json.utf8), path: "map.json", format: .json).first)
        #expect(diagnostic.description == "map.json:1:14: a comma after the last member of an object is not allowed in JSON: remove it")
        #expect(diagnostic.text(in: .spanish) == "map.json:1:14: JSON no admite una coma después del último miembro de un objeto: quítela")
        let array = try #require(fileDiagnostics(Array("[1 2]".utf8), path: "map.json", format: .json).first)
        #expect(array.description == "map.json:1:4: expected ',' or ']' after a value in an array, found '2'")
        #expect(array.text(in: .spanish) == "map.json:1:4: se esperaba «,» o «]» después de un valor en un array; se encontró «2»")
    }

    @Test func csvRowError() throws {
        let csv = "stage,touchpoint,emotion\nA,Web,3\n"
        let diagnostic = try #require(fileDiagnostics(Array(csv.utf8), path: "m.csv", format: .csv).first)
        #expect(diagnostic.description == "m.csv:2:7: row 2, column emotion: '3' is not an emotion; write a whole number from -2 to 2, or leave it empty")
        #expect(diagnostic.text(in: .english) == diagnostic.description)
        #expect(diagnostic.text(in: .spanish) == "m.csv:2:7: fila 2, columna emotion: «3» no es una emoción; escriba un número entero de -2 a 2, o déjela vacía")
    }

    @Test func csvItemLineCarriesTheJourneyReadersProblem() throws {
        let csv = "stage,touchpoint,pain_points\nA,Web,\"ok\nPrecio [votes lots]\"\n"
        let diagnostic = try #require(fileDiagnostics(Array(csv.utf8), path: "m.csv", format: .csv).first)
        #expect(diagnostic.description == "m.csv:3:1: row 2, column pain_points, line 2: votes must be a whole number from 0 to \(Item.maximumVotes), found 'lots'")
        #expect(diagnostic.text(in: .spanish) == "m.csv:3:1: fila 2, columna pain_points, línea 2: los votos deben ser un número entero de 0 a \(Item.maximumVotes); se encontró «lots»")
    }

    @Test func csvUnknownColumnsWarning() throws {
        let csv = "stage,touchpoint,extra\nA,Web,x\n"
        let read = try MapFormat.csv.importWithWarnings(Array(csv.utf8), path: "m.csv")
        let warning = try #require(read.warnings.first)
        #expect(warning.warningText(in: .english) == "m.csv:1:1: warning: row 1: journey does not know the column 'extra'; it is ignored")
        #expect(warning.warningText(in: .spanish) == "m.csv:1:1: aviso: fila 1: journey no conoce la columna «extra»; se ignora")
    }

    @Test func mermaidScoreWarning() throws {
        let diagram = "journey\n  section Compra\n    Pagar: 7: Ana\n    Esperar: 4.5\n"
        let read = try MapFormat.mermaid.importWithWarnings(Array(diagram.utf8), path: "d.mmd")
        #expect(read.warnings.map(\.description) == [
            "d.mmd:3:12: the score 7 is outside 1…5; read as 5, emotion +2",
            "d.mmd:4:14: the score 4.5 is not a whole number; read as 5, emotion +2",
        ])
        #expect(read.warnings.map { $0.warningText(in: .spanish) } == [
            "d.mmd:3:12: aviso: la puntuación 7 está fuera de 1…5; se lee como 5, emoción +2",
            "d.mmd:4:14: aviso: la puntuación 4.5 no es un número entero; se lee como 5, emoción +2",
        ])
    }

    @Test func mermaidProblem() throws {
        let diagram = "journey\n  Pagar: 3\n"
        let diagnostic = try #require(fileDiagnostics(Array(diagram.utf8), path: "d.mmd", format: .mermaid).first)
        #expect(diagnostic.description == "d.mmd:2:3: the task 'Pagar' stands before any section; put a 'section NAME' line above it")
        #expect(diagnostic.text(in: .spanish) == "d.mmd:2:3: la tarea «Pagar» está antes de cualquier sección; ponga encima una línea «section NOMBRE»")
    }
}

/// A control character in a file is named in the message's language: Spanish words in a Spanish
/// message, the English ones (unchanged) in English, and the same abbreviations and code points in both.
@Suite("Control characters named in English and Spanish")
struct ControlCharacterLanguageTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var input: String
        var path: String
        var format: MapFormat
        var english: String
        var spanish: String
        var testDescription: String { english }
    }

    static let journeyCases: [Case] = [
        Case(input: "journey 1\ntitle: a\rb\n", path: "m.journey", format: .journey,
             english: "m.journey:2:9: a control character (carriage return) cannot stand in a value; write it as an escape in a quoted value, such as \"\\t\" or \"\\u{1B}\"",
             spanish: "m.journey:2:9: un carácter de control (retorno de carro) no puede ir en un valor; escríbalo como secuencia de escape en un valor entre comillas, como \"\\t\" o \"\\u{1B}\""),
        Case(input: "journey 1\n[stage a\u{8}b]\n", path: "m.journey", format: .journey,
             english: "m.journey:2:9: a control character (backspace) cannot stand in a block header",
             spanish: "m.journey:2:9: un carácter de control (retroceso) no puede ir en la cabecera de un bloque"),
        Case(input: "journey 1\nti\u{C}tle: x\n", path: "m.journey", format: .journey,
             english: "m.journey:2:3: a control character (form feed) cannot stand in a field key; keys are letters, digits, '-' and '_'",
             spanish: "m.journey:2:3: un carácter de control (salto de página) no puede ir en la clave de un campo; las claves son letras, dígitos, «-» y «_»"),
        Case(input: "journey 1\ntitle: \"a\u{1B}b\"\n", path: "m.journey", format: .journey,
             english: "m.journey:2:10: a control character (ESC) cannot stand in a value; write it as an escape such as \\u{1B}",
             spanish: "m.journey:2:10: un carácter de control (ESC) no puede ir en un valor; escríbalo como secuencia de escape, como \\u{1B}"),
        Case(input: "journey 1\n[stage a]\nnote:\n| a\u{7}b\n", path: "m.journey", format: .journey,
             english: "m.journey:4:4: a control character (BEL) cannot stand in a value; use a quoted value with escapes instead",
             spanish: "m.journey:4:4: un carácter de control (BEL) no puede ir en un valor; use en su lugar un valor entre comillas con secuencias de escape"),
        Case(input: "journey 1\ntitle: a\u{7F}\n", path: "m.journey", format: .journey,
             english: "m.journey:2:9: a control character (DEL) cannot stand in a value; write it as an escape in a quoted value, such as \"\\t\" or \"\\u{1B}\"",
             spanish: "m.journey:2:9: un carácter de control (DEL) no puede ir en un valor; escríbalo como secuencia de escape en un valor entre comillas, como \"\\t\" o \"\\u{1B}\""),
        Case(input: "journey 1\n[stage a]\nname: A\n[touchpoint t]\nname: T\n[cell a t]\npain: \"x\"  [stamp 2\u{85}]\n", path: "m.journey", format: .journey,
             english: "m.journey:7:20: a control character (U+0085) cannot stand in an attribute",
             spanish: "m.journey:7:20: un carácter de control (U+0085) no puede ir en un atributo"),
    ]

    static let jsonCases: [Case] = [
        Case(input: "{\"title\": \"a\u{8}b\"}", path: "map.json", format: .json,
             english: "map.json:1:13: title: a control character (backspace) cannot stand raw inside a string: write it as \\u0008",
             spanish: "map.json:1:13: title: un carácter de control (retroceso) no puede ir tal cual dentro de una cadena: escríbalo como \\u0008"),
        Case(input: "{\"title\": \"a\u{0}b\"}", path: "map.json", format: .json,
             english: "map.json:1:13: title: a control character (NUL) cannot stand raw inside a string: write it as \\u0000",
             spanish: "map.json:1:13: title: un carácter de control (NUL) no puede ir tal cual dentro de una cadena: escríbalo como \\u0000"),
        Case(input: "{\u{C}}", path: "map.json", format: .json,
             english: "map.json:1:2: expected a key in double quotes, found a control character (form feed)",
             spanish: "map.json:1:2: se esperaba una clave entre comillas dobles; se encontró un carácter de control (salto de página)"),
        Case(input: "{\"title\": \"a\\\tb\"}", path: "map.json", format: .json,
             english: "map.json:1:13: title: unknown escape '\\tab': JSON strings know \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX",
             spanish: "map.json:1:13: title: secuencia de escape desconocida «\\tabulador»: las cadenas JSON admiten \\\" \\\\ \\/ \\b \\f \\n \\r \\t y \\uXXXX"),
        Case(input: "{\"title\": \"a\\\nb\"}", path: "map.json", format: .json,
             english: "map.json:1:13: title: unknown escape '\\line feed': JSON strings know \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX",
             spanish: "map.json:1:13: title: secuencia de escape desconocida «\\salto de línea»: las cadenas JSON admiten \\\" \\\\ \\/ \\b \\f \\n \\r \\t y \\uXXXX"),
        Case(input: "[1]\u{1B}", path: "map.json", format: .json,
             english: "map.json:1:4: unexpected a control character (ESC) after the end of the document: a JSON file holds one value",
             spanish: "map.json:1:4: se encontró un carácter de control (ESC) después del final del documento: un archivo JSON contiene un solo valor"),
    ]

    /// The first problem found reading `input`.
    func firstDiagnostic(_ test: Case) throws -> Diagnostic {
        do {
            _ = try MapFile.decode(Array(test.input.utf8), path: test.path, format: test.format)
        } catch {
            guard case .invalid(let problems) = error else { throw error }
            return try #require(problems.diagnostics.first)
        }
        Issue.record("the file was read")
        throw CancellationError()
    }

    @Test(arguments: journeyCases + jsonCases)
    func namedInBothLanguages(_ test: Case) throws {
        let diagnostic = try firstDiagnostic(test)
        #expect(diagnostic.description == test.english)
        #expect(diagnostic.text(in: .english) == test.english)
        #expect(diagnostic.text(in: .spanish) == test.spanish)
    }

    /// A line of a CSV list column is read by the `.journey` reader, and names its control characters the same way.
    @Test func csvListLineNamesTheControlInSpanish() throws {
        let csv = "stage,touchpoint,pain_points\nA,Web,\"ok\nPrecio\u{1B}alto\"\n"
        let diagnostic = try firstDiagnostic(Case(input: csv, path: "m.csv", format: .csv, english: "", spanish: ""))
        #expect(diagnostic.description.contains("a control character (ESC)"), "\(diagnostic)")
        #expect(diagnostic.text(in: .spanish).contains("un carácter de control (ESC)"), "\(diagnostic.text(in: .spanish))")
        // A carriage return ends a line of the cell; a form feed reaches the `.journey` reader.
        let withFormFeed = "stage,touchpoint,pain_points\nA,Web,\"ok\nPrecio\u{C}alto\"\n"
        let fed = try firstDiagnostic(Case(input: withFormFeed, path: "m.csv", format: .csv, english: "", spanish: ""))
        #expect(fed.description == "m.csv:3:1: row 2, column pain_points, line 2: a control character (form feed) cannot stand in a value; write it as an escape in a quoted value, such as \"\\t\" or \"\\u{1B}\"")
        #expect(fed.text(in: .spanish) == "m.csv:3:1: fila 2, columna pain_points, línea 2: un carácter de control (salto de página) no puede ir en un valor; escríbalo como secuencia de escape en un valor entre comillas, como \"\\t\" o \"\\u{1B}\"")
    }
}

/// File errors speak both languages too.
@Suite("File errors in both languages")
struct FileErrorLanguageTests {
    @Test func aSystemFailureAndASaveProblemReadInBothLanguages() {
        let full = FileError(path: "mapa.journey", operation: "cannot write", errno: ENOSPC)
        #expect(full.description == "mapa.journey: cannot write: the disk is full")
        #expect(full.text(in: .spanish) == "mapa.journey: no se puede escribir: el disco está lleno")
        let folder = FileError(path: "clientes", problem: .folderMissing("clientes/2026"))
        #expect(folder.reason == "cannot save: the folder clientes/2026 does not exist")
        #expect(folder.reason(in: .spanish) == "no se puede guardar: la carpeta clientes/2026 no existe")
    }
}
