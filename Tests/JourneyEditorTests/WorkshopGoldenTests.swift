@testable import JourneyEditor
import JourneyKit
import JourneyTestSupport
import Testing

/// Golden screens of the workshop's views: the analysis, the presentation (overview and one
/// stage), the grid with votes and evidence markers, and the curve with a comparison.
@Suite("Golden screens: workshop")
struct WorkshopGoldenTests {
    @Test func statsView() throws {
        var editor = RenderFixtures.driver(try RenderFixtures.example("cat-mug-shop"), width: 100, height: 30)
        editor.command("stats")
        editor.press(.down, .down)
        let screen = editor.screen(width: 100, height: 30)
        try expectGolden(screen, named: "stats-100x30")
        #expect(screen.contains("Quick wins"))
        #expect(screen.contains("Money pits"))
        #expect(screen.contains("Top pain points (by votes)"))
    }

    @Test func statsViewInSpanishAt80x24() throws {
        var editor = RenderFixtures.driver(try RenderFixtures.example("academia-online"), width: 80, height: 24, language: .spanish)
        editor.press(.character("A"))
        let screen = editor.screen(width: 80, height: 24)
        try expectGolden(screen, named: "stats-es-80x24")
        #expect(screen.contains("Victorias rápidas"))
    }

    @Test func presentationOverviewAndStage() throws {
        var editor = RenderFixtures.driver(try RenderFixtures.example("cat-mug-shop"), width: 100, height: 30)
        editor.press(.function(5))
        let overview = editor.screen(width: 100, height: 30)
        try expectGolden(overview, named: "present-overview-100x30")
        for stage in editor.state.map.stages { #expect(overview.contains(stage.name)) }
        editor.press(.right, .right, .right, .right)
        let stage = editor.screen(width: 100, height: 30)
        try expectGolden(stage, named: "present-stage-100x30")
        #expect(stage.contains("Stage 4 of 6"))
    }

    @Test func gridWithVotesAndEvidence() throws {
        var map = try EditorDriver.workshop()
        map.updateCell(stage: 1, touchpoint: 1) { cell in
            cell.evidence = .researched
            cell[list: .painPoints] = [Item("Tarjeta rechazada", votes: 3)]
            cell[list: .opportunities] = [Item("Otro método de pago", votes: 2, impact: 5, effort: 2)]
        }
        map.updateCell(stage: 0, touchpoint: 0) { $0.evidence = .assumed }
        map.updateCell(stage: 0, touchpoint: 1) { $0.evidence = .partial }
        var editor = RenderFixtures.driver(map, width: 100, height: 30)
        editor.press(.right, .down)
        let screen = editor.screen(width: 100, height: 30)
        try expectGolden(screen, named: "votes-evidence-100x30")
        #expect(screen.contains("●5"))
        #expect(screen.contains("✓"))
        #expect(screen.contains("researched"))
    }

    @Test func curveWithAComparison() throws {
        var editor = RenderFixtures.driver(try RenderFixtures.example("cat-mug-shop"), width: 100, height: 30)
        editor.command("compare future.journey")
        #expect(editor.effects.last == .loadComparison(path: "future.journey"))
        editor.send(.comparisonLoaded(path: "future.journey", .success(try RenderFixtures.example("cat-mug-shop-future"))))
        let screen = editor.screen(width: 100, height: 30)
        try expectGolden(screen, named: "compare-100x30")
        #expect(screen.contains("◇"))
        editor.command("compare off")
        #expect(!editor.screen(width: 100, height: 30).contains("◇"))
    }
}
