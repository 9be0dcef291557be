@testable import JourneyEditor
import JourneyKit
import Testing

/// The `:` command line, parsed and completed straight from the command table.
@Suite("Command-line parser")
struct CommandLineParserTests {
    @Test(arguments: [
        ("w", EditorCommand.save(path: nil)),
        ("w! other.journey", .save(path: "other.journey", force: true)),
        ("wq", .saveAndQuit),
        ("stage add Onboarding", .add(.stage, name: "Onboarding", channel: nil)),
        ("st add Onboarding", .add(.stage, name: "Onboarding", channel: nil)),
        ("touchpoint add Checkout | web", .add(.touchpoint, name: "Checkout", channel: "web")),
        ("touchpoint add Pago con Bizum", .add(.touchpoint, name: "Pago con Bizum", channel: nil)),
        ("stage move left", .moveLine(.stage, .left)),
        ("tp move down", .moveLine(.touchpoint, .down)),
        ("goal", .setGoal(nil)),
        ("stage goal Comprar sin registrarse", .setGoal("Comprar sin registrarse")),
        ("channel email", .setChannel("email")),
        ("emotion -1 frustrada", .setEmotion(Emotion(-1), feeling: "frustrada")),
        ("emotion none", .setEmotion(nil, feeling: nil)),
        ("pain  Pide crear cuenta ", .addItem(.painPoints, "Pide crear cuenta")),
        ("dolor Cola larga", .addItem(.painPoints, "Cola larga")),
        ("item edit opportunity 2 Pagar con Bizum", .editItem(.opportunities, index: 1, "Pagar con Bizum")),
        ("item delete pain 1", .deleteItem(.painPoints, index: 0)),
        ("item move pain 3 up", .moveItem(.painPoints, index: 2, .up)),
        ("kind future-state", .setKind(.futureState)),
        ("export md informe.md", .export(format: "markdown", path: "informe.md")),
        ("goto Compra", .goto("Compra")),
        ("cell move right", .moveCell(.right)),
        ("mouse off", .setMouse(false)),
    ])
    func parsesEveryForm(line: String, expected: EditorCommand) throws {
        let parsed = try CommandLineParser.parse(line).get()
        #expect(parsed == expected)
    }

    @Test func refusalsNameTheCommandAndItsUsage() {
        let english = Language.english, spanish = Language.spanish
        func error(_ line: String) -> EditorNotice? {
            if case .failure(let notice) = CommandLineParser.parse(line) { return notice }
            return nil
        }
        #expect(error("stage add")?.text(in: english) == "':stage add' needs more: :stage add NAME")
        #expect(error("stage add")?.text(in: spanish) == "A «:stage add» le falta algo: :stage add NOMBRE")
        #expect(error("q now")?.text(in: english) == "':q' takes no argument")
        #expect(error("stage move sideways")?.text(in: english) == "':stage move' takes left|right")
        #expect(error("emotion 7")?.text(in: english) == "':emotion' takes -2..2|none [FEELING]")
        #expect(error("item edit pain zero x")?.text(in: english) == "':item edit' takes pain|opportunity N TEXT")
        #expect(error("stgae add X")?.text(in: english) == "Unknown command ':stgae'; did you mean :stage?")
        #expect(error("zzzz")?.text(in: english) == "Unknown command ':zzzz'; ':help' lists the commands")
        #expect(error("   ")?.text(in: english).hasPrefix("Type a command after ':'") == true)
    }

    @Test func tabCompletesNamesSubwordsAndArguments() {
        #expect(CommandLineParser.completions(for: "stag") == ["stage "])
        #expect(CommandLineParser.completions(for: "sta") == ["stage ", "stats"])
        #expect(CommandLineParser.completions(for: "stage m") == ["stage move "])
        #expect(CommandLineParser.completions(for: "stage move ") == ["stage move left", "stage move right"])
        #expect(CommandLineParser.completions(for: "kind f") == ["kind future-state"])
        #expect(CommandLineParser.completions(for: "export ") == ["export json ", "export markdown ", "export html ", "export mermaid ", "export csv "])
        #expect(CommandLineParser.completions(for: "q").contains("q"))
        #expect(CommandLineParser.completions(for: "item ").sorted() == ["item delete ", "item edit ", "item move "])
        #expect(CommandLineParser.completions(for: "note hola").isEmpty)
    }

    @Test func everyCommandInTheTableParsesFromItsOwnUsageOrSaysWhatItNeeds() {
        for spec in CommandTable.all where spec.listsCommand {
            switch CommandLineParser.parse(spec.name) {
            case .success: break
            case .failure(let notice):
                let text = notice.text(in: .english)
                #expect(text.contains(":" + spec.name), "\(spec.name): \(text)")
            }
        }
    }
}

/// The one-line text editor of prompts and in-place notes.
@Suite("Line editor")
struct LineEditorTests {
    @Test func movesAndDeletesByCharacterNeverByByte() {
        var editor = LineEditor("ñandú 🙂")
        editor.handle(.backspace)
        #expect(editor.text == "ñandú ")
        editor.handle(.home)
        editor.handle(.delete)
        #expect(editor.text == "andú ")
        editor.handle(.end)
        editor.handle(.left)
        editor.handle(.character("!"))
        #expect(editor.text == "andú! ")
        #expect(editor.cursor == 5)
    }

    @Test func wordsAndLines() {
        var editor = LineEditor("uno dos-tres cuatro")
        editor.handle(.control("w"))
        #expect(editor.text == "uno dos-tres ")
        editor.handle(.alt("b"))
        editor.handle(.alt("b"))
        #expect(editor.cursor == 4)
        editor.handle(.alt("d"))
        #expect(editor.text == "uno -tres ")
        editor.handle(.control("k"))
        #expect(editor.text == "uno ")
        editor.handle(.control("u"))
        #expect(editor.text.isEmpty)
        editor.handle(.altEnter)
        #expect(editor.text == "\n")
        let enterEdits = editor.handle(.enter), escapeEdits = editor.handle(.escape)
        #expect(!enterEdits && !escapeEdits)
    }
}

/// Undo and redo without limit, with labels.
@Suite("Undo history")
struct UndoHistoryTests {
    @Test func undoRedoAndANewChangeDropsTheRedoList() {
        var history = UndoHistory<Int>()
        history.record(0, label: .setEmotion)
        history.record(1, label: .editNote)
        let first = history.undo(from: 2)
        #expect(first?.snapshot == 1)
        let second = history.undo(from: 1)
        #expect(second?.snapshot == 0)
        let none = history.undo(from: 0)
        #expect(none == nil)
        let redone = history.redo(from: 0)
        #expect(redone?.snapshot == 1)
        #expect(redone?.label == .setEmotion)
        history.record(1, label: .clearCell)
        #expect(history.future.isEmpty)
        let noRedo = history.redo(from: 5)
        #expect(noRedo == nil)
        let discarded = history.discardLast()
        #expect(discarded?.label == .clearCell)
        #expect(history.past.count == 1)
    }
}
