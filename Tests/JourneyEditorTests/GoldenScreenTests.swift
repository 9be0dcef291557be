@testable import JourneyEditor
import JourneyKit
import JourneyTestSupport
import Testing

/// Rendered screens compared with golden text files in `Golden/` (JOURNEY_UPDATE_GOLDEN=1 rewrites them).
@Suite("Golden screens")
struct GoldenScreenTests {
    @Test func workshopAt80x24() throws {
        let editor = EditorDriver(map: try EditorDriver.workshop())
        try expectGolden(editor.screen(width: 80, height: 24), named: "workshop-80x24")
    }

    @Test func workshopAt132x40() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop(), size: ScreenSize(width: 132, height: 40))
        editor.press(.right, .down)
        try expectGolden(editor.screen(width: 132, height: 40), named: "workshop-132x40")
    }

    @Test func wideCharactersStayAligned() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.end, .down)   // 会员续费 renew: scrolled right to the CJK stage
        editor.command("note 漢字漢字漢字漢字漢字漢字漢字漢字 🙂🙂🙂 é")
        editor.press(.up)
        let screen = editor.screen(width: 80, height: 24)
        try expectGolden(screen, named: "wide-80x24")
        // Every row has the same display width: nothing spills into the next column.
        for line in screen.split(separator: "\n") {
            #expect(DisplayWidth.of(line) == 80, "\(line)")
        }
    }

    @Test func scrolledDownAndRight() throws {
        var map = try EditorDriver.workshop()
        for index in 0..<30 { try map.appendTouchpoint(named: "Touchpoint \(index)", channel: index % 2 == 0 ? "web" : nil) }
        var editor = EditorDriver(map: map)
        editor.press(.end)
        for _ in 0..<12 { editor.press(.down) }
        try expectGolden(editor.screen(width: 80, height: 24), named: "scrolled-80x24")
    }

    @Test func tinyTerminalSaysSoAndRecovers() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop(), size: ScreenSize(width: 30, height: 8))
        try expectGolden(editor.screen(width: 30, height: 8), named: "tiny-30x8")
        for size in [(1, 1), (2, 1), (1, 3), (39, 11), (0, 0)] {
            let frame = EditorRenderer.render(editor.state, size: ScreenSize(width: size.0, height: size.1))
            #expect(frame.buffer.lines.count == size.1)
        }
        editor.send(.input(.resize(ScreenSize(width: 40, height: 12))))
        try expectGolden(editor.screen(width: 40, height: 12), named: "minimum-40x12")
    }

    @Test func helpScreen() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.character("?"))
        try expectGolden(editor.screen(width: 80, height: 24), named: "help-80x24")
    }

    @Test func helpScreenInSpanish() throws {
        var editor = RenderFixtures.driver(try RenderFixtures.example("academia-online"), width: 80, height: 24, language: .spanish)
        editor.press(.character("?"))
        let screen = editor.screen(width: 80, height: 24)
        try expectGolden(screen, named: "help-es-80x24")
        for english in ["Edit the cell", "keys and commands", "first stage", "more below"] {
            #expect(!screen.contains(english), "\(english)")
        }
    }

    @Test func asciiFallback() throws {
        let editor = EditorDriver(map: try EditorDriver.workshop())
        let screen = editor.screen(width: 80, height: 24, ascii: true)
        try expectGolden(screen, named: "ascii-80x24")
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func editingANoteInPlace() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.right, .down, .enter)
        editor.type(" — tarjeta rechazada")
        let frame = EditorRenderer.render(editor.state, size: ScreenSize(width: 80, height: 24))
        try expectGolden(frame.buffer.text, named: "note-editing-80x24")
        #expect(frame.cursor != nil)
    }

    @Test func commandLineAndQuestion() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.character(":"))
        editor.type("stage add Renovación")
        #expect(editor.status == ":stage add Renovación")
        editor.press(.escape, .character("3"), .character("q"))
        #expect(editor.status == "Unsaved changes: y save and quit · n quit without saving · Esc keep editing")
    }

    @Test func emptyMap() throws {
        let editor = EditorDriver(map: JourneyMap(title: "Taller"), path: "taller.journey", isNew: true)
        try expectGolden(editor.screen(width: 80, height: 24), named: "empty-80x24")
    }

    @Test func theCursorCellIsHighlighted() throws {
        var editor = EditorDriver(map: try EditorDriver.workshop())
        editor.press(.right)
        let frame = EditorRenderer.render(editor.state, size: ScreenSize(width: 80, height: 24))
        let layout = EditorLayout(size: ScreenSize(width: 80, height: 24), map: editor.state.map)
        let x = layout.columnX(visibleIndex: 1) + 2
        #expect(frame.buffer[x, layout.rowY(visibleIndex: 0)].role == .cursorCell)
        #expect(frame.buffer[x, layout.rowY(visibleIndex: 0) + 1].role == .cursorCell)
        #expect(frame.buffer[layout.columnX(visibleIndex: 0) + 2, layout.rowY(visibleIndex: 0)].role != .cursorCell)
    }

    @Test func hostileTextIsShownAsPlaceholders() throws {
        var map = JourneyMap(title: "\u{1B}]0;pwned\u{7}Title")
        try map.appendStage(named: "Stage\u{1B}[2J")
        try map.appendTouchpoint(named: "Row\u{202E}evil")
        map.setCell(Cell(note: "note \u{1B}[31mred\u{9B}2J", feeling: "\u{7}bell", painPoints: ["\u{0}nul"]), stage: 0, touchpoint: 0)
        let editor = EditorDriver(map: map, path: "evil\u{1B}[1m.journey")
        for size in [ScreenSize(width: 80, height: 24), ScreenSize(width: 132, height: 40)] {
            let frame = EditorRenderer.render(editor.state, size: size)
            let controls = frame.buffer.cells.filter { cell in
                cell.character.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) }
            }
            #expect(controls.isEmpty)
            #expect(frame.buffer.text.contains("␛"))
        }
    }
}

/// Golden screens of the shared layout at the sizes users work at, in both languages, and with styles.
@Suite("Golden screens: sizes, languages and styles")
struct GoldenSizeTests {
    @Test(arguments: [(100, 30), (160, 40), (200, 50), (300, 80)])
    func catMugShop(width: Int, height: Int) throws {
        let editor = RenderFixtures.driver(try RenderFixtures.example("cat-mug-shop"), width: width, height: height)
        try expectGolden(editor.screen(width: width, height: height), named: "cat-mug-shop-\(width)x\(height)")
    }

    @Test(arguments: [(160, 40), (300, 80)])
    func sixStageTemplate(width: Int, height: Int) throws {
        var editor = RenderFixtures.driver(try RenderFixtures.filledSixStage(), width: width, height: height)
        editor.press(.right, .right, .down, .down)
        try expectGolden(editor.screen(width: width, height: height), named: "six-stage-\(width)x\(height)")
    }

    @Test func spanishMainScreen() throws {
        let editor = RenderFixtures.driver(try RenderFixtures.example("academia-online"), width: 100, height: 30, language: .spanish)
        try expectGolden(editor.screen(width: 100, height: 30), named: "academia-online-es-100x30")
        let template = RenderFixtures.driver(try RenderFixtures.template("six-stage-es"), width: 80, height: 24, language: .spanish)
        try expectGolden(template.screen(width: 80, height: 24), named: "six-stage-es-80x24")
    }

    @Test func theCurveAt40x12() throws {
        let editor = RenderFixtures.driver(try RenderFixtures.example("cat-mug-shop"), width: 40, height: 12)
        try expectGolden(editor.screen(width: 40, height: 12), named: "curve-40x12")
    }

    @Test func stylesOfTheGridCurveAndCursor() throws {
        var editor = RenderFixtures.driver(try EditorDriver.workshop(), width: 80, height: 24)
        editor.press(.right, .down)
        let frame = EditorRenderer.render(editor.state, size: ScreenSize(width: 80, height: 24))
        try expectGolden(StyleGolden.encode(frame), named: "workshop-80x24.styles")
    }

    @Test func stylesOfTheSelectedItem() throws {
        var editor = RenderFixtures.driver(try EditorDriver.workshop(), width: 100, height: 30)
        editor.press(.right, .down, .tab, .down, .down)
        let frame = EditorRenderer.render(editor.state, size: ScreenSize(width: 100, height: 30))
        try expectGolden(StyleGolden.encode(frame), named: "detail-selection-100x30.styles")
    }

    @Test func stylesInSpanishAt160x40() throws {
        let editor = RenderFixtures.driver(try RenderFixtures.example("academia-online"), width: 160, height: 40, language: .spanish)
        let frame = EditorRenderer.render(editor.state, size: ScreenSize(width: 160, height: 40))
        try expectGolden(StyleGolden.encode(frame), named: "academia-online-es-160x40.styles")
    }
}
