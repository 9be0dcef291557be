import Foundation
import Testing

/// The command line in English and Spanish: help, ArgumentParser's own words, messages, errors
/// and plurals, chosen by the environment or by `--lang`.
@Suite("Command line languages")
struct CommandLineLanguageTests {
    static let spanish = ["LANG": "es_ES.UTF-8", "LC_ALL": ""]

    @Test func rootHelpInBothLanguages() throws {
        let english = try CommandRun.journey(["--help"])
        #expect(english.status == 0)
        for text in ["OVERVIEW: Map customer journeys", "USAGE: journey", "OPTIONS:", "SUBCOMMANDS:", "edit (default)",
                     "Show help information.", "--lang <en|es>", "See 'journey help <subcommand>' for detailed help."] {
            #expect(english.output.contains(text), "\(text)")
        }
        let spanish = try CommandRun.journey(["--lang", "es", "--help"])
        #expect(spanish.status == 0)
        for text in ["RESUMEN: Mapas de experiencia del cliente", "USO:   journey", "OPCIONES:", "SUBCOMANDOS:",
                     "edit (predeterminado)", "Muestra esta ayuda.", "Muestra la versión.", "Comprueba que los archivos de mapa son válidos.",
                     "Consulte 'journey help <subcomando>' para ver la ayuda detallada."] {
            #expect(spanish.output.contains(text), "\(text)")
        }
        for text in ["OVERVIEW", "USAGE", "OPTIONS", "SUBCOMMANDS", "Show help", "(default)", "Check that map files", "See '"] {
            #expect(!spanish.output.contains(text), "\(text)")
        }
        // The environment chooses the same, and --lang overrides it either way.
        #expect(try CommandRun.journey(["--help"], environment: Self.spanish).output == spanish.output)
        #expect(try CommandRun.journey(["--help", "--lang=en"], environment: Self.spanish).output == english.output)
    }

    @Test func subcommandHelpInBothLanguages() throws {
        let english = try CommandRun.journey(["check", "--help"])
        #expect(english.status == 0)
        // Help wraps at the terminal's width; the words are compared with white space folded.
        let fold = { (text: String) in text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        for text in ["USAGE: journey check <file> ...", "ARGUMENTS:", "OPTIONS:", "Print nothing for valid files.", "(journey, json, mermaid (mmd) or csv)"] {
            #expect(fold(english.output).contains(text), "\(text)")
        }
        let spanish = try CommandRun.journey(["check", "--help"], environment: Self.spanish)
        #expect(spanish.status == 0)
        for text in ["USO: journey check <archivo> ...", "ARGUMENTOS:", "OPCIONES:", "No imprime nada de los archivos válidos.",
                     "(journey, json, mermaid (mmd) o csv)", "--lang <en|es>", "Muestra esta ayuda."] {
            #expect(fold(spanish.output).contains(text), "\(text)")
        }
        #expect(!spanish.output.contains("ARGUMENTS:"))
        #expect(try CommandRun.journey(["help", "check", "--lang", "es"]).output == spanish.output)
    }

    @Test func parserErrorsInBothLanguages() throws {
        let english = try CommandRun.journey(["check"])
        #expect(english.status == 64)
        #expect(english.errors == """
            Error: Missing expected argument '<file> ...'
            Help:  <file>  The map files to check, or - for standard input.
            Usage: journey check <file> ... [--quiet] [--format <format>] [--lang <en|es>]
              See 'journey check --help' for more information.

            """)
        let spanish = try CommandRun.journey(["check"], environment: Self.spanish)
        #expect(spanish.status == 64)
        #expect(spanish.errors == """
            Error: Falta el argumento '<archivo> ...'
            Ayuda: <archivo>  Los archivos de mapa que comprobar, o - para la entrada estándar.
            Uso:   journey check <archivo> ... [--quiet] [--format <formato>] [--lang <en|es>]
              Consulte 'journey check --help' para más información.

            """)
        let unknownOption = try CommandRun.journey(["--lang", "es", "check", "--frobnicate", "x.journey"])
        #expect(unknownOption.status == 64)
        #expect(unknownOption.errors.hasPrefix("Error: Opción desconocida '--frobnicate'\n"))
        let badValue = try CommandRun.journey(["merge", "a", "b", "c", "--take", "both", "--lang", "es"])
        #expect(badValue.status == 64)
        #expect(badValue.errors.hasPrefix("Error: El valor 'both' no es válido para '--take <lado>'. Indique uno de estos: 'ours' y 'theirs'.\n"))
        let extra = try CommandRun.journey(["templates", "extra"], environment: Self.spanish)
        #expect(extra.status == 64)
        #expect(extra.errors.hasPrefix("Error: Argumento inesperado 'extra'\n"))
    }

    @Test func anUnknownLanguageIsAUsageError() throws {
        let french = try CommandRun.journey(["--lang", "fr", "--help"])
        #expect(french.status == 64)
        #expect(french.errors.hasPrefix("Error: --lang takes en (English) or es (Spanish), not 'fr'\n"))
        let missing = try CommandRun.journey(["check", "--lang"], environment: Self.spanish)
        #expect(missing.status == 64)
        #expect(missing.errors.hasPrefix("Error: --lang necesita un idioma: en (inglés) o es (español)\n"))
        // After --, --lang is a file name like any other.
        let folder = try TemporaryFolder()
        try folder.write("--lang", "journey 1\n")
        let literal = try CommandRun.journey(["check", "--", "--lang"], in: folder.url.path)
        #expect(literal.status == 0, "\(literal.errors)")
        #expect(literal.output == "--lang: valid (0 stages, 0 touchpoints, 0 filled cells)\n")
    }

    @Test func checkCountsWithTheRightPlurals() throws {
        let folder = try TemporaryFolder()
        let one = try folder.write("one.journey", "journey 1\n[stage a]\nname: A\n[touchpoint t]\nname: T\n[cell a t]\nnote: hi\n")
        let two = try folder.write("two.journey", "journey 1\n[stage a]\nname: A\n[stage b]\nname: B\n[touchpoint t]\nname: T\n[touchpoint u]\nname: U\n[cell a t]\nnote: hi\n[cell b u]\nemotion: +1\n")
        let english = try CommandRun.journey(["check", one, two])
        #expect(english.status == 0)
        #expect(english.output == """
            \(one): valid (1 stage, 1 touchpoint, 1 filled cell)
            \(two): valid (2 stages, 2 touchpoints, 2 filled cells)

            """)
        let spanish = try CommandRun.journey(["check", one, two], environment: Self.spanish)
        #expect(spanish.output == """
            \(one): válido (1 etapa, 1 punto de contacto, 1 celda con contenido)
            \(two): válido (2 etapas, 2 puntos de contacto, 2 celdas con contenido)

            """)
    }

    @Test func messagesFollowTheLanguage() throws {
        let folder = try TemporaryFolder()
        let created = try CommandRun.journey(["new", "m.journey", "--template", "five-stage-es", "--lang", "es"], in: folder.url.path)
        #expect(created.status == 0)
        #expect(created.output.hasPrefix("Creado m.journey a partir de la plantilla five-stage-es (5 etapas, "))
        #expect(created.output.hasSuffix(" puntos de contacto)\n"))
        let again = try CommandRun.journey(["new", "m.journey"], in: folder.url.path, environment: Self.spanish)
        #expect(again.status == 1)
        #expect(again.errors.contains("ya existe; journey new nunca sobrescribe un mapa"))
        let template = try CommandRun.journey(["new", "x.journey", "--template", "nope"], in: folder.url.path, environment: Self.spanish)
        #expect(template.status == 64)
        #expect(template.errors.contains("no hay ninguna plantilla 'nope'; disponibles: blank"))
        let templates = try CommandRun.journey(["templates"], environment: Self.spanish)
        #expect(templates.output.hasPrefix("Plantillas (journey new ARCHIVO --template NOMBRE):\n"))
    }
}
