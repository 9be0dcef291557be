@testable import JourneyEditor
import JourneyKit
import Testing

/// The editing keys of the fixed contract, driven as a user would press them.
@Suite("Editing keys")
struct EditingKeysTests {
    @Test func arrowsAndVimKeysMoveAndStopAtTheEdges() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.right, .character("l"), .down, .character("j"))
        #expect(editor.state.cursor == CellPosition(stage: 2, touchpoint: 2))
        editor.press(.character("h"), .character("k"), .left, .left, .left, .up, .up)
        #expect(editor.state.cursor == .origin)
        editor.press(.end, .character("G"))
        #expect(editor.state.cursor == CellPosition(stage: 4, touchpoint: 3))
        editor.press(.home, .character("g"))
        #expect(editor.state.cursor == .origin)
        editor.press(.pageDown)
        #expect(editor.state.cursor.touchpoint == 3)
        editor.press(.pageUp)
        #expect(editor.state.cursor.touchpoint == 0)
    }

    @Test func enterEditsTheNoteInPlaceByCharacter() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.enter, .control("u"))
        editor.type("Compra rápida 🙂 ñandú")
        editor.press(.backspace, .backspace)        // removes "ú" and "d" whole, not bytes
        editor.press(.left, .left, .left, .left)    // four characters back: before the space before "ñ"
        editor.press(.delete)                       // deletes that space
        editor.press(.home)
        editor.type("¡")
        editor.press(.end)
        editor.type("!")
        editor.press(.enter)
        #expect(editor.cell.note == "¡Compra rápida 🙂ñan!")
        #expect(editor.state.isModified)
    }

    @Test func controlWAndControlUDeleteWordsAndLines() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.enter)
        editor.press(.control("u"))
        editor.type("uno dos tres")
        editor.press(.control("w"))
        guard case .prompt(let prompt) = editor.state.mode else {
            Issue.record("not editing")
            return
        }
        #expect(prompt.editor.text == "uno dos ")
        editor.press(.control("w"), .control("w"))
        editor.type("solo")
        editor.press(.enter)
        #expect(editor.cell.note == "solo")
        editor.press(.enter)
        editor.press(.control("u"), .enter)
        #expect(editor.cell.note == "")
    }

    @Test func escapeCancelsTheEditAndLeavesTheMapAsItWas() throws {
        let map = try EditorDriver.workshop()
        var editor = EditorDriver(map: map)
        editor.press(.enter)
        editor.type(" more words")
        editor.press(.escape)
        #expect(editor.state.map == map)
        #expect(!editor.state.isModified)
        #expect(editor.state.mode == .grid)
    }

    @Test func numberKeysSetTheEmotionAndPlusMinusNudgeIt() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.character("1"))
        #expect(editor.cell.emotion == Emotion(-2))
        editor.press(.character("5"))
        #expect(editor.cell.emotion == Emotion(2))
        editor.press(.character("+"))
        #expect(editor.cell.emotion == Emotion(2))
        editor.press(.character("-"), .character("-"))
        #expect(editor.cell.emotion == Emotion(0))
        editor.press(.character("0"))
        #expect(editor.cell.emotion == nil)
        #expect(editor.cell.feeling == "unsure")  // clearing the score keeps the feeling word
        editor.press(.character("-"))
        #expect(editor.cell.emotion == Emotion(-1))
        editor.press(.character("f"), .control("u"))
        editor.type("anxious")
        editor.press(.enter)
        #expect(editor.cell.feeling == "anxious")
    }

    @Test func pAndOAddPainPointsAndOpportunities() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.character("p"))
        editor.type("Precio oculto")
        editor.press(.enter, .character("o"))
        editor.type("  Mostrar precio  ")
        editor.press(.enter)
        #expect(editor.cell[list: .painPoints] == ["Ads everywhere, no honest reviews", "Precio oculto"])
        #expect(editor.cell[list: .opportunities] == ["Publish member stories about recovery", "Mostrar precio"])
        editor.press(.character("p"), .escape)
        #expect(editor.cell[list: .painPoints].count == 2)
        editor.press(.character("p"), .enter)
        #expect(editor.cell[list: .painPoints].count == 2)
        #expect(editor.status.hasPrefix("Nothing added"))
    }

    @Test func detailPaneSelectsEditsReordersAndDeletesItems() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.right, .down)  // Join × Gym app: two pain points, two opportunities
        editor.press(.tab)
        #expect(editor.state.mode == .detail(DetailSelection(list: .painPoints, index: 0)))
        editor.press(.character("J"))  // move "Long form" down
        #expect(editor.cell[list: .painPoints] == ["Card declined with no reason", "Long form"])
        editor.press(.down)            // from the last pain point into the opportunities
        #expect(editor.state.mode == .detail(DetailSelection(list: .opportunities, index: 0)))
        editor.press(.enter, .control("u"))
        editor.type("Sign up in one minute")
        editor.press(.enter)
        #expect(editor.cell[list: .opportunities] == ["Sign up in one minute", "Apple Pay and Bizum"])
        #expect(editor.state.mode == .detail(DetailSelection(list: .opportunities, index: 0)))
        editor.press(.character("d"))
        #expect(editor.cell[list: .opportunities] == ["Apple Pay and Bizum"])
        editor.press(.character("o"))
        editor.type("Bizum")
        editor.press(.enter)
        #expect(editor.cell[list: .opportunities] == ["Apple Pay and Bizum", "Bizum"])
        editor.press(.character("u"))
        #expect(editor.cell[list: .opportunities] == ["Apple Pay and Bizum"])
        editor.press(.escape)
        #expect(editor.state.mode == .grid)
    }

    @Test func undoAndRedoEveryKindOfChangeWithoutLimit() throws {
        let original = try EditorDriver.workshop()
        var editor = EditorDriver(map: original)
        var versions = [editor.state.map]
        func step(_ body: (inout EditorDriver) -> Void) {
            body(&editor)
            versions.append(editor.state.map)
        }
        step { $0.press(.character("4")) }
        step { $0.command("note Nueva nota") }
        step { $0.command("stage add Loyalty") }
        step { $0.command("stage rename Lealtad") }
        step { $0.command("stage move left") }
        step { $0.command("touchpoint add Email | email") }
        step { $0.command("touchpoint rename Correo") }
        step { $0.command("touchpoint move up") }
        step { $0.command("title Otro título") }
        step { $0.command("persona Ana") }
        step { $0.command("kind future-state") }
        step { $0.command("pain Duele") }
        step { $0.command("touchpoint delete") }
        step { $0.command("stage delete") }
        for index in 0..<200 { step { $0.press(.character(index % 2 == 0 ? "1" : "5")) } }
        #expect(versions.count == 215)
        for expected in versions.reversed().dropFirst() {
            editor.press(.character("u"))
            #expect(editor.state.map == expected)
        }
        #expect(editor.state.map == original)
        #expect(!editor.state.isModified)
        editor.press(.character("u"))
        #expect(editor.status.hasPrefix("Nothing to undo"))
        for expected in versions.dropFirst() {
            editor.press(.control("r"))
            #expect(editor.state.map == expected)
        }
    }

    @Test func ctrlSSavesAndQAsksFirstWhenThereAreUnsavedChanges() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.character("q"))
        #expect(editor.effects == [.quit])
        editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.character("3"), .character("q"))
        #expect(editor.state.mode == .question(.quitWithUnsavedChanges))
        #expect(editor.effects.isEmpty)
        editor.press(.escape)
        #expect(editor.state.mode == .grid)
        #expect(editor.effects.isEmpty)
        editor.press(.control("s"))
        guard case .save(let request)? = editor.effects.last else {
            Issue.record("Ctrl-S did not save")
            return
        }
        #expect(request.path == "map.journey")
        #expect(request.map == editor.state.map)
        editor.send(.saveFinished(.saved(request, version: FileVersion(contents: JourneyWriter.bytes(for: request.map)))))
        #expect(!editor.state.isModified)
        editor.press(.character("q"))
        #expect(editor.effects.last == .quit)
    }

    @Test func quitQuestionAnswers() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.character("3"), .character("q"), .character("n"))
        #expect(editor.effects == [.quit])
        editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.character("3"), .character("q"), .character("x"))
        #expect(editor.state.mode == .question(.quitWithUnsavedChanges))
        editor.press(.character("y"))
        guard case .save(let request)? = editor.effects.last else {
            Issue.record("y did not save")
            return
        }
        #expect(request.then == .quit)
        editor.send(.saveFinished(.saved(request, version: FileVersion(contents: []))))
        #expect(editor.effects.last == .quit)
    }

    @Test func aFailedSaveKeepsTheChangesAndSaysWhy() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.character("3"), .control("s"))
        editor.send(.saveFinished(.failed(path: "map.journey", reason: .writeFailed(.text("the disk is full")))))
        #expect(editor.state.isModified)
        #expect(editor.status.hasPrefix("Not saved to map.journey: the disk is full"))
    }

    @Test func structureKeys() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.character("S"))
        editor.type("Onboarding")
        editor.press(.enter)
        #expect(editor.state.map.stages.map(\.name) == ["Discover", "Onboarding", "Join", "First visit", "Build a habit", "会员续费 renew"])
        #expect(editor.state.cursor.stage == 1)
        editor.press(.character("s"), .character("r"), .control("u"))
        editor.type("Welcome")
        editor.press(.enter)
        #expect(editor.state.map.stages[1].name == "Welcome")
        editor.press(.character("L"))
        #expect(editor.state.map.stages[2].name == "Welcome")
        editor.press(.character("s"), .character("h"))
        #expect(editor.state.map.stages[1].name == "Welcome")
        editor.press(.character("s"), .character("g"))
        editor.type("Feel at home")
        editor.press(.enter)
        #expect(editor.state.map.stages[1].goal == "Feel at home")
        editor.press(.character("T"))
        editor.type("WhatsApp | chat")
        editor.press(.enter)
        #expect(editor.state.map.touchpoints[1].name == "WhatsApp")
        #expect(editor.state.map.touchpoints[1].channel == "chat")
        editor.press(.character("K"))
        #expect(editor.state.map.touchpoints[0].name == "WhatsApp")
        editor.press(.character("t"), .character("c"), .control("u"))
        editor.type("messaging")
        editor.press(.enter)
        #expect(editor.state.map.touchpoints[0].channel == "messaging")
        editor.press(.character("t"), .character("d"))
        #expect(editor.state.map.touchpoints.count == 4)  // empty row: deleted without asking
        // A stage with content asks first.
        editor.press(.home, .character("s"), .character("d"))
        #expect(editor.state.mode == .question(.delete(.stage, 0, filledCells: 2)))
        editor.press(.character("n"))
        #expect(editor.state.map.stages.count == 6)
        editor.press(.character("s"), .character("d"), .character("y"))
        #expect(editor.state.map.stages.first?.name == "Welcome")
    }

    @Test func aDuplicateNameKeepsThePromptOpenWithTheReason() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.character("S"))
        editor.type(" join ")
        editor.press(.enter)
        guard case .prompt = editor.state.mode else {
            Issue.record("the prompt closed")
            return
        }
        #expect(editor.status.contains("There is already a stage named 'join'"))
        editor.press(.escape)
        #expect(editor.state.map.stages.count == 5)
    }

    @Test func bracketedPasteIsOneEdit() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.enter, .control("u"))
        editor.send(.input(.paste("línea uno\nlínea dos")))
        editor.press(.enter)
        #expect(editor.cell.note == "línea uno\nlínea dos")
        editor.press(.character("u"))
        #expect(editor.cell.note.hasPrefix("Searches"))
        // In the grid, a paste opens the note with the text added; Esc drops it.
        editor.send(.input(.paste(" + pegado")))
        editor.press(.escape)
        #expect(editor.cell.note.hasPrefix("Searches"))
        // In a one-line prompt, line breaks become spaces.
        editor.press(.character("f"))
        editor.send(.input(.paste("a\nb")))
        editor.press(.enter)
        #expect(editor.cell.feeling == "a b")
    }

    @Test func pastingSeveralLinesIntoAnItemPromptAddsOneItemPerLine() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        let before = editor.cell[list: .painPoints]
        editor.press(.character("p"))
        editor.send(.input(.paste("Cola larga\n\n  Sin wifi \r\nNo hay cambio\n")))
        #expect(editor.cell[list: .painPoints] == before + ["Cola larga", "Sin wifi", "No hay cambio"])
        #expect(editor.state.mode == .grid)
        #expect(editor.status.hasPrefix("3 pain points added, one per pasted line"))
        editor.press(.character("u"))
        #expect(editor.cell[list: .painPoints] == before)  // one undo step
    }

    @Test func mouseClickSelectsAndWheelScrollsUnlessSwitchedOff() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        let layout = EditorLayout(size: ScreenSize(width: 80, height: 24), map: editor.state.map)
        editor.send(.input(.mouse(MouseEvent(.press, x: layout.columnX(visibleIndex: 2) + 3, y: layout.rowY(visibleIndex: 1) + 1))))
        #expect(editor.state.cursor == CellPosition(stage: 2, touchpoint: 1))
        editor.send(.input(.mouse(MouseEvent(.wheelDown, x: 0, y: 5))))
        #expect(editor.state.cursor.touchpoint == 2)
        editor.press(.character("m"))
        #expect(editor.effects.last == .setMouseCapture(false))
        editor.send(.input(.mouse(MouseEvent(.press, x: layout.columnX(visibleIndex: 0) + 3, y: layout.rowY(visibleIndex: 0)))))
        #expect(editor.state.cursor == CellPosition(stage: 2, touchpoint: 2))
    }

    @Test func searchFindsTextIgnoringCaseAndAccents() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.character("/"))
        editor.type("STREAK")
        editor.press(.enter)
        #expect(editor.state.cursor == CellPosition(stage: 3, touchpoint: 1))
        editor.command("search declined")
        #expect(editor.state.cursor == CellPosition(stage: 1, touchpoint: 1))
        editor.command("search nowhere to be found")
        #expect(editor.status.hasPrefix("'nowhere to be found' is not in any cell"))
    }

    @Test func helpOpensAndAnyKeyCloses() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.character("?"))
        #expect(editor.state.mode == .help(scroll: 0))
        #expect(editor.screen().contains("journey: keys and commands"))
        editor.press(.down, .down)
        #expect(editor.state.mode == .help(scroll: 2))
        editor.press(.escape)
        #expect(editor.state.mode == .grid)
    }

    @Test func anEmptyMapExplainsWhatToDo() {
        var editor = EditorDriver(map: JourneyMap(title: "Nuevo"))
        #expect(editor.screen().contains("An empty map: S adds a stage (a column), T a touchpoint (a row)"))
        editor.press(.character("3"))
        #expect(editor.status.hasPrefix("The map has no cells yet"))
        editor.press(.character("T"))
        editor.type("Web")
        editor.press(.enter, .character("S"))
        editor.type("Awareness")
        editor.press(.enter, .character("4"))
        #expect(editor.cell.emotion == Emotion(1))
        #expect(editor.state.map.stages.map(\.name) == ["Awareness"])
    }
}
