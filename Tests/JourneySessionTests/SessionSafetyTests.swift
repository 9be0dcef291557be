import Foundation
import Glibc
@testable import JourneyEditor
@testable import JourneySession
import JourneyKit
import JourneyTestSupport
import Testing

/// The session keeps a map safe: failed saves keep everything, a recovery file follows unsaved
/// changes, a recovery file left by a crashed editor is offered, changes made on disk are
/// reloaded or merged, conflicts are shown, and other editors are announced.
@Suite("Session: never lose a map")
struct SessionSafetyTests {
    static let mapText = """
        journey 1
        title: Shop

        [stage a]
        name: Awareness

        [stage b]
        name: Purchase

        [touchpoint web]
        name: Web

        [touchpoint mail]
        name: Mail

        """
    static let sessionProcessID: Int32 = 4_000_001
    /// A process identifier no process has (above Linux's usual pid_max of 4,194,304).
    static let deadProcessID: Int32 = 4_194_303

    /// A folder with `map.journey`, a test clock and a file system that can fail.
    final class Harness {
        let folder: ScratchFolder
        let clock = TestClock()
        let fileSystem: FaultyFileSystem

        init(faults: [FaultyFileSystem.Fault] = [], text: String = SessionSafetyTests.mapText) throws {
            folder = try ScratchFolder()
            fileSystem = FaultyFileSystem(faults)
            try folder.write("map.journey", text)
        }

        var mapPath: String { folder.file("map.journey") }

        func map(_ name: String = "map.journey") throws -> JourneyMap {
            try JourneyParser.parse(Array(try folder.read(name).utf8), path: name)
        }

        /// Opens the map as `journey map.journey` does and plays the script.
        @discardableResult
        func run(_ steps: [ScriptedTerminal.Step]) throws -> (session: EditorSession, terminal: ScriptedTerminal) {
            try run(on: ScriptedTerminal(steps, clock: clock))
        }

        /// Opens the map as `journey map.journey` does and plays the script of `terminal`.
        @discardableResult
        func run(on terminal: ScriptedTerminal) throws -> (session: EditorSession, terminal: ScriptedTerminal) {
            let bytes = try LocalFileSystem().readFile(mapPath)
            let state = EditorState(
                map: try JourneyParser.parse(bytes, path: mapPath),
                document: DocumentInfo(path: mapPath, isNew: false),
                screenSize: ScreenSize(width: 200, height: 50),
                diskVersion: FileVersion(contents: bytes))
            var timing = EditorSession.Timing()
            timing.recoveryInBackground = false  // the script looks at the file at given moments
            timing.savesInBackground = false
            let session = EditorSession(state: state, terminal: terminal, fileSystem: fileSystem, timing: timing,
                                        processID: SessionSafetyTests.sessionProcessID, clock: clock.function)
            #expect(session.run() == .quit)
            return (session, terminal)
        }

        /// Writes another version of the map, as another program would.
        func rewrite(_ change: (inout JourneyMap) throws -> Void) throws {
            var map = try self.map()
            try change(&map)
            try folder.write("map.journey", JourneyWriter.text(for: map))
        }
    }

    static var ctrlS: ScriptedTerminal.Step { .input(.key(.control("s"))) }

    // MARK: Failed saves

    static let saveFaults: [FaultyFileSystem.Fault] = [
        .init(.write, errno: ENOSPC, pathContaining: ".map.journey.saving-"),
        .init(.write, errno: EDQUOT, pathContaining: ".map.journey.saving-"),
        .init(.createTemporaryFile, errno: EROFS, pathContaining: ".map.journey.saving-"),
        .init(.createTemporaryFile, errno: EACCES, pathContaining: ".map.journey.saving-"),
        .init(.rename, errno: EIO, pathContaining: "/map.journey"),
    ]

    @Test(arguments: saveFaults.indices)
    func aFailedSaveKeepsTheChangesAndSavingElsewhereWorks(_ index: Int) throws {
        let harness = try Harness(faults: [Self.saveFaults[index]])
        let elsewhere = harness.folder.file("elsewhere.journey")
        var during: [String] = []
        let (session, _) = try harness.run(ScriptedTerminal.keys("5") + [Self.ctrlS, .pause(0.2)]
            + ScriptedTerminal.command("w \(elsewhere)") + [.pause(0.2), .run { during = (try? harness.folder.names()) ?? [] }]
            + ScriptedTerminal.keys("q"))
        // Saved under another name, the editor announces itself beside that file instead.
        #expect(during == [".elsewhere.journey.\(Self.sessionProcessID).open", "elsewhere.journey", "map.journey"])
        // The map on disk is as it was, the changes went elsewhere, nothing else was left behind.
        #expect(try harness.folder.read("map.journey") == Self.mapText)
        #expect(try harness.map("elsewhere.journey").cell(stage: 0, touchpoint: 0).emotion == Emotion(2))
        #expect(try harness.folder.names() == ["elsewhere.journey", "map.journey"])
        #expect(!session.state.isModified)
        #expect(session.state.document.path == elsewhere)
    }

    @Test func aFailedSaveSaysWhyOnTheStatusLineAndKeepsTheMapModified() throws {
        let harness = try Harness(faults: [.init(.write, errno: ENOSPC, pathContaining: ".map.journey.saving-")])
        let (session, terminal) = try harness.run(ScriptedTerminal.keys("5") + [Self.ctrlS, .pause(0.1)] + ScriptedTerminal.command("q!"))
        let failed = terminal.frames.map { $0.buffer.text }.first { $0.contains("Not saved to") }
        let screen = try #require(failed)
        #expect(screen.contains("the disk is full"))
        #expect(screen.contains("[+]"))
        #expect(session.state.isModified)
        #expect(session.state.map.cell(stage: 0, touchpoint: 0).emotion == Emotion(2))
    }

    // MARK: The recovery file

    @Test func theRecoveryFileFollowsUnsavedChanges() throws {
        let harness = try Harness()
        let recovery = harness.folder.file(".map.journey.\(Self.sessionProcessID).recovery")
        var seen: [String: Bool] = [:]
        var recovered: JourneyMap?
        try harness.run(
            ScriptedTerminal.keys("5") + [
                .pause(1),
                .run { seen["after 1 s"] = FileManager.default.fileExists(atPath: recovery) },
                .pause(1.5),
                .run {
                    seen["after 2.5 s"] = FileManager.default.fileExists(atPath: recovery)
                    recovered = try? JourneyParser.parse(Array((FileManager.default.contents(atPath: recovery) ?? Data())), path: recovery)
                },
                Self.ctrlS,
                .pause(0.3),
                .run { seen["after saving"] = FileManager.default.fileExists(atPath: recovery) },
            ] + ScriptedTerminal.keys("j4") + [
                .pause(2.5),
                .run { seen["after another change"] = FileManager.default.fileExists(atPath: recovery) },
            ] + ScriptedTerminal.command("q!"))
        #expect(seen == ["after 1 s": false, "after 2.5 s": true, "after saving": false, "after another change": true])
        #expect(recovered?.cell(stage: 0, touchpoint: 0).emotion == Emotion(2))
        // A deliberate quit removes it.
        #expect(!FileManager.default.fileExists(atPath: recovery))
        let status = try #require(try LocalFileSystem().status(harness.mapPath))
        #expect(status.permissions & 0o777 != 0)
    }

    @Test func steadyTypingStillReachesTheRecoveryFileEveryFewSeconds() throws {
        let harness = try Harness()
        let recovery = harness.folder.file(".map.journey.\(Self.sessionProcessID).recovery")
        var existed = false
        var steps: [ScriptedTerminal.Step] = []
        // A key every second for eight seconds: never two quiet seconds in a row.
        for key in "54545454" { steps += ScriptedTerminal.keys(String(key)) + [.pause(1)] }
        steps.append(.run { existed = FileManager.default.fileExists(atPath: recovery) })
        try harness.run(steps + ScriptedTerminal.command("q!"))
        #expect(existed)
    }

    @Test func theRecoveryFileIsReadableOnlyByTheUser() throws {
        let harness = try Harness()
        let recovery = harness.folder.file(".map.journey.\(Self.sessionProcessID).recovery")
        var permissions: UInt32?
        try harness.run(ScriptedTerminal.keys("5") + [.pause(3), .run { permissions = try? LocalFileSystem().status(recovery)?.permissions }] + ScriptedTerminal.command("q!"))
        #expect(permissions == 0o600)
    }

    @Test func aRecoveryFileThatCannotBeWrittenIsSaidOnce() throws {
        let harness = try Harness(faults: [.init(.createTemporaryFile, errno: EACCES, pathContaining: ".recovery")])
        let (_, terminal) = try harness.run(ScriptedTerminal.keys("5") + [.pause(3)] + ScriptedTerminal.keys("4") + [.pause(3)] + ScriptedTerminal.command("q!"))
        let warnings = terminal.frames.filter { $0.buffer.text.contains("Cannot keep a recovery file") }
        #expect(!warnings.isEmpty)
        #expect(terminal.frames.map { $0.buffer.text }.contains { $0.contains("permission denied") })
    }

    // MARK: Recovery files left behind

    /// Leaves a recovery file as a killed editor would.
    static func leaveRecovery(in harness: Harness, processID: Int32 = deadProcessID, _ change: (inout JourneyMap) -> Void) throws -> String {
        var map = try harness.map()
        change(&map)
        let name = ".map.journey.\(processID).recovery"
        try harness.folder.write(name, JourneyWriter.text(for: map))
        return harness.folder.file(name)
    }

    @Test func aLeftBehindRecoveryIsOfferedAndYRestoresIt() throws {
        let harness = try Harness()
        _ = try Self.leaveRecovery(in: harness) { $0.updateCell(stage: 1, touchpoint: 1) { $0.note = "Never saved" } }
        var restored: JourneyMap?
        let (session, _) = try harness.run([.pause(0.1), .input(.key(.character("y"))), .pause(0.1),
                                            .run { restored = try? harness.map() }, Self.ctrlS, .pause(0.1)] + ScriptedTerminal.keys("q"))
        // Restoring changes the map in the editor only; the save writes it.
        #expect(restored?.cell(stage: 1, touchpoint: 1).note == "")
        #expect(try harness.map().cell(stage: 1, touchpoint: 1).note == "Never saved")
        #expect(try harness.folder.names() == ["map.journey"])
        #expect(!session.state.isModified)
    }

    @Test func theOfferShowsWhatDiffersAndWaitsForTheAnswer() throws {
        let harness = try Harness()
        _ = try Self.leaveRecovery(in: harness) { $0.updateCell(stage: 1, touchpoint: 1) { $0.note = "Never saved" } }
        let (_, terminal) = try harness.run([.pause(0.5)] + ScriptedTerminal.keys("xq") + [.input(.key(.escape))] + ScriptedTerminal.keys("q"))
        let first = try #require(terminal.frames.first?.buffer.text)
        #expect(first.contains("Unsaved changes found"))
        #expect(first.contains("1 cell (Purchase × Mail) differs"))
        #expect(first.contains("y restores them"))
        // Other keys (x, q) do not answer; Esc sets the changes aside, deleting nothing.
        let names = try harness.folder.names()
        #expect(names.count == 2)
        #expect(names.contains("map.journey"))
        let aside = try #require(names.first { $0.hasPrefix("map.recovered-") && $0.hasSuffix(".journey") })
        #expect(try harness.map(aside).cell(stage: 1, touchpoint: 1).note == "Never saved")
        #expect(try harness.folder.read("map.journey") == Self.mapText)
    }

    @Test func noKeepsTheFileAsItIsAndSetsTheRecoveryAside() throws {
        let harness = try Harness()
        _ = try Self.leaveRecovery(in: harness) { $0.title = "Recovered title" }
        let (session, terminal) = try harness.run([.pause(0.2), .input(.key(.character("n"))), .pause(0.2)] + ScriptedTerminal.keys("q"))
        #expect(session.state.map.title == "Shop")
        #expect(try harness.folder.read("map.journey") == Self.mapText)
        let aside = try #require(try harness.folder.names().first { $0.hasPrefix("map.recovered-") })
        #expect(try harness.map(aside).title == "Recovered title")
        #expect(terminal.frames.map { $0.buffer.text }.contains { $0.contains("the unsaved changes are kept in \(aside)") })
    }

    @Test func aRecoveryEqualToTheFileIsNotOffered() throws {
        let harness = try Harness()
        _ = try Self.leaveRecovery(in: harness) { _ in }
        let (_, terminal) = try harness.run([.pause(0.2)] + ScriptedTerminal.keys("q"))
        #expect(!terminal.frames.contains { $0.buffer.text.contains("Unsaved changes found") })
        #expect(try harness.folder.names() == ["map.journey"])
    }

    @Test func theRecoveryFileOfARunningEditorIsLeftAlone() throws {
        let harness = try Harness()
        // This test process counts as a running journey editor (its name starts with "journey").
        let theirs = try Self.leaveRecovery(in: harness, processID: getpid()) { $0.title = "Someone else's work" }
        let (_, terminal) = try harness.run([.pause(0.2)] + ScriptedTerminal.keys("q"))
        #expect(!terminal.frames.contains { $0.buffer.text.contains("Unsaved changes found") })
        #expect(FileManager.default.fileExists(atPath: theirs))
    }

    // MARK: Changes made on disk

    @Test func anUnmodifiedMapIsReloadedWhenTheFileChanges() throws {
        let harness = try Harness()
        let (session, terminal) = try harness.run([
            .pause(0.5),
            .run { try? harness.rewrite { $0.title = "Changed elsewhere" } },
            .pause(1.5),
        ] + ScriptedTerminal.keys("q"))
        #expect(session.state.map.title == "Changed elsewhere")
        #expect(terminal.frames.map { $0.buffer.text }.contains { $0.contains("changed on disk and was reloaded") })
    }

    @Test func undoAfterAReloadGoesBackToWhatWasHere() throws {
        let harness = try Harness()
        let (session, _) = try harness.run([
            .pause(0.5),
            .run { try? harness.rewrite { $0.title = "Changed elsewhere" } },
            .pause(1.5),
        ] + ScriptedTerminal.keys("u") + ScriptedTerminal.command("q!"))
        #expect(session.state.map.title == "Shop")
        #expect(session.state.isModified)
    }

    @Test func changesToDifferentCellsAreMergedOnSave() throws {
        let harness = try Harness()
        let (session, terminal) = try harness.run(ScriptedTerminal.keys("5") + [
            .run { try? harness.rewrite { $0.updateCell(stage: 1, touchpoint: 1) { $0.note = "From the other editor" } } },
            .pause(1.5),
            Self.ctrlS,
            .pause(0.2),
        ] + ScriptedTerminal.keys("q"))
        let saved = try harness.map()
        #expect(saved.cell(stage: 0, touchpoint: 0).emotion == Emotion(2))
        #expect(saved.cell(stage: 1, touchpoint: 1).note == "From the other editor")
        #expect(session.state.map == saved)
        let texts = terminal.frames.map { $0.buffer.text }
        #expect(texts.contains { $0.contains("changed on disk; your changes are kept") })
        #expect(texts.contains { $0.contains("merged with the changes made on disk") })
    }

    @Test func aSaveRightAfterAnOutsideChangeStillMerges() throws {
        // No pause: the watch has not looked yet, the save itself finds the change.
        let harness = try Harness()
        try harness.run(ScriptedTerminal.keys("5") + [
            .run { try? harness.rewrite { $0.title = "Renamed elsewhere" } },
            Self.ctrlS,
        ] + ScriptedTerminal.keys("q"))
        let saved = try harness.map()
        #expect(saved.title == "Renamed elsewhere")
        #expect(saved.cell(stage: 0, touchpoint: 0).emotion == Emotion(2))
    }

    static let conflictAnswers: [(String, Int?)] = [("o", 2), ("t", -2)]

    @Test(arguments: conflictAnswers.indices)
    func theSameCellChangedOnBothSidesIsAConflictTheUserResolves(_ index: Int) throws {
        let (answer, expected) = Self.conflictAnswers[index]
        let harness = try Harness()
        let (session, terminal) = try harness.run(ScriptedTerminal.keys("5") + [
            .run { try? harness.rewrite { $0.updateCell(stage: 0, touchpoint: 0) { $0.emotion = Emotion(-2) }; $0.title = "Also changed" } },
            Self.ctrlS,
            .pause(0.2),
        ] + ScriptedTerminal.keys(answer) + [.pause(0.2)] + ScriptedTerminal.keys("q"))
        let conflictScreen = try #require(terminal.frames.map { $0.buffer.text }.first { $0.contains("Conflict 1 of 1") })
        #expect(conflictScreen.contains("o yours:   +2"))
        #expect(conflictScreen.contains("t theirs:  -2"))
        let saved = try harness.map()
        #expect(saved.cell(stage: 0, touchpoint: 0).emotion == expected.map { Emotion($0) } ?? nil)
        #expect(saved.title == "Also changed")
        #expect(session.state.map == saved)
    }

    @Test func escapeInAConflictSavesNothingAndChangesNothing() throws {
        let harness = try Harness()
        var onDisk = ""
        let (session, terminal) = try harness.run(ScriptedTerminal.keys("5") + [
            .run {
                try? harness.rewrite { $0.updateCell(stage: 0, touchpoint: 0) { $0.emotion = Emotion(-2) } }
                onDisk = (try? harness.folder.read("map.journey")) ?? ""
            },
            Self.ctrlS,
            .pause(0.2),
            .input(.key(.escape)),
            .pause(0.2),
        ] + ScriptedTerminal.command("q!"))
        #expect(try harness.folder.read("map.journey") == onDisk)
        #expect(session.state.map.cell(stage: 0, touchpoint: 0).emotion == Emotion(2))
        #expect(terminal.frames.map { $0.buffer.text }.contains { $0.contains("Not saved; nothing changed") })
    }

    @Test func aFileChangedIntoSomethingUnreadableIsNeverOverwrittenBlindly() throws {
        let harness = try Harness()
        let (session, terminal) = try harness.run(ScriptedTerminal.keys("5") + [
            .run { try? harness.folder.write("map.journey", "journey 1\n[stage\n") },
            .pause(1.5),
            Self.ctrlS,
            .pause(0.2),
        ] + ScriptedTerminal.command("q!"))
        #expect(try harness.folder.read("map.journey") == "journey 1\n[stage\n")
        #expect(session.state.isModified)
        let texts = terminal.frames.map { $0.buffer.text }
        #expect(texts.contains { $0.contains("changed on disk but cannot be read") })
        #expect(texts.contains { $0.contains("cannot be read as a map") })
    }

    @Test func forceSaveReplacesWhatIsOnDisk() throws {
        let harness = try Harness()
        try harness.run(ScriptedTerminal.keys("5") + [
            .run { try? harness.folder.write("map.journey", "journey 1\n[stage\n") },
            .pause(1.5),
        ] + ScriptedTerminal.command("w!") + [.pause(0.2)] + ScriptedTerminal.keys("q"))
        #expect(try harness.map().cell(stage: 0, touchpoint: 0).emotion == Emotion(2))
    }

    @Test func savingAsAnExistingFileAsksForTheBang() throws {
        let harness = try Harness()
        try harness.folder.write("other.journey", "journey 1\ntitle: Other\n")
        let other = harness.folder.file("other.journey")
        let (_, terminal) = try harness.run(ScriptedTerminal.command("w \(other)") + [.pause(0.1)] + ScriptedTerminal.command("q!"))
        #expect(try harness.folder.read("other.journey") == "journey 1\ntitle: Other\n")
        #expect(terminal.frames.map { $0.buffer.text }.contains { $0.contains("exists; ':w!") })
        try harness.run(ScriptedTerminal.command("w! \(other)") + [.pause(0.1)] + ScriptedTerminal.keys("q"))
        #expect(try harness.map("other.journey").title == "Shop")
    }

    @Test func aDeletedFileIsSaidAndWrittenAgainOnSave() throws {
        let harness = try Harness()
        let (_, terminal) = try harness.run(ScriptedTerminal.keys("5") + [
            .run { try? FileManager.default.removeItem(atPath: harness.mapPath) },
            .pause(1.5),
            Self.ctrlS,
            .pause(0.2),
        ] + ScriptedTerminal.keys("q"))
        #expect(terminal.frames.map { $0.buffer.text }.contains { $0.contains("was deleted or moved away") })
        #expect(try harness.map().cell(stage: 0, touchpoint: 0).emotion == Emotion(2))
    }

    // MARK: Other editors

    @Test func anotherRunningEditorIsAnnouncedWithWhoAndSince() throws {
        let harness = try Harness()
        // This test process counts as a running journey editor.
        try PresenceFile(mapPath: harness.mapPath, processID: getpid()).write(user: "alice", host: ProcessProbe.hostName)
        let (_, terminal) = try harness.run([.pause(0.2)] + ScriptedTerminal.keys("q"))
        let screen = try #require(terminal.frames.first?.buffer.text)
        #expect(screen.contains("Also open in journey by alice (pid \(getpid())) since today"))
        // Its presence file is its own: left in place.
        #expect(FileManager.default.fileExists(atPath: harness.folder.file(".map.journey.\(getpid()).open")))
    }

    @Test func aPresenceFileLeftByADeadEditorIsClearedSilently() throws {
        let harness = try Harness()
        try PresenceFile(mapPath: harness.mapPath, processID: Self.deadProcessID).write(user: "bob", host: ProcessProbe.hostName)
        let (_, terminal) = try harness.run([.pause(0.2)] + ScriptedTerminal.keys("q"))
        #expect(!terminal.frames.contains { $0.buffer.text.contains("Also open") })
        #expect(try harness.folder.names() == ["map.journey"])
    }

    @Test func whileOpenTheEditorAnnouncesItselfAndClearsUpAfter() throws {
        let harness = try Harness()
        var during: [String] = []
        try harness.run([.pause(0.2), .run { during = (try? harness.folder.names()) ?? [] }] + ScriptedTerminal.keys("q"))
        #expect(during == [".map.journey.\(Self.sessionProcessID).open", "map.journey"])
        #expect(try harness.folder.names() == ["map.journey"])
    }
}
