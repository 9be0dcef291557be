import Foundation
import Glibc
import JourneyKit
import Testing

/// The promises of the README's Reliability section, checked with the real binary and real
/// processes: signals and kills lose nothing (or only the last seconds), two editors on one map
/// keep both people's work, outside changes are reloaded, and terminal faults break nothing.
@Suite("Reliability end to end", .serialized)
struct ReliabilityEndToEndTests {
    /// A folder with a five-stage map, and the editor open on it in tmux.
    static func openMap(_ folder: TemporaryFolder, width: Int = 80, height: Int = 24, environment: [String: String] = [:], options: String = "") throws -> TmuxSession {
        if !FileManager.default.fileExists(atPath: folder.path("m.journey")) {
            #expect(try CommandRun.journey(["new", folder.path("m.journey"), "--template", "five-stage"]).status == 0)
        }
        let tmux = try TmuxSession("\(try JourneyBinary.path()) m.journey \(options)", width: width, height: height, directory: folder.url.path, environment: environment)
        try tmux.waitFor(text: "Awareness")
        return tmux
    }

    static func sidecars(_ folder: TemporaryFolder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasPrefix(".m.journey.") }.sorted()
    }

    static func map(_ folder: TemporaryFolder, _ name: String = "m.journey") throws -> JourneyMap {
        try JourneyParser.parse(try folder.read(name), path: name)
    }

    @Test(arguments: [SIGHUP, SIGTERM])
    func aSignalKeepsEveryUnsavedEditForTheNextEditor(_ signal: Int32) throws {
        let folder = try TemporaryFolder()
        let before = try { () throws -> String in
            #expect(try CommandRun.journey(["new", folder.path("m.journey"), "--template", "five-stage"]).status == 0)
            return try folder.read("m.journey")
        }()
        let first = try Self.openMap(folder)
        let pid = try #require(first.programProcessID())
        try first.keys("Enter")
        try first.waitFor(text: "Editing the note")
        try first.type("Typed just before the signal")
        try first.keys("Enter")
        try first.keys("5")
        try first.waitFor(text: "Typed just before")
        #expect(kill(pid, signal) == 0)
        try first.waitFor(text: "EXITED \(128 + signal)")
        // The map is untouched, every edit is in the recovery file, the presence file is gone.
        #expect(try folder.read("m.journey") == before)
        let sidecars = try Self.sidecars(folder)
        #expect(sidecars == [".m.journey.\(pid).recovery", ".m.journey.\(pid).recovery-base"])
        let recovered = try Self.map(folder, ".m.journey.\(pid).recovery")
        #expect(recovered.cell(stage: 0, touchpoint: 0).note == "Typed just before the signal")
        #expect(recovered.cell(stage: 0, touchpoint: 0).emotion == Emotion(2))

        let second = try Self.openMap(folder)
        try second.waitFor(text: "Unsaved changes found")
        try second.waitFor(text: "1 cell (Awareness")
        try second.keys("y")
        try second.waitFor(text: "Restored the unsaved changes")
        try second.keys("C-s")
        try second.waitFor(text: "Saved m.journey")
        try second.keys("q")
        try second.waitFor(text: "EXITED 0")
        let saved = try Self.map(folder)
        #expect(saved.cell(stage: 0, touchpoint: 0).note == "Typed just before the signal")
        #expect(saved.cell(stage: 0, touchpoint: 0).emotion == Emotion(2))
        #expect(try Self.sidecars(folder).isEmpty)
    }

    @Test func afterKillDashNineOnlyTheLastSecondsCanBeLost() throws {
        let folder = try TemporaryFolder()
        let first = try Self.openMap(folder)
        let pid = try #require(first.programProcessID())
        try first.keys("Enter")
        try first.type("Typed three seconds before the kill")
        try first.keys("Enter", "4")
        try first.waitFor(text: "Typed three seconds")
        Thread.sleep(forTimeInterval: 3)
        #expect(kill(pid, SIGKILL) == 0)
        try first.waitFor(text: "EXITED 137")
        // The files a killed editor leaves: its presence (cleared by the next one), its recovery
        // and the base of the changes in it.
        #expect(try Self.sidecars(folder) == [".m.journey.\(pid).open", ".m.journey.\(pid).recovery", ".m.journey.\(pid).recovery-base"])

        let second = try Self.openMap(folder)
        try second.waitFor(text: "Unsaved changes found")
        #expect(try !second.screen().contains("Also open"))
        try second.keys("n")
        try second.waitFor(text: "the unsaved changes are kept in")
        try second.keys("q")
        try second.waitFor(text: "EXITED 0")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        let aside = try #require(names.first { $0.hasPrefix("m.recovered-") })
        #expect(try Self.map(folder, aside).cell(stage: 0, touchpoint: 0).note == "Typed three seconds before the kill")
        #expect(try Self.map(folder).cell(stage: 0, touchpoint: 0).note.isEmpty)
        #expect(try Self.sidecars(folder).isEmpty)
    }

    /// Working alone (`--solo`): saves when told, merging then, and conflicts shown to choose.
    @Test func twoEditorsOnOneMapKeepBothPeoplesWork() throws {
        let folder = try TemporaryFolder()
        let ana = try Self.openMap(folder, options: "--solo")
        let ben = try Self.openMap(folder, options: "--solo")
        try ben.waitFor(text: "Also open in journey by")

        // Different cells: both kept. (Ben's change comes first, so that his editor, modified,
        // keeps it rather than reloading Ana's save the moment it lands.)
        try ben.keys("j", "1")
        try ben.waitFor(text: "[+]")
        try ana.keys("5", "C-s")
        try ana.waitFor(text: "Saved m.journey")
        try ben.keys("C-s")
        try ben.waitFor(text: "merged with the changes made on disk")
        var saved = try Self.map(folder)
        #expect(saved.cell(stage: 0, touchpoint: 0).emotion == Emotion(2))
        #expect(saved.cell(stage: 0, touchpoint: 1).emotion == Emotion(-2))

        // Ana's editor was not modified: it reloads Ben's save by itself.
        try ana.waitFor(text: "changed on disk and was reloaded")

        // The same cell: a conflict, shown with both values; Ben takes Ana's.
        try ben.keys("k", "4")
        try ben.waitFor(text: "[+]")
        try ana.keys("3", "C-s")
        try ana.waitFor(text: "Saved m.journey")
        try ben.keys("C-s")
        try ben.waitFor(text: "Conflict 1 of 1")
        let conflict = try ben.screen()
        #expect(conflict.contains("o yours:   +1"))
        #expect(conflict.contains("t theirs:  0"))
        try ben.keys("t")
        try ben.waitFor(text: "Saved m.journey")
        saved = try Self.map(folder)
        #expect(saved.cell(stage: 0, touchpoint: 0).emotion == Emotion(0))
        #expect(saved.cell(stage: 0, touchpoint: 1).emotion == Emotion(-2))
        for editor in [ana, ben] {
            try editor.keys("q")
            try editor.waitFor(text: "EXITED 0")
        }
        #expect(try Self.sidecars(folder).isEmpty)
    }

    @Test func anOutsideChangeIsReloadedAndSaid() throws {
        let folder = try TemporaryFolder()
        let editor = try Self.openMap(folder)
        var map = try Self.map(folder)
        map.title = "Retitled by a script"
        try folder.write("m.journey", JourneyWriter.text(for: map))
        try editor.waitFor(text: "changed on disk and was reloaded")
        try editor.waitFor(text: "Retitled by a script")
        try editor.keys("q")
        try editor.waitFor(text: "EXITED 0")
    }

    @Test func aResizeStormAndEverySizeLeaveAWorkingEditor() throws {
        let folder = try TemporaryFolder()
        let editor = try Self.openMap(folder)
        var sizes: [(Int, Int)] = [(1, 1), (2, 1), (1, 2), (10, 3), (39, 11), (40, 12), (500, 200), (80, 24)]
        for step in 0..<150 { sizes.append((20 + (step * 37) % 200, 5 + (step * 13) % 80)) }
        sizes.append((80, 24))
        for (width, height) in sizes { try editor.resize(width: width, height: height) }
        try editor.waitFor(text: "Awareness")
        try editor.keys("l", "5")
        try editor.waitFor(text: " 2/5 ")
        try editor.resize(width: 30, height: 8)
        try editor.waitFor(text: "Terminal too small")
        try editor.resize(width: 80, height: 24)
        try editor.waitFor(text: "Consideration")
        try editor.keys("q")
        try editor.waitFor(text: "Unsaved changes")
        try editor.keys("n")
        try editor.waitFor(text: "EXITED 0")
    }

    @Test(arguments: ["dumb", "no-such-terminal-xyz"])
    func aTerminalThatCannotShowTheEditorGivesAClearError(_ term: String) throws {
        let folder = try TemporaryFolder()
        #expect(try CommandRun.journey(["new", folder.path("m.journey")]).status == 0)
        let tmux = try TmuxSession("\(try JourneyBinary.path()) m.journey", directory: folder.url.path, environment: ["TERM": term])
        let screen = try tmux.waitFor(text: "EXITED 1")
        #expect(screen.contains("journey: "))
        #expect(screen.contains(term))
    }

    @Test func aNonUTF8LocaleFallsBackToASCII() throws {
        let folder = try TemporaryFolder()
        let editor = try Self.openMap(folder, environment: ["LANG": "C", "LC_ALL": "C"])
        let screen = try editor.screen()
        #expect(!screen.contains("│"))
        #expect(!screen.contains("─"))
        #expect(screen.contains("Awareness"))
        try editor.keys("q")
        try editor.waitFor(text: "EXITED 0")
    }
}
