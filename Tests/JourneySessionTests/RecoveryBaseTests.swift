import Foundation
@testable import JourneySession
import JourneyKit
import JourneyTestSupport
import Testing

/// The recovery file records the map its changes were made against (`.NAME.PID.recovery-base`),
/// so that restoring after a crash applies only those changes onto the map as it is then: what
/// others saved after the crash is kept.
@Suite("Session: recovery onto later saves")
struct RecoveryBaseTests {
    typealias Harness = SessionSafetyTests.Harness
    static let dead = SessionSafetyTests.deadProcessID
    static let own = SessionSafetyTests.sessionProcessID

    /// Leaves a recovery file and its base as a killed editor would: the map as it is now was its
    /// base, and it changed Purchase × Mail.
    static func leaveRecoveryWithBase(in harness: Harness, note: String = "Never saved") throws {
        let base = try harness.map()
        var recovered = base
        recovered.updateCell(stage: 1, touchpoint: 1) { $0.note = note }
        try harness.folder.write(".map.journey.\(dead).recovery", JourneyWriter.text(for: recovered))
        try harness.folder.write(".map.journey.\(dead).recovery-base", JourneyWriter.text(for: base))
    }

    static func inode(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.systemFileNumber] as? Int
    }

    @Test func aRestoreKeepsWhatWasSavedAfterTheCrash() throws {
        let harness = try Harness()
        try Self.leaveRecoveryWithBase(in: harness)
        try harness.rewrite { $0.updateCell(stage: 0, touchpoint: 0) { $0.note = "Saved later by Ben" } }
        var during: [String] = []
        var ownRecovery: JourneyMap?
        var ownBase: JourneyMap?
        let (session, terminal) = try harness.run([.pause(0.1), .input(.key(.character("y"))), .pause(0.1), .run {
            during = (try? harness.folder.names()) ?? []
            ownRecovery = try? harness.map(".map.journey.\(Self.own).recovery")
            ownBase = try? harness.map(".map.journey.\(Self.own).recovery-base")
        }, SessionSafetyTests.ctrlS, .pause(0.1)] + ScriptedTerminal.keys("q"))
        // The offer names only the crashed editor's change, and says the later one is kept.
        let offer = try #require(terminal.frames.first { $0.buffer.text.contains("Unsaved changes found") }?.buffer.text)
        #expect(offer.contains("1 cell (Purchase × Mail) differs"))
        #expect(offer.contains("keeps what was saved since"))
        #expect(!offer.contains("Restoring replaces"))
        // Restored, this editor's own recovery holds the merged map, against the file as it is now.
        #expect(during.contains(".map.journey.\(Self.own).recovery"))
        #expect(during.contains(".map.journey.\(Self.own).recovery-base"))
        #expect(!during.contains { $0.contains("\(Self.dead)") })
        #expect(ownRecovery?.cell(stage: 0, touchpoint: 0).note == "Saved later by Ben")
        #expect(ownRecovery?.cell(stage: 1, touchpoint: 1).note == "Never saved")
        #expect(ownBase?.cell(stage: 0, touchpoint: 0).note == "Saved later by Ben")
        #expect(ownBase?.cell(stage: 1, touchpoint: 1).note == "")
        // Saved: both changes are in the file, and no file is left beside it.
        let saved = try harness.map()
        #expect(saved.cell(stage: 0, touchpoint: 0).note == "Saved later by Ben")
        #expect(saved.cell(stage: 1, touchpoint: 1).note == "Never saved")
        #expect(try harness.folder.names() == ["map.journey"])
        #expect(!session.state.isModified)
    }

    @Test func aRecoveryWhoseChangesAreAllInTheFileIsNotOffered() throws {
        let harness = try Harness()
        try Self.leaveRecoveryWithBase(in: harness)
        try harness.rewrite { map in
            map.updateCell(stage: 1, touchpoint: 1) { $0.note = "Never saved" }  // shared before the crash
            map.updateCell(stage: 0, touchpoint: 0) { $0.note = "Saved later by Ben" }
        }
        let (_, terminal) = try harness.run([.pause(0.2)] + ScriptedTerminal.keys("q"))
        #expect(!terminal.frames.contains { $0.buffer.text.contains("Unsaved changes found") })
        #expect(try harness.folder.names() == ["map.journey"])
    }

    @Test func theBaseIsWrittenBesideTheRecoveryFileOnceAndGoesWithIt() throws {
        let harness = try Harness()
        let recovery = harness.folder.file(".map.journey.\(Self.own).recovery")
        let base = recovery + "-base"
        var firstBase: JourneyMap?
        var firstInode: Int?, laterInode: Int?
        var laterRecovery: JourneyMap?
        var afterSave: [String] = []
        var afterAnotherChange: [String] = []
        try harness.run(ScriptedTerminal.keys("5") + [.pause(3), .run {
            firstBase = try? harness.map(".map.journey.\(Self.own).recovery-base")
            firstInode = Self.inode(base)
        }] + ScriptedTerminal.keys("j4") + [.pause(3), .run {
            laterInode = Self.inode(base)
            laterRecovery = try? harness.map(".map.journey.\(Self.own).recovery")
        }, SessionSafetyTests.ctrlS, .pause(0.1), .run { afterSave = (try? harness.folder.names()) ?? [] }]
            + ScriptedTerminal.keys("k1") + [.pause(3), .run { afterAnotherChange = (try? harness.folder.names()) ?? [] }]
            + ScriptedTerminal.command("q!"))
        // The base is the map as read, written with the first recovery write and not again while typing.
        #expect(firstBase == (try JourneyParser.parse(Array(SessionSafetyTests.mapText.utf8), path: "map.journey")))
        #expect(firstInode != nil)
        #expect(laterInode == firstInode)
        #expect(laterRecovery?.cell(stage: 0, touchpoint: 1).emotion == Emotion(1))
        // A save removes both; the next change writes both again; quitting removes both.
        #expect(afterSave.filter { $0.contains(".recovery") }.isEmpty)
        #expect(afterAnotherChange.contains(".map.journey.\(Self.own).recovery-base"))
        #expect(try harness.folder.names() == ["map.journey"])
    }

    @Test func aBaseWhoseRecoveryFileIsGoneIsCleared() throws {
        let harness = try Harness()
        try harness.folder.write(".map.journey.\(Self.dead).recovery-base", SessionSafetyTests.mapText)
        try harness.run([.pause(0.2)] + ScriptedTerminal.keys("q"))
        #expect(try harness.folder.names() == ["map.journey"])
    }
}
