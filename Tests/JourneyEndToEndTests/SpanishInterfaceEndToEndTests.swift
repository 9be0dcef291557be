import Foundation
import Testing

/// The editor speaks the interface's language: Spanish with `LANG=es_ES.UTF-8`, English with
/// `LANG=C.UTF-8`, and `--lang` overrides both.
@Suite("Spanish interface end to end", .serialized)
struct SpanishInterfaceEndToEndTests {
    @Test func withASpanishLocaleTheWholeScreenIsSpanish() throws {
        let folder = try TemporaryFolder()
        let journey = try JourneyBinary.path()
        let tmux = try TmuxSession("\(journey) mapa.journey --template six-stage-es", width: 100, height: 30, directory: folder.url.path,
                                   environment: ["LC_ALL": "", "LANG": "es_ES.UTF-8"])
        let first = try tmux.waitFor(text: "Punto de contacto")
        for expected in ["Estado actual", "? ayuda", "Mapa nuevo a partir de la plantilla six-stage-es", "escenario (:scena", "Emoción"] {
            #expect(first.contains(expected), "\(expected)")
        }
        for english in ["Touchpoint", "Current state", "? help", "Pain points"] {
            #expect(!first.contains(english), "\(english)")
        }
        try tmux.keys("?")
        try tmux.waitFor(text: "teclas y órdenes")
        try tmux.keys("Escape")
        _ = try tmux.waitFor("the grid again") { !$0.contains("teclas y órdenes") }
        try tmux.keys("p")
        try tmux.waitFor(text: "Nuevo punto de dolor")
        try tmux.type("Cola larga")
        try tmux.keys("Enter")
        try tmux.waitFor(text: "Punto de dolor añadido")
        try tmux.keys("s", "d")
        try tmux.waitFor(text: "¿Borrar la etapa «Conciencia»")
        try tmux.keys("n", "q")
        try tmux.waitFor(text: "Cambios sin guardar")
        try tmux.keys("n")
        try tmux.waitFor(text: "EXITED 0")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("mapa.journey").path))
    }

    @Test func langOverridesTheLocaleBothWays() throws {
        let folder = try TemporaryFolder()
        let journey = try JourneyBinary.path()
        let english = try TmuxSession("\(journey) --lang en mapa.journey --template six-stage-es", directory: folder.url.path,
                                      environment: ["LC_ALL": "", "LANG": "es_ES.UTF-8"])
        let screen = try english.waitFor(text: "Touchpoint")
        #expect(screen.contains("? help"))
        let spanish = try TmuxSession("\(journey) --lang es other.journey --template six-stage", directory: folder.url.path)
        try spanish.waitFor(text: "Punto de contacto")
    }

    @Test func aNewMapFromASpanishTemplateSaysItsLanguageAndKeepsNoScenarioHint() throws {
        let folder = try TemporaryFolder()
        let made = try CommandRun.journey(["new", "mapa.journey", "--template", "six-stage-es"], in: folder.url.path)
        #expect(made.status == 0)
        let text = try String(contentsOf: folder.url.appendingPathComponent("mapa.journey"), encoding: .utf8)
        #expect(text.contains("\nlanguage: es\n"))
        #expect(!text.contains("scenario"))
        #expect(text.contains("channel: redes sociales"))
        let report = try CommandRun.journey(["export", "mapa.journey", "--format", "markdown", "--lang", "en"], in: folder.url.path)
        #expect(report.output.contains("**Tipo:** Estado actual"))
        #expect(report.output.contains("| Punto de contacto |"))
    }
}
