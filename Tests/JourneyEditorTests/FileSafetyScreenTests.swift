@testable import JourneyEditor
import JourneyKit
import Testing

/// What the user sees when the file needs a decision: a conflict with the file on disk, unsaved
/// changes found in a recovery file, an error too long for the status line (golden screens at 80×24).
@Suite("File safety screens")
struct FileSafetyScreenTests {
    /// The editor having pressed Ctrl-S on a changed cell while the file on disk changed the same cell.
    static func conflicted() throws -> EditorDriver {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.state.diskVersion = FileVersion(contents: [1])
        editor.press(.character("5"), .control("s"))
        guard case .save(let request)? = editor.effects.last else {
            Issue.record("Ctrl-S did not save")
            return editor
        }
        var theirs = editor.state.baseMap
        theirs.updateCell(stage: 0, touchpoint: 0) {
            $0.emotion = Emotion(-2)
            $0.feeling = "lost"
        }
        theirs.title = theirs.title + " (reviewed)"
        editor.send(.saveFinished(.changedOnDisk(request, theirs: theirs, version: FileVersion(contents: [2]))))
        return editor
    }

    @Test func aConflictShowsBothValuesAndWhatWasThere() throws {
        var editor = try Self.conflicted()
        #expect(editor.state.mode == .conflicts)
        try expectGolden(editor.screen(width: 80, height: 24), named: "conflict-80x24")
        // Taking theirs writes the merged map (their title came in without conflict).
        editor.press(.character("t"))
        guard case .save(let request)? = editor.effects.last else {
            Issue.record("Answering the last conflict did not save")
            return
        }
        #expect(request.map.cell(stage: 0, touchpoint: 0).emotion == Emotion(-2))
        #expect(request.map.title.hasSuffix("(reviewed)"))
        #expect(request.check == .expect(FileVersion(contents: [2])))
        #expect(editor.state.mode == .grid)
        // The merge is one undo step: u gives back exactly what was there before.
        editor.press(.character("u"))
        #expect(editor.state.map.cell(stage: 0, touchpoint: 0).emotion == Emotion(2))
    }

    /// A stage the file deleted while this editor changed one of its cells: the panel says what
    /// this side changed in it in the interface's language, not in English.
    @Test func aKeptStageIsDescribedInTheInterfacesLanguage() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.state.language = .spanish
        editor.state.diskVersion = FileVersion(contents: [1])
        let stageName = editor.state.map.stages[0].name
        editor.press(.character("5"), .control("s"))
        guard case .save(let request)? = editor.effects.last else {
            Issue.record("Ctrl-S did not save")
            return
        }
        var theirs = editor.state.baseMap
        theirs.removeStage(at: 0)
        editor.send(.saveFinished(.changedOnDisk(request, theirs: theirs, version: FileVersion(contents: [2]))))
        #expect(editor.state.mode == .conflicts)
        let screen = editor.screen(width: 100, height: 30)
        #expect(screen.contains("\(stageName) (cambió: 1 celda)"), "\(screen)")
        #expect(!screen.contains("changed:"))
    }

    @Test func conflictKeysGoBackAndForthAndOtherKeysExplain() throws {
        var editor = try Self.conflicted()
        let count = try #require(editor.state.conflictReview?.result.conflicts.count)
        editor.press(.character("x"))
        #expect(editor.status.contains("o takes yours"))
        editor.press(.right, .left)
        #expect(editor.state.conflictReview?.index == 0)
        editor.press(.character("O"))
        #expect(editor.state.conflictReview == nil)
        guard case .save(let request)? = editor.effects.last else {
            Issue.record("O did not finish the merge")
            return
        }
        #expect(request.map.cell(stage: 0, touchpoint: 0).emotion == Emotion(2))
        #expect(count >= 1)
    }

    @Test func theRecoveryOfferExplainsBothAnswers() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        var recovered = editor.state.map
        recovered.updateCell(stage: 1, touchpoint: 2) { $0.note = "Typed before the crash" }
        editor.send(.recoveryFound(RecoveryOffer(
            map: recovered, path: ".map.journey.4242.recovery", savedAt: "today 15:32",
            summary: MapDifference(from: editor.state.map, to: recovered).summary, isOlderThanFile: false)))
        try expectGolden(editor.screen(width: 80, height: 24), named: "recovery-offer-80x24")
        editor.press(.character("y"))
        #expect(editor.effects.last == .resolveRecovery(path: ".map.journey.4242.recovery", restore: true))
        #expect(editor.state.map == recovered)
        #expect(editor.state.isModified)
    }

    @Test func anErrorTooLongForTheStatusLineIsShownWhole() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop(), path: "clients/acme/2026/onboarding-workshop-final.journey")
        editor.press(.character("3"), .control("s"))
        editor.send(.saveFinished(.failed(path: "clients/acme/2026/onboarding-workshop-final.journey", reason: .writeFailed(.text("cannot write: the disk quota is exceeded")))))
        let screen = editor.screen(width: 80, height: 24)
        try expectGolden(screen, named: "long-error-80x24")
        #expect(screen.contains("quota is exceeded"))
        #expect(screen.contains("saves elsewhere"))
    }
}
