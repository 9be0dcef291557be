import Foundation
import JourneyKit
import Testing

/// The real editor in a real pseudo-terminal, driven as a facilitator would drive it.
@Suite("Editor end to end", .serialized)
struct EditorEndToEndTests {
    @Test func aWorkshopSessionFromKeysToSavedFile() throws {
        let folder = try TemporaryFolder()
        let journey = try JourneyBinary.path()
        let tmux = try TmuxSession("\(journey) taller.journey --template blank-es", directory: folder.url.path)
        try tmux.waitFor(text: "taller.journey (new)")
        try tmux.waitFor(text: "Ctrl-S creates taller.journey")
        // Structure through ':' commands and keys.
        try tmux.type(":stage add Descubrimiento")
        try tmux.keys("Enter")
        try tmux.type(":stage add Compra")
        try tmux.keys("Enter")
        try tmux.type(":touchpoint add Tienda online | web")
        try tmux.keys("Enter")
        try tmux.keys("T")
        try tmux.type("Correo | email")
        try tmux.keys("Enter")
        try tmux.waitFor(text: "Added touchpoint 'Correo'")
        // Back to the first cell: a Spanish note with accents and an emoji.
        try tmux.keys("g", "Home", "Enter")
        try tmux.waitFor(text: "Editing the note")
        try tmux.type("Busca «taza de gato» y compara precios 🐱 — ¡qué difícil!")
        try tmux.keys("Enter")
        try tmux.keys("4")
        try tmux.keys("p")
        try tmux.type("El envío aparece al final")
        try tmux.keys("Enter")
        try tmux.keys("o")
        try tmux.type("Mostrar el envío en la ficha")
        try tmux.keys("Enter")
        try tmux.waitFor(text: "Opportunity added")
        try tmux.keys("f")
        try tmux.type("curiosa")
        try tmux.keys("Enter")
        // A resize relayouts at once (the detail pane moves beside the grid).
        try tmux.resize(width: 132, height: 40)
        try tmux.waitFor("the wide layout") { $0.contains("│ Goal") || $0.contains("│ Descubrimiento") }
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor(text: "!1 Pain points")
        try tmux.keys("C-s")
        try tmux.waitFor(text: "Saved taller.journey")
        try tmux.keys("q")
        try tmux.waitFor(text: "EXITED 0")

        let export = try CommandRun.journey(["export", folder.path("taller.journey"), "--format", "json"])
        #expect(export.status == 0)
        let map = try JSONInterchange.decode(export.output)
        #expect(map.stages.map(\.name) == ["Descubrimiento", "Compra"])
        #expect(map.touchpoints.map(\.name) == ["Tienda online", "Correo"])
        #expect(map.touchpoints.map(\.channel) == ["web", "email"])
        let cell = map.cell(stage: 0, touchpoint: 0)
        #expect(cell.note == "Busca «taza de gato» y compara precios 🐱 — ¡qué difícil!")
        #expect(cell.emotion == Emotion(1))
        #expect(cell.feeling == "curiosa")
        #expect(cell[list: .painPoints] == ["El envío aparece al final"])
        #expect(cell[list: .opportunities] == ["Mostrar el envío en la ficha"])
    }

    @Test func quitAsksWhenThereAreUnsavedChangesAndEscapeKeepsEditing() throws {
        let folder = try TemporaryFolder()
        _ = try CommandRun.journey(["new", folder.path("m.journey"), "--template", "five-stage"])
        let before = try folder.read("m.journey")
        let tmux = try TmuxSession("\(try JourneyBinary.path()) m.journey", directory: folder.url.path)
        try tmux.waitFor(text: "Awareness")
        try tmux.keys("5", "q")
        try tmux.waitFor(text: "Unsaved changes: y save and quit")
        try tmux.keys("Escape")
        try tmux.waitFor("the question to go") { !$0.contains("Unsaved changes:") }
        try tmux.keys("q")
        try tmux.waitFor(text: "Unsaved changes:")
        try tmux.keys("n")
        try tmux.waitFor(text: "EXITED 0")
        #expect(try folder.read("m.journey") == before)
    }

    @Test func bracketedPasteArrivesAsOneEdit() throws {
        let folder = try TemporaryFolder()
        _ = try CommandRun.journey(["new", folder.path("m.journey"), "--template", "five-stage"])
        let tmux = try TmuxSession("\(try JourneyBinary.path()) m.journey", directory: folder.url.path)
        try tmux.waitFor(text: "Awareness")
        try tmux.keys("Enter")
        try tmux.waitFor(text: "Editing the note")
        try tmux.paste("pegado: q u x 1 2 3")   // letters that would be commands if typed in the grid
        try tmux.keys("Enter")
        try tmux.waitFor(text: "pegado: q u x")
        try tmux.keys("C-s")
        try tmux.waitFor(text: "Saved m.journey")
        try tmux.keys("q")
        try tmux.waitFor(text: "EXITED 0")
        let map = try JourneyParser.parse(try folder.read("m.journey"))
        #expect(map.cell(stage: 0, touchpoint: 0).note == "pegado: q u x 1 2 3")
        #expect(map.cell(stage: 0, touchpoint: 0).emotion == nil)
    }

    @Test func aCursorMoveSendsFewBytes() throws {
        let folder = try TemporaryFolder()
        _ = try CommandRun.journey(["new", folder.path("m.journey"), "--template", "five-stage"])
        let terminal = try PseudoTerminal(arguments: ["m.journey"], directory: folder.url.path)
        let firstScreen = terminal.drain(quiet: 0.5)
        #expect(firstScreen.count > 1000)
        var moves: [Int] = []
        for key in ["l", "l", "j", "h", "k"] {
            terminal.send(key)
            moves.append(terminal.drain(quiet: 0.3).count)
        }
        // A cursor move redraws the two cells, the header markers, the detail pane's heading and
        // the position on the status line: a few hundred bytes at most, never a screen.
        for bytes in moves {
            #expect(bytes > 0)
            #expect(bytes <= 400, "a cursor move wrote \(bytes) bytes (the first screen took \(firstScreen.count))")
        }
        terminal.send("q")
        #expect(terminal.waitForExit() == 0)
        // The terminal was given back: the alternate screen was left.
        #expect(String(decoding: terminal.received.suffix(200), as: UTF8.self).contains("\u{1B}[?1049l"))
    }

    @Test func escapeSequencesFromAFileAreShownHarmlessly() throws {
        let folder = try TemporaryFolder()
        let hostile = "journey 1\ntitle: \"\\u{1B}]0;PWNED\\u{7}Title \\u{1B}[2J\"\npersona: \"\\u{9B}31m red\"\nscenario: \"\\u{1B}]8;;http://x\\u{1B}\\\\link\\u{1B}]8;;\\u{1B}\\\\\"\n[stage a]\nname: \"St\\u{1B}[5mage\"\ngoal: \"\\u{202E}evil\"\n[touchpoint t]\nname: \"Row\\u{7}\"\nchannel: \"\\u{1B}P1$r\"\n[cell a t]\nnote: \"note \\u{1B}[31mred\\u{1B}[0m \\u{0}\"\nfeeling: \"\\u{1B}(0\"\npain: \"\\u{1B}]52;c;Y2xpcA==\\u{7}\"\nopportunity: \"\\u{1B}[6n\"\n"
        try folder.write("evil.journey", hostile)
        #expect(try CommandRun.journey(["check", folder.path("evil.journey")]).status == 0)
        let terminal = try PseudoTerminal(arguments: ["evil.journey"], directory: folder.url.path)
        let output = terminal.drain(quiet: 0.5)
        let text = String(decoding: output, as: UTF8.self)
        #expect(!text.contains("PWNED\u{7}"))
        #expect(!text.contains("\u{1B}]0;"))
        #expect(!text.contains("\u{1B}]52"))
        #expect(!text.contains("\u{1B}[6n"))
        #expect(!text.contains("\u{9B}"))
        #expect(!text.contains("\u{202E}"))
        #expect(!text.contains("\u{1B}]8;"))
        #expect(text.contains("␛"))
        terminal.send("q")
        #expect(terminal.waitForExit() == 0)

        // A file whose very name carries an escape sequence: the title bar and messages show it harmlessly.
        let evilName = "evil\u{1B}]0;PWNED\u{7}.journey"
        try folder.write(evilName, hostile)
        let named = try PseudoTerminal(arguments: [evilName], directory: folder.url.path)
        let shown = String(decoding: named.drain(quiet: 0.5), as: UTF8.self)
        #expect(!shown.contains("\u{1B}]0;PWNED"))
        #expect(shown.contains("PWNED"))
        named.send("q")
        #expect(named.waitForExit() == 0)
        let checked = try CommandRun.journey(["check", folder.path(evilName)])
        #expect(!checked.output.contains("\u{1B}") && !checked.errors.contains("\u{1B}"))
        let missing = try CommandRun.journey(["check", folder.path("missing\u{1B}[2J.journey")])
        #expect(missing.status != 0)
        #expect(!missing.errors.contains("\u{1B}"))
        #expect(missing.errors.contains("missing"))
    }
}
