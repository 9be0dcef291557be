import Foundation
import Glibc
@testable import JourneyEditor
@testable import JourneySession
import JourneyKit
import JourneyTestSupport
import Testing

/// Co-editing live with another editor on the same map, played by the test: it announces itself
/// in a presence file (this test process counts as a running journey editor) and writes the map
/// as another editor would. The session must take its changes in while it has its own unsaved
/// changes or a prompt open, share its own through the merge, keep undo personal, and say who
/// clashed with whom.
@Suite("Session: co-editing live", .serialized)
struct LiveCoEditingTests {
    typealias Harness = SessionSafetyTests.Harness
    static let me = SessionSafetyTests.sessionProcessID

    /// The other editor: "bob", this test process.
    struct Bob {
        let harness: Harness
        var cursor: CellKeys? = CellKeys(stage: "b", touchpoint: "mail")

        var presence: PresenceFile { PresenceFile(mapPath: harness.mapPath, processID: getpid()) }

        /// Says that bob is here, working live, with his cursor where it is.
        func announce(wrote: FileVersion? = nil, clashes: [MergeConflict.Location] = [], clashedWith: Int32? = nil) {
            let record = PresenceRecord(user: "bob", host: ProcessProbe.hostName, since: 1_764_500_000, live: true, cursor: cursor,
                                        wrote: wrote, clashes: clashes, clashedWith: clashedWith)
            #expect(throws: Never.self) { try presence.write(record) }
        }

        /// Writes a changed map as bob's editor does: his presence file first (which version he
        /// wrote, the clashes it won), then the map.
        func write(clashes: [MergeConflict.Location] = [], _ change: (inout JourneyMap) throws -> Void) {
            #expect(throws: Never.self) {
                var map = try harness.map()
                try change(&map)
                let bytes = JourneyWriter.bytes(for: map)
                announce(wrote: FileVersion(contents: bytes), clashes: clashes, clashedWith: clashes.isEmpty ? nil : LiveCoEditingTests.me)
                try AtomicFileWriter().write(bytes, to: harness.mapPath)
            }
        }
    }

    static func screens(_ terminal: ScriptedTerminal) -> [String] {
        terminal.frames.map { $0.buffer.text }
    }

    static func note(_ text: String) -> [ScriptedTerminal.Step] {
        ScriptedTerminal.command("note " + text)
    }

    // MARK: Taking in and sharing

    @Test func theOthersChangesComeInWhileUnsavedChangesWaitAndBothEndInTheFile() throws {
        let harness = try Harness()
        let bob = Bob(harness: harness)
        bob.announce()
        var seenWhileDirty = false
        let (session, terminal) = try harness.run([.pause(0.2)] + ScriptedTerminal.keys("5") + [
            // Bob writes before this editor shares its change: it is taken in, merged with it.
            .run { bob.write { $0.updateCell(stage: 1, touchpoint: 1) { $0.note = "Bob was here" } } },
            .pause(0.5),
            // Within half a second, the file holds both.
            .run { seenWhileDirty = (try? harness.map()).map { $0.cell(stage: 0, touchpoint: 0).emotion == Emotion(2) && $0.cell(stage: 1, touchpoint: 1).note == "Bob was here" } ?? false },
            .pause(1),
        ] + ScriptedTerminal.command("q"))
        #expect(seenWhileDirty)
        let saved = try harness.map()
        #expect(saved.cell(stage: 0, touchpoint: 0).emotion == Emotion(2))
        #expect(saved.cell(stage: 1, touchpoint: 1).note == "Bob was here")
        #expect(!session.state.isModified)
        // Shared without a word, and the title bar says who else is here.
        #expect(Self.screens(terminal).contains { $0.contains("live: bob") })
        #expect(!Self.screens(terminal).contains { $0.contains("Saved") })
        // Bob's change is not an undo step of this editor's: one step, the emotion.
        #expect(session.state.history.past.count == 1)
    }

    @Test func aPromptKeepsItsTextAndFollowsItsCellWhenAStageIsAddedBeforeIt() throws {
        let harness = try Harness()
        let bob = Bob(harness: harness)
        bob.announce()
        let (session, terminal) = try harness.run([.pause(0.2), .input(.key(.character("l"))), .input(.key(.enter))]
            + ScriptedTerminal.keys("Half") + [
                .run { bob.write { try $0.insertStage(named: "Discovery", key: "discovery", at: 0) } },
                .pause(1.2),
            ] + ScriptedTerminal.keys(" typed") + [.input(.key(.enter)), .pause(1)] + ScriptedTerminal.command("q"))
        // While the prompt was open, Bob's stage appeared, and the prompt still held its text.
        let during = try #require(Self.screens(terminal).last { $0.contains("Discovery") && $0.contains("Half") && !$0.contains("Half typed") })
        #expect(during.contains("Discovery"))
        let saved = try harness.map()
        #expect(saved.stages.map(\.name) == ["Discovery", "Awareness", "Purchase"])
        // The note went to the cell the prompt was opened on: Purchase × Web, now the third stage.
        #expect(saved.cell(stage: 2, touchpoint: 0).note == "Half typed")
        #expect(saved.cell(stage: 1, touchpoint: 0).note.isEmpty)
        #expect(session.state.cursor == CellPosition(stage: 2, touchpoint: 0))
    }

    @Test func undoTakesBackOnlyYourOwnChangeOnTopOfTheOthers() throws {
        let harness = try Harness()
        let bob = Bob(harness: harness)
        bob.announce()
        try harness.run([.pause(0.2)] + ScriptedTerminal.keys("4") + [.pause(0.5),
            .run { bob.write { $0.updateCell(stage: 1, touchpoint: 1) { $0.note = "Bob's note" } } },
            .pause(0.5),
            .run { bob.write { $0.title = "Bob's title" } },
            .pause(0.5),
        ] + ScriptedTerminal.keys("u") + [.pause(0.5)] + ScriptedTerminal.command("q"))
        let saved = try harness.map()
        #expect(saved.cell(stage: 0, touchpoint: 0).emotion == nil)  // yours, undone
        #expect(saved.cell(stage: 1, touchpoint: 1).note == "Bob's note")  // theirs, kept
        #expect(saved.title == "Bob's title")
    }

    @Test func undoAfterTheOthersChangedTheSameFieldLeavesTheirs() throws {
        let harness = try Harness()
        let bob = Bob(harness: harness)
        bob.announce()
        try harness.run([.pause(0.2)] + Self.note("mine") + [.pause(0.5),
            .run { bob.write { $0.updateCell(stage: 0, touchpoint: 0) { $0.note = "Bob's, after yours" } } },
            .pause(0.5),
        ] + ScriptedTerminal.keys("u") + [.pause(0.5)] + ScriptedTerminal.command("q"))
        #expect(try harness.map().cell(stage: 0, touchpoint: 0).note == "Bob's, after yours")
    }

    // MARK: Clashes

    @Test func aClashYouWinSaysWhoAndUTakesTheirs() throws {
        let harness = try Harness()
        let bob = Bob(harness: harness)
        bob.announce()
        var presenceAfter = ""
        let (session, terminal) = try harness.run([.pause(0.2)] + Self.note("Ana's words") + [
            // Bob writes the same note before this editor shared its own: the same moment.
            .run { bob.write { $0.updateCell(stage: 0, touchpoint: 0) { $0.note = "Bob's words" } } },
            .pause(1),
            .run { presenceAfter = (try? harness.folder.read(".map.journey.\(Self.me).open")) ?? "" },
        ] + [.pause(0.1)] + ScriptedTerminal.keys("u") + [.pause(1)] + ScriptedTerminal.command("q"))
        let clash = try #require(Self.screens(terminal).first { $0.contains("Clash with bob") })
        #expect(clash.contains("Clash with bob on Awareness × Web (note): yours stands; u takes theirs: 'Bob's words'"))
        // Its write told Bob which of his values it replaced.
        #expect(presenceAfter.contains("clash-with: \(getpid())"))
        #expect(presenceAfter.contains("clash: cell a web note"))
        // u took Bob's value: no text was lost, and the file has his.
        #expect(try harness.map().cell(stage: 0, touchpoint: 0).note == "Bob's words")
        #expect(Self.screens(terminal).contains { $0.contains("Undone: keep yours over theirs in a clash") })
        #expect(!session.state.isModified)
    }

    @Test func aClashTheOtherWonSaysWhoAndUBringsYoursBack() throws {
        let harness = try Harness()
        let bob = Bob(harness: harness)
        bob.announce()
        let (_, terminal) = try harness.run([.pause(0.2)] + Self.note("Ana's words") + [.pause(0.6),
            // Bob's editor merged with Ana's write, found both had changed the note, and kept his.
            .run { bob.write(clashes: [.cell(stageKey: "a", touchpointKey: "web", field: "note")]) { $0.updateCell(stage: 0, touchpoint: 0) { $0.note = "Bob's words" } } },
            .pause(1),
        ] + ScriptedTerminal.keys("u") + [.pause(1)] + ScriptedTerminal.command("q"))
        let clash = try #require(Self.screens(terminal).first { $0.contains("Clash: bob") })
        #expect(clash.contains("Clash: bob changed Awareness × Web (note) at the same moment; theirs stands; u brings yours back"))
        #expect(clash.contains("Bob's words"))
        #expect(try harness.map().cell(stage: 0, touchpoint: 0).note == "Ana's words")
    }

    @Test func aClashWonOverSomeoneElseIsNotToldHere() throws {
        let harness = try Harness()
        let bob = Bob(harness: harness)
        bob.announce()
        let (_, terminal) = try harness.run([.pause(0.2)] + Self.note("Ana's words") + [.pause(0.6),
            .run {
                // Clashes with another process: this editor's value was not the one replaced.
                var map = (try? harness.map()) ?? JourneyMap()
                map.updateCell(stage: 0, touchpoint: 0) { $0.note = "Bob's words" }
                let bytes = JourneyWriter.bytes(for: map)
                let record = PresenceRecord(user: "bob", host: ProcessProbe.hostName, since: 1, live: true, wrote: FileVersion(contents: bytes),
                                            clashes: [.cell(stageKey: "a", touchpointKey: "web", field: "note")], clashedWith: 99)
                try? bob.presence.write(record)
                try? AtomicFileWriter().write(bytes, to: harness.mapPath)
            },
            .pause(1),
        ] + ScriptedTerminal.command("q"))
        #expect(!Self.screens(terminal).contains { $0.contains("Clash") })
        #expect(try harness.map().cell(stage: 0, touchpoint: 0).note == "Bob's words")
    }

    // MARK: Presence

    @Test func othersCursorsAreMarkedAndOursIsTold() throws {
        let harness = try Harness()
        let bob = Bob(harness: harness)
        bob.announce()
        var mine = ""
        let (_, terminal) = try harness.run([.pause(0.3)] + ScriptedTerminal.keys("j") + [.pause(0.3),
            .run { mine = (try? harness.folder.read(".map.journey.\(Self.me).open")) ?? "" },
        ] + ScriptedTerminal.command("q"))
        // Bob's cursor, on Purchase × Mail, carries his initial.
        let screen = try #require(Self.screens(terminal).last)
        let mailRow = try #require(screen.split(separator: "\n").first { $0.hasPrefix(" Mail") || $0.hasPrefix("▶Mail") })
        #expect(mailRow.contains("[B]"))
        #expect(screen.contains("live: bob"))
        // This editor's presence file says where its cursor is, and that it works live.
        #expect(mine.contains("cursor: a mail"))
        #expect(mine.contains("live: yes"))
    }

    @Test func deletingAStageSomeoneWorksOnAsksFirstAndNamesThem() throws {
        let harness = try Harness()
        let bob = Bob(harness: harness)  // his cursor is on stage b, Purchase
        bob.announce()
        let (_, terminal) = try harness.run([.pause(0.2)] + ScriptedTerminal.keys("lsd") + [.pause(0.1)] + ScriptedTerminal.keys("n")
            + ScriptedTerminal.command("stage delete") + [.pause(0.1), .input(.key(.escape)), .pause(0.5)] + ScriptedTerminal.command("q"))
        let asked = Self.screens(terminal).filter { $0.contains("bob is working on stage 'Purchase'. Delete it?") }
        #expect(asked.count >= 2)  // by key and by command line
        #expect(try harness.map().stages.map(\.name) == ["Awareness", "Purchase"])
    }

    // MARK: Solo

    @Test func liveOffSavesOnlyWhenToldAndMergesThen() throws {
        let harness = try Harness()
        let bob = Bob(harness: harness)
        bob.announce()
        var onDiskMeanwhile: JourneyMap?
        let (_, terminal) = try harness.run([.pause(0.2)] + ScriptedTerminal.command("live off") + [.pause(0.1)] + ScriptedTerminal.keys("5") + [.pause(1),
            .run { onDiskMeanwhile = try? harness.map() },
            .run { bob.write { $0.updateCell(stage: 1, touchpoint: 1) { $0.note = "Bob was here" } } },
            .pause(1.5),
            SessionSafetyTests.ctrlS, .pause(0.5),
        ] + ScriptedTerminal.command("q"))
        #expect(onDiskMeanwhile?.cell(stage: 0, touchpoint: 0).emotion == nil)
        #expect(Self.screens(terminal).contains { $0.contains("Live off") })
        #expect(Self.screens(terminal).contains { $0.contains("changed on disk; your changes are kept") })
        #expect(Self.screens(terminal).contains { $0.contains("solo; also here: bob") })
        let saved = try harness.map()
        #expect(saved.cell(stage: 0, touchpoint: 0).emotion == Emotion(2))
        #expect(saved.cell(stage: 1, touchpoint: 1).note == "Bob was here")
    }
}
