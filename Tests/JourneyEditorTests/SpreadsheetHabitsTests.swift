@testable import JourneyEditor
import JourneyKit
import Testing

/// What users of VisiData, sc-im and vim reach for first: copy, cut and paste a cell, move it,
/// repeat the last change, jump by name, counts before motions.
@Suite("Spreadsheet and vim habits")
struct SpreadsheetHabitsTests {
    @Test func yCopiesAndCapitalPPastesACellAsOneUndoStep() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        let copied = editor.cell
        editor.press(.character("y"))
        #expect(editor.status.hasPrefix("Cell copied"))
        editor.press(.down, .down)
        let replaced = editor.cell
        editor.press(.character("P"))
        #expect(editor.cell == copied)
        editor.press(.character("u"))
        #expect(editor.cell == replaced)
    }

    @Test func xCutsTheCellAndPPastesItElsewhere() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        let original = editor.cell
        editor.press(.character("x"))
        #expect(editor.cell.isEmpty)
        editor.press(.right, .right, .right, .down, .down, .down)
        #expect(editor.cell.isEmpty)
        editor.press(.character("P"))
        #expect(editor.cell == original)
    }

    @Test func capitalMMovesTheCellAndSwapsWithANeighbour() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        let first = editor.cell
        let right = editor.state.map.cell(stage: 1, touchpoint: 0)
        editor.press(.character("M"), .character("l"))
        #expect(editor.state.cursor == CellPosition(stage: 1, touchpoint: 0))
        #expect(editor.state.map.cell(stage: 1, touchpoint: 0) == first)
        #expect(editor.state.map.cell(stage: 0, touchpoint: 0) == right)
        editor.press(.character("u"))
        #expect(editor.state.map.cell(stage: 0, touchpoint: 0) == first)
        editor.press(.home, .character("M"), .left)
        #expect(editor.status.hasPrefix("The cell is at the edge of the map"))
        editor.command("cell move down")
        #expect(editor.state.map.cell(stage: 0, touchpoint: 1) == first)
    }

    @Test func dotRepeatsTheLastChangeOnTheCursorsCell() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.character("p"))
        editor.type("Cola en caja")
        editor.press(.enter, .character("5"))
        #expect(editor.state.lastCellChange == .setEmotion(Emotion(2), feeling: nil))
        editor.press(.down)
        #expect(editor.cell.emotion != Emotion(2))
        editor.press(.character("."))
        #expect(editor.cell.emotion == Emotion(2))
        editor.press(.right)
        editor.command("pain Sin cambio")
        editor.press(.down, .character("."))
        #expect(editor.cell[list: .painPoints].last == "Sin cambio")
        #expect(EditorDriver(map: try EditorDriver.workshop()).state.lastCellChange == nil)
    }

    @Test func gotoJumpsByNameWithCompletion() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.command("goto front")
        #expect(editor.state.cursor.touchpoint == 2)
        #expect(editor.status.hasPrefix("Touchpoint 'Front desk'"))
        editor.command("goto first visit")
        #expect(editor.state.cursor.stage == 2)
        editor.command("goto nowhere")
        #expect(editor.status.hasPrefix("No stage or touchpoint is called 'nowhere'"))
        #expect(CommandLineParser.completions(for: "goto gy", map: editor.state.map) == ["goto Gym app"])
    }

    @Test func aCountBeforeAMotionRepeatsItAndTakesBackTheDigitsEmotion() throws {
        let map = try EditorDriver.workshop()
        var editor = EditorDriver(map: map)
        editor.press(.character("3"), .character("j"))
        #expect(editor.state.cursor.touchpoint == 3)
        #expect(editor.state.map == map)           // the 3 did not stay as an emotion
        #expect(!editor.state.isModified)
        editor.press(.character("u"))
        #expect(editor.status.hasPrefix("Nothing to undo"))
        editor.press(.character("g"), .character("2"), .character("l"))
        #expect(editor.state.cursor == CellPosition(stage: 2, touchpoint: 0))
        editor.press(.character("9"), .character("9"), .character("l"))
        #expect(editor.state.cursor.stage == map.stages.count - 1)
        editor.press(.character("2"), .character("G"))
        #expect(editor.state.cursor.touchpoint == 1)
        editor.press(.character("4"), .character("x"))  // not a motion: the emotion stays
        #expect(editor.state.clipboard?.emotion == Emotion(1))
    }
}

/// The command line lists what Tab can complete, and a prompt's old value is selected.
@Suite("Prompts and completion")
struct PromptCompletionTests {
    @Test func tabListsTheMatchingCommandsAboveTheStatusLine() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.character(":"), .character("s"), .tab)
        let screen = editor.screen().split(separator: "\n").map(String.init)
        let list = screen[screen.count - 2]
        for word in ["stage", "scenario", "search", "suspend"] {
            #expect(list.contains(word), "\(list)")
        }
        let before = CommandLineParser.completions(for: "s")
        #expect(before.count > 1)
        editor.press(.tab)
        guard case .prompt(let prompt) = editor.state.mode else {
            Issue.record("the command line closed")
            return
        }
        #expect(prompt.editor.text == before[1])
    }

    @Test func aPrefilledValueIsReplacedByTheFirstTypedCharacterAndKeptByArrows() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.down, .right)   // a cell with a feeling
        let feeling = try #require(editor.cell.feeling)
        editor.press(.character("f"))
        editor.type("harta")
        editor.press(.enter)
        #expect(editor.cell.feeling == "harta")
        editor.press(.character("f"), .end)
        editor.type("zo")
        editor.press(.enter)
        #expect(editor.cell.feeling == "hartazo")
        editor.press(.character("f"), .backspace, .enter)
        #expect(editor.cell.feeling == nil)
        #expect(feeling != "harta")
    }
}

/// A confined session (every `journey serve` participant) names only plain files in the map's folder.
@Suite("Confined sessions")
struct ConfinedSessionTests {
    @Test func pathsOutsideTheMapsFolderAreRefused() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.state.confinedToFolder = true
        for line in ["w /tmp/x.journey", "w ../x.journey", "export markdown ~/.bashrc", "export md .hidden.md", "compare /etc/passwd", "w! sub/x.journey"] {
            editor.effects = []
            editor.command(line)
            #expect(editor.effects.isEmpty, "\(line)")
            #expect(editor.status.contains("is not allowed here"), "\(line): \(editor.status)")
        }
        editor.command("export md informe.md")
        #expect(editor.effects.contains { if case .export(let request) = $0 { request.path == "informe.md" } else { false } })
        editor.effects = []
        editor.command("w")
        #expect(editor.effects.contains { if case .save = $0 { true } else { false } })
    }
}

/// `q` right after Ctrl-S (a large map still being written) quits once the save is written.
@Suite("Quitting during a save")
struct QuitDuringSaveTests {
    @Test func qWhileTheSaveIsInFlightQuitsWhenItIsWrittenAndStaysWhenItFails() throws {
        for fails in [false, true] {
            var editor = EditorDriver(map: try EditorDriver.workshop())
            editor.press(.character("5"), .control("s"))
            guard case .save(let request) = editor.effects.last else {
                Issue.record("no save asked for")
                return
            }
            editor.press(.character("q"))
            #expect(editor.state.mode == .grid)            // no question: the save holds every change
            #expect(!editor.state.hasQuit)
            if fails {
                editor.send(.saveFinished(.failed(path: request.path, reason: .writeFailed(.text("the disk is full")))))
                #expect(!editor.state.hasQuit)
                #expect(editor.status.hasPrefix("Not saved to map.journey"))
            } else {
                editor.send(.saveFinished(.saved(request, version: FileVersion(contents: Array("x".utf8)))))
                #expect(editor.state.hasQuit)
                #expect(editor.effects.last == .quit)
            }
        }
    }
}

/// Sharing live, `q` writes what is not written yet and quits, without asking.
@Suite("Quitting a live session")
struct QuitLiveTests {
    @Test func qWritesTheLastChangesThenQuits() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.send(.otherEditors([OtherEditor(user: "ana", host: "", processID: 4242, since: "10:00", isLive: true)]))
        #expect(editor.state.isLiveSharing)
        editor.press(.character("5"))
        editor.effects = []
        editor.press(.character("q"))
        #expect(editor.state.mode == .grid)   // no question
        guard case .save(let request) = editor.effects.last else {
            Issue.record("q wrote nothing: \(editor.effects)")
            return
        }
        #expect(request.then == .quit)
        #expect(request.map == editor.state.map)
        editor.send(.saveFinished(.saved(request, version: FileVersion(contents: Array("x".utf8)))))
        #expect(editor.state.hasQuit)
    }
}
