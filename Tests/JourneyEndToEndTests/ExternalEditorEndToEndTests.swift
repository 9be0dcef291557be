import Foundation
import Glibc
import JourneyKit
import Testing

/// `e` opens the cell's note in the user's `$VISUAL`/`$EDITOR` (vi when neither is set), which gets
/// the terminal for as long as it runs: real vim, vi and nano in tmux, a line typed there, and the
/// note has it afterwards.
@Suite("External editor end to end", .serialized)
struct ExternalEditorEndToEndTests {
    static let mapText = """
        journey 1
        title: Tienda

        [stage a]
        name: Descubrimiento

        [touchpoint web]
        name: Web

        """

    /// Starts the editor on a one-cell map with this environment (HOME is the test's folder, so
    /// no personal vimrc or nanorc is read).
    static func start(_ folder: TemporaryFolder, editor: String?) throws -> TmuxSession {
        _ = try folder.write("m.journey", mapText)
        var environment = ["HOME": folder.url.path]
        let unset: String
        if let editor {
            environment["EDITOR"] = editor
            unset = "unset VISUAL;"
        } else {
            unset = "unset VISUAL EDITOR;"
        }
        let tmux = try TmuxSession("\(unset) \(try JourneyBinary.path()) m.journey", width: 100, height: 30,
                                   directory: folder.url.path, environment: environment)
        try tmux.waitFor(text: "Descubrimiento")
        return tmux
    }

    /// Saves the map, quits, and returns the note as `journey export --format json` reads it.
    static func saveQuitAndReadNote(_ tmux: TmuxSession, _ folder: TemporaryFolder) throws -> String {
        try tmux.keys("C-s")
        try tmux.waitFor(text: "Saved m.journey")
        try tmux.keys("q")
        try tmux.waitFor(text: "EXITED 0")
        let export = try CommandRun.journey(["export", folder.path("m.journey"), "--format", "json"])
        #expect(export.status == 0)
        return try JSONInterchange.decode(export.output).cell(stage: 0, touchpoint: 0).note
    }

    /// Types a line in vim (or vi) and writes it with `:wq`.
    static func typeInVim(_ tmux: TmuxSession, _ text: String) throws {
        try tmux.waitFor("vim's empty buffer") { $0.contains("~\n~\n~") && !$0.contains("│") }
        try tmux.keys("i")
        try tmux.type(text)
        try tmux.keys("Escape")
        try tmux.type(":wq")
        try tmux.keys("Enter")
    }

    @Test(arguments: ["vim", "vi"])
    func aLineTypedInVimIsTheNote(_ editor: String) throws {
        let folder = try TemporaryFolder()
        let tmux = try Self.start(folder, editor: editor)
        try tmux.keys("e")
        try Self.typeInVim(tmux, "Escrito en \(editor): ¿dónde está el envío?")
        let screen = try tmux.waitFor(text: "Note updated")
        // Nothing vim left behind (its replies to terminal queries) arrived as a key.
        #expect(!screen.contains("does nothing here"))
        #expect(screen.contains("Escrito en \(editor)"))
        #expect(try Self.saveQuitAndReadNote(tmux, folder) == "Escrito en \(editor): ¿dónde está el envío?")
    }

    @Test func withNeitherVisualNorEditorSetViIsUsed() throws {
        let folder = try TemporaryFolder()
        let tmux = try Self.start(folder, editor: nil)
        try tmux.keys("e")
        try Self.typeInVim(tmux, "Sin EDITOR")
        try tmux.waitFor(text: "Note updated")
        #expect(try Self.saveQuitAndReadNote(tmux, folder) == "Sin EDITOR")
    }

    @Test func aLineTypedInNanoIsTheNote() throws {
        let folder = try TemporaryFolder()
        let tmux = try Self.start(folder, editor: "nano")
        try tmux.keys("e")
        try tmux.waitFor(text: "GNU nano")
        try tmux.type("Escrito en nano: mañana")
        try tmux.keys("C-x")
        try tmux.waitFor(text: "Save modified buffer")
        try tmux.keys("y")
        try tmux.waitFor(text: "File Name to Write")
        try tmux.keys("Enter")
        let screen = try tmux.waitFor(text: "Note updated")
        #expect(!screen.contains("does nothing here"))
        #expect(try Self.saveQuitAndReadNote(tmux, folder) == "Escrito en nano: mañana")
    }

    @Test func vimStoppedWithControlZGoesOnAndItsNoteIsKept() throws {
        let folder = try TemporaryFolder()
        let tmux = try Self.start(folder, editor: "vim")
        try tmux.keys("e")
        try tmux.waitFor("vim's empty buffer") { $0.contains("~\n~\n~") && !$0.contains("│") }
        try tmux.keys("C-z")
        Thread.sleep(forTimeInterval: 0.5)
        // vim was continued and has the terminal again: what is typed reaches it.
        try Self.typeInVim(tmux, "Tras Ctrl-Z")
        try tmux.waitFor(text: "Note updated")
        #expect(try Self.saveQuitAndReadNote(tmux, folder) == "Tras Ctrl-Z")
    }

    @Test func aKilledEditorLeavesTheNoteAndTheEditorWorking() throws {
        let folder = try TemporaryFolder()
        let tmux = try Self.start(folder, editor: "vim")
        let journey = try #require(tmux.programProcessID())
        try tmux.keys("Enter")
        try tmux.type("Antes")
        try tmux.keys("Enter")
        try tmux.waitFor(text: "Antes")
        try tmux.keys("e")
        try tmux.waitFor("vim's empty buffer") { $0.contains("~\n~\n~") && !$0.contains("│") }
        let child = try #require(Self.children(of: journey).first)
        kill(-child, SIGKILL)  // the editor's whole process group, as `kill -9` on vim would
        let screen = try tmux.waitFor(text: "was ended by signal 9")
        #expect(screen.contains("Descubrimiento"))
        // The editor still takes keys.
        try tmux.keys("5")
        try tmux.waitFor(text: "Emotion +2")
        #expect(try Self.saveQuitAndReadNote(tmux, folder) == "Antes")
    }

    static func children(of process: pid_t) -> [pid_t] {
        let text = (try? String(contentsOfFile: "/proc/\(process)/task/\(process)/children", encoding: .utf8)) ?? ""
        return text.split(separator: " ").compactMap { pid_t($0) }
    }
}
