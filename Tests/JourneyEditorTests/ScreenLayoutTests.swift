@testable import JourneyEditor
import JourneyKit
import Testing

/// How the screen's width and height are shared, seen on rendered screens (issue 10, bug 3).
@Suite("Screen layout")
struct ScreenLayoutTests {
    /// The stage names on the header row of a screen.
    private func headerStages(_ screen: String, of map: JourneyMap) -> [String] {
        let header = String(screen.split(separator: "\n", omittingEmptySubsequences: false)[1])
        return map.stages.map(\.name).filter { header.contains($0) }
    }

    @Test(arguments: [(160, 40), (200, 50), (300, 80)])
    func aSixStageMapShowsAllSixStagesFrom160Columns(width: Int, height: Int) throws {
        for map in [try RenderFixtures.filledSixStage(), try RenderFixtures.example("cat-mug-shop")] {
            let editor = RenderFixtures.driver(map, width: width, height: height)
            let screen = editor.screen(width: width, height: height)
            #expect(headerStages(screen, of: map).count == 6, "\(width)×\(height):\n\(screen)")
            #expect(!screen.split(separator: "\n")[1].contains(String(Glyphs.unicode.moreRight)))
        }
    }

    @Test func widerScreensNeverShowFewerStages() throws {
        let map = try RenderFixtures.example("cat-mug-shop")
        var previous = 0
        for width in stride(from: 80, through: 320, by: 4) {
            let layout = EditorLayout(size: ScreenSize(width: width, height: 40), map: map)
            let shown = min(layout.visibleStageCapacity, map.stages.count)
            #expect(shown >= previous, "\(width) columns show \(shown) stages, fewer than \(previous)")
            previous = shown
        }
        #expect(EditorLayout(size: ScreenSize(width: 120, height: 40), map: map).visibleStageCapacity
            >= EditorLayout(size: ScreenSize(width: 100, height: 30), map: map).visibleStageCapacity)
    }

    @Test func noStageIsWiderThanAnotherWhileStagesAreCut() throws {
        var map = try RenderFixtures.filledSixStage()
        for index in 0..<8 { try map.appendStage(named: "Extra stage \(index)") }
        for width in stride(from: 80, through: 320, by: 3) {
            let layout = EditorLayout(size: ScreenSize(width: width, height: 40), map: map)
            let widths = (0..<layout.visibleStageCapacity).map { layout.columnWidth(visibleIndex: $0) }
            #expect((widths.max() ?? 0) - (widths.min() ?? 0) <= 1, "\(width): \(widths)")
            let last = layout.visibleStageCapacity - 1
            #expect(layout.columnX(visibleIndex: last) + layout.columnWidth(visibleIndex: last) == layout.mainWidth, "\(width)")
            #expect(widths.allSatisfy { $0 >= EditorLayout.minimumColumnWidth }, "\(width): \(widths)")
        }
    }

    @Test func at300ColumnsACellShowsTheFirst40CharactersOfItsNote() throws {
        let map = try RenderFixtures.filledSixStage()
        let editor = RenderFixtures.driver(map, width: 300, height: 80)
        let frame = EditorRenderer.render(editor.state, size: ScreenSize(width: 300, height: 80))
        let layout = EditorLayout(size: ScreenSize(width: 300, height: 80), map: map)
        let note = map.cell(stage: 0, touchpoint: 0).note
        let x = layout.columnX(visibleIndex: 0) + 1
        let width = layout.columnWidth(visibleIndex: 0) - 1
        let shown = (0..<layout.rowHeight).map { row in
            String((x..<(x + width)).map { frame.buffer[$0, layout.rowY(visibleIndex: 0) + row].character })
                .trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }.joined(separator: " ")
        #expect(shown.hasPrefix(String(note.prefix(40))), "\(shown)")
    }

    @Test(arguments: [(100, 30), (160, 40), (200, 50), (300, 80)])
    func noBlockOfEmptyRowsLiesBetweenTheGridAndTheCurve(width: Int, height: Int) throws {
        let map = try RenderFixtures.example("cat-mug-shop")
        let layout = EditorLayout(size: ScreenSize(width: width, height: height), map: map)
        #expect(layout.curve.y == layout.gridTop + layout.gridHeight)
        #expect(layout.gridHeight == map.touchpoints.count * layout.rowHeight || layout.rowHeight == EditorLayout.minimumRowHeight)
        let screen = RenderFixtures.driver(map, width: width, height: height).screen(width: width, height: height)
        let blankRun = screen.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.prefix(layout.mainWidth)).trimmingCharacters(in: .whitespaces).isEmpty }
            .split(separator: false).map(\.count).max() ?? 0
        #expect(blankRun <= 3, "\(width)×\(height):\n\(screen)")
        if height >= 50 { #expect(layout.rowHeight > EditorLayout.minimumRowHeight) }
    }

    @Test func theScrollIsKeptByTheUpdateAndOnlyReadByThePainter() throws {
        var editor = RenderFixtures.driver(try RenderFixtures.example("cat-mug-shop"), width: 100, height: 30)
        editor.press(.end)
        #expect(editor.state.scroll.stage == 2)
        #expect(editor.screen(width: 100, height: 30).split(separator: "\n")[1].contains("Loyalty"))
    }

    @Test func theLabelColumnTakesTheWidthTheNamesNeed() throws {
        var map = JourneyMap(title: "Names")
        try map.appendStage(named: "Stage")
        try map.appendTouchpoint(named: "Returns and refunds desk", channel: "store")
        let layout = EditorLayout(size: ScreenSize(width: 200, height: 50), map: map)
        #expect(layout.rowHeaderWidth == DisplayWidth.of("Returns and refunds desk") + 3)
        let screen = RenderFixtures.driver(map, width: 200, height: 50).screen(width: 200, height: 50)
        #expect(screen.contains("Returns and refunds desk"))
    }

    @Test func aCutKeepsTheEndOfNamesThatStartAlike() throws {
        var map = JourneyMap(title: "Tienda")
        try map.appendStage(named: "Compra")
        for place in ["la página web de la tienda", "la tienda física del centro", "el servicio de atención"] {
            try map.appendTouchpoint(named: "Punto de contacto en " + place)
        }
        let editor = RenderFixtures.driver(map, width: 80, height: 24)
        let lines = editor.screen(width: 80, height: 24).split(separator: "\n").map(String.init)
        let layout = EditorLayout(size: ScreenSize(width: 80, height: 24), map: map)
        let labels = (0..<3).map { String(lines[layout.rowY(visibleIndex: $0)].prefix(layout.rowHeaderWidth)) }
        #expect(labels[0].contains("tienda"), "\(labels)")
        #expect(labels[1].contains("centro"), "\(labels)")
        #expect(labels[2].contains("atención"), "\(labels)")
        #expect(labels.allSatisfy { $0.contains("Punto") && $0.contains("…") }, "\(labels)")
    }
}
