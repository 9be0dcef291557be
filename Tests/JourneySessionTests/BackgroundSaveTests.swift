import Dispatch
import Foundation
@testable import JourneyEditor
@testable import JourneySession
import JourneyKit
import JourneyTestSupport
import Testing

/// Saves and exports run on the session's worker while the loop keeps reading keys; they report
/// back as events. One save at a time: a save asked for meanwhile waits for the one in flight and
/// checks the file against what that one wrote; quitting waits for it.
@Suite("Session: saves off the key path")
struct BackgroundSaveTests {
    /// The session being run, for steps of the script that look at its state.
    final class SessionBox {
        var session: EditorSession?
        var state: EditorState {
            guard let session else { preconditionFailure("the session is not running") }
            return session.state
        }
    }

    static let mapSaves = "/.map.journey.saving-"

    /// Runs the script with saves in the background, as the real editor does.
    static func run(_ harness: SessionSafetyTests.Harness, box: SessionBox, _ steps: [ScriptedTerminal.Step]) throws -> EditorSession.Ending {
        let bytes = try LocalFileSystem().readFile(harness.mapPath)
        let state = EditorState(
            map: try JourneyParser.parse(bytes, path: harness.mapPath),
            document: DocumentInfo(path: harness.mapPath, isNew: false),
            screenSize: ScreenSize(width: 200, height: 50),
            diskVersion: FileVersion(contents: bytes))
        let terminal = ScriptedTerminal(steps, clock: harness.clock)
        var timing = EditorSession.Timing()
        timing.savesInBackground = true
        timing.recoveryInBackground = false
        let session = EditorSession(state: state, terminal: terminal, fileSystem: harness.fileSystem, timing: timing,
                                    processID: SessionSafetyTests.sessionProcessID, clock: harness.clock.function)
        box.session = session
        return session.run()
    }

    @Test func aKeyIsHandledWhileASlowSaveIsUnderWay() throws {
        let harness = try SessionSafetyTests.Harness()
        let fileSystem = harness.fileSystem
        fileSystem.slowDownWrites(pathContaining: Self.mapSaves, hold: true)
        let box = SessionBox()
        var during: (cursor: CellPosition, emotion: Emotion?, modified: Bool, waiting: Int, disk: String)?
        let ending = try Self.run(harness, box: box, ScriptedTerminal.keys("5") + [
            SessionSafetyTests.ctrlS,
            .until("the save to be writing") { fileSystem.writesWaiting == 1 },
        ] + ScriptedTerminal.keys("j1") + [
            .run {
                during = (box.state.cursor, box.state.map.cell(stage: 0, touchpoint: 1).emotion, box.state.isModified,
                          fileSystem.writesWaiting, (try? harness.folder.read("map.journey")) ?? "")
            },
            SessionSafetyTests.ctrlS,  // a second save while the first is in flight
            .run { fileSystem.releaseWrites() },
            .until("both saves to be reported") { !box.state.isModified },
        ] + ScriptedTerminal.keys("q"))
        #expect(ending == .quit)
        // The keys after Ctrl-S were handled while the save was still waiting for the disk.
        let seen = try #require(during)
        #expect(seen.cursor == CellPosition(stage: 0, touchpoint: 1))
        #expect(seen.emotion == Emotion(-2))
        #expect(seen.modified)
        #expect(seen.waiting == 1)
        #expect(seen.disk == SessionSafetyTests.mapText)
        // Both changes reached the file, one save after the other, never two writers at once.
        let saved = try harness.map()
        #expect(saved.cell(stage: 0, touchpoint: 0).emotion == Emotion(2))
        #expect(saved.cell(stage: 0, touchpoint: 1).emotion == Emotion(-2))
        #expect(fileSystem.mostWritesAtOnce == 1)
        #expect(fileSystem.slowWritesFinished == 2)
        #expect(try harness.folder.names() == ["map.journey"])
    }

    @Test func quittingWaitsForTheSaveInFlight() throws {
        let harness = try SessionSafetyTests.Harness()
        let fileSystem = harness.fileSystem
        fileSystem.slowDownWrites(pathContaining: Self.mapSaves, hold: true)
        let box = SessionBox()
        var quitAt = 0.0
        let ending = try Self.run(harness, box: box, ScriptedTerminal.keys("5") + [
            SessionSafetyTests.ctrlS,
            .until("the save to be writing") { fileSystem.writesWaiting == 1 },
            .run {
                quitAt = ScriptedTerminal.realSeconds()
                DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { fileSystem.releaseWrites() }
            },
        ] + ScriptedTerminal.command("q!"))
        let waited = ScriptedTerminal.realSeconds() - quitAt
        #expect(ending == .quit)
        #expect(waited >= 0.25)
        // The save finished whole before the editor ended; nothing else was left behind.
        #expect(try harness.map().cell(stage: 0, touchpoint: 0).emotion == Emotion(2))
        #expect(try harness.folder.names() == ["map.journey"])
    }

    @Test func saveAndQuitAskedForDuringASaveSavesEverythingThenQuits() throws {
        let harness = try SessionSafetyTests.Harness()
        let fileSystem = harness.fileSystem
        fileSystem.slowDownWrites(pathContaining: Self.mapSaves, hold: true)
        let box = SessionBox()
        let ending = try Self.run(harness, box: box, ScriptedTerminal.keys("5") + [
            SessionSafetyTests.ctrlS,
            .until("the save to be writing") { fileSystem.writesWaiting == 1 },
        ] + ScriptedTerminal.keys("j1") + ScriptedTerminal.command("wq") + [
            .run { fileSystem.releaseWrites() },
            .until("the editor to quit after saving") { false },
        ])
        #expect(ending == .quit)
        let saved = try harness.map()
        #expect(saved.cell(stage: 0, touchpoint: 0).emotion == Emotion(2))
        #expect(saved.cell(stage: 0, touchpoint: 1).emotion == Emotion(-2))
        #expect(fileSystem.mostWritesAtOnce == 1)
        #expect(box.state.message == .info(.saved(harness.mapPath, note: nil)))
    }

    @Test func anExportIsRenderedAndWrittenOffTheKeyPath() throws {
        let harness = try SessionSafetyTests.Harness()
        let fileSystem = harness.fileSystem
        let exportPath = harness.folder.file("map.md")
        fileSystem.slowDownWrites(pathContaining: "/.map.md.saving-", hold: true)
        let box = SessionBox()
        var message: StatusMessage?
        var during: (message: StatusMessage?, exists: Bool, cursor: CellPosition)?
        let ending = try Self.run(harness, box: box, ScriptedTerminal.command("export markdown \(exportPath)") + [
            .until("the export to be writing") { fileSystem.writesWaiting == 1 },
            .run { message = box.state.message },
        ] + ScriptedTerminal.keys("l") + [
            .run { during = (message, FileManager.default.fileExists(atPath: exportPath), box.state.cursor) },
            .run { fileSystem.releaseWrites() },
            .until("the export to be reported") { box.state.message == .info(.exported(exportPath)) },
        ] + ScriptedTerminal.keys("q"))
        #expect(ending == .quit)
        let seen = try #require(during)
        #expect(seen.message == .info(.exporting(exportPath)))
        #expect(!seen.exists)
        #expect(seen.cursor == CellPosition(stage: 1, touchpoint: 0))
        let markdown = try harness.folder.read("map.md")
        #expect(markdown.contains("Awareness") && markdown.contains("Purchase"))
    }
}
