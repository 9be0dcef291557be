@testable import JourneyEditor
import JourneyKit
import Testing

/// The curve, the cells, the detail pane, the status line and the help, as a user sees them
/// (issue 10: bugs 5 and 6 and the frictions of the review).
@Suite("Screen views")
struct ScreenViewsTests {
    private func rows(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func theCurveSpansEveryStageWithItsNumberAndMarksTheLowest() throws {
        let map = try RenderFixtures.example("cat-mug-shop")
        let editor = RenderFixtures.driver(map, width: 100, height: 30)
        let layout = EditorLayout(size: ScreenSize(width: 100, height: 30), map: map)
        #expect(layout.visibleStageCapacity < map.stages.count)
        #expect(layout.curveIsChart)
        let curve = rows(editor.screen(width: 100, height: 30))[layout.curve.y..<(layout.curve.y + layout.curve.height)].joined(separator: "\n")
        for stage in map.stages.indices {
            let number = Language.english.signedDecimal(try #require(map.averageEmotion(stage: stage)))
            #expect(curve.contains(number), "\(number) missing:\n\(curve)")
        }
        #expect(curve.contains("▲-0.6"))
        #expect(curve.contains("lowest: Purchase -0.6"))
        #expect(curve.contains("●") && curve.contains("○"))   // on screen and off screen
        #expect(curve.contains("┈"))                          // the zero line
        for label in ["+2", "+1", " 0", "-1", "-2"] { #expect(curve.contains(label)) }
    }

    @Test func theCurveIsDrawnInASCIIWhereTheTerminalHasNoUnicode() throws {
        let editor = RenderFixtures.driver(try RenderFixtures.example("cat-mug-shop"), width: 100, height: 30)
        let screen = editor.screen(width: 100, height: 30, ascii: true)
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(screen.contains("^-0.6") && screen.contains("@") && screen.contains("....."))
    }

    @Test func aCurveTooSmallToBeHonestIsNotDrawnButItsNumbersAre() throws {
        let editor = RenderFixtures.driver(try EditorDriver.workshop(), width: 40, height: 12)
        let layout = EditorLayout(size: ScreenSize(width: 40, height: 12), map: editor.state.map)
        #expect(!layout.curveIsChart)
        let screen = editor.screen(width: 40, height: 12)
        #expect(!screen.contains("▅") && !screen.contains("●") && !screen.contains("+2"))
        #expect(screen.contains("0.0") && screen.contains("+1.0"))
    }

    @Test func ratedCellsAreTintedByTheirEmotionAndKeepTheirNumber() throws {
        var editor = RenderFixtures.driver(try EditorDriver.workshop(), width: 80, height: 24)
        editor.press(.down)   // the cursor on Discover × Gym app; Join × Gym app (-2) is tinted
        let frame = EditorRenderer.render(editor.state, size: ScreenSize(width: 80, height: 24))
        let layout = EditorLayout(size: ScreenSize(width: 80, height: 24), map: editor.state.map)
        let x = layout.columnX(visibleIndex: 1) + 2, y = layout.rowY(visibleIndex: 1)
        #expect(frame.buffer[x, y].role == .cellVeryNegative)
        #expect(frame.buffer.lines[y + layout.rowHeight - 1].contains("-2 furious"))
        #expect(frame.buffer[layout.columnX(visibleIndex: 0) + 2, y].role == .cursorCell)
        #expect(frame.buffer[layout.columnX(visibleIndex: 2) + 2, y].role == .normal)   // an empty cell
        #expect(frame.buffer[layout.columnX(visibleIndex: 1) + 2, layout.rowY(visibleIndex: 2)].role == .cellVeryPositive)
    }

    @Test func theBadgesAreExplainedAndFeelingsKeptWhereThereIsRoom() throws {
        let editor = RenderFixtures.driver(try RenderFixtures.example("cat-mug-shop"), width: 100, height: 30)
        let screen = editor.screen(width: 100, height: 30)
        #expect(screen.contains("!1 Pain points") && screen.contains("*1 Opportunities"))
        #expect(screen.contains("+2 delighted !1 *1"))
        let tall = RenderFixtures.driver(try RenderFixtures.example("cat-mug-shop"), width: 200, height: 50).screen(width: 200, height: 50)
        #expect(tall.contains("1 pain point ") && tall.contains("2 opportunities "))
        #expect(!tall.contains("!1 *1"))
    }

    @Test func theDetailPaneWrapsItemsAndKeepsTheSelectedOneInView() throws {
        var map = try EditorDriver.workshop()
        map.updateCell(stage: 0, touchpoint: 0) { cell in
            cell[list: .painPoints] = (1...12).map { "Problem number \($0) is described in a sentence long enough to wrap" }
        }
        var editor = RenderFixtures.driver(map, width: 80, height: 24)
        editor.press(.tab)
        for _ in 0..<11 { editor.press(.down) }
        let screen = editor.screen(width: 80, height: 24)
        #expect(screen.contains("12. Problem number 12"), "\(screen)")
        #expect(screen.contains("▲ 1"), "\(screen)")
        #expect(screen.contains("     is described in a"), "\(screen)")
        let frame = EditorRenderer.render(editor.state, size: ScreenSize(width: 80, height: 24))
        #expect(frame.buffer.cells.contains { $0.role == .selection })
    }

    @Test func whileANoteIsTypedThePaneShowsTheTextWrapped() throws {
        var editor = RenderFixtures.driver(try EditorDriver.workshop(), width: 100, height: 30)
        editor.press(.enter, .character("u"))   // u is typed, not undo
        editor.type(" and then the card is declined twice without any reason given")
        let screen = editor.screen(width: 100, height: 30)
        #expect(screen.contains("Note (editing)"))
        #expect(screen.contains("declined twice"), "\(screen)")
    }

    @Test func thePaneKeepsItsModeAndKeysOnTheStatusLineForAsLongAsItIsActive() throws {
        var editor = RenderFixtures.driver(try EditorDriver.workshop(), width: 80, height: 24)
        editor.press(.down, .right, .tab)
        #expect(editor.status.hasPrefix("Detail pane:"))
        editor.press(.down)
        #expect(editor.status.hasPrefix("Detail pane:"), "\(editor.status)")
        let screen = editor.screen(width: 80, height: 24)
        #expect(screen.components(separatedBy: "Detail").count - 1 == 1, "\(screen)")
        editor.press(.escape)
        #expect(editor.status.hasPrefix("? help"))
    }

    @Test func theFirstScreenAlwaysShowsHowToGetHelp() throws {
        let editor = RenderFixtures.driver(try RenderFixtures.template("six-stage"), width: 80, height: 24,
                                           message: .info(.newFromTemplate(template: "six-stage", file: "map.journey")))
        #expect(editor.status.contains("? help"))
        #expect(editor.status.contains("New map from the six-stage template"))
        let spanish = RenderFixtures.driver(try RenderFixtures.template("six-stage-es"), width: 80, height: 24, language: .spanish,
                                            message: .info(.newFromTemplate(template: "six-stage-es", file: "mapa.journey")))
        #expect(spanish.status.contains("? ayuda"))
    }

    @Test func theHelpWrapsAndScrollsToEveryCommand() throws {
        var editor = RenderFixtures.driver(try EditorDriver.workshop(), width: 100, height: 30)
        editor.press(.character("?"))
        var seen = ""
        for _ in 0..<10 {
            let screen = editor.screen(width: 100, height: 30)
            seen += screen
            guard editor.status.contains("more below") else { break }
            editor.press(.pageDown)
        }
        #expect(!editor.status.contains("more below"))
        for command in [":touchpoint add NAME [| CHANNEL]", ":scenario [TEXT]", ":touchpoint channel [CHANNEL]", ":search TEXT"] {
            #expect(seen.contains(command), "\(command)")
        }
        #expect(!seen.contains(":scenario…") && !seen.contains(":touchpoint channe…"))
    }

    @Test func aSpanishScreenIsWhollySpanish() throws {
        let editor = RenderFixtures.driver(try RenderFixtures.example("academia-online"), width: 100, height: 30, language: .spanish)
        let screen = editor.screen(width: 100, height: 30)
        for word in ["Punto de contacto", "Emoción a lo largo de 6 etapas", "la más baja", "Puntos de dolor", "Oportunidades", "? ayuda", "Nota"] {
            #expect(screen.contains(word), "\(word)")
        }
        for word in ["Touchpoint", "Emotion", "Pain points", "? help", "Current state"] {
            #expect(!screen.contains(word), "\(word)")
        }
        let template = RenderFixtures.driver(try RenderFixtures.template("six-stage-es"), width: 100, height: 30, language: .spanish)
        #expect(template.screen(width: 100, height: 30).contains("Estado actual"))
    }
}
