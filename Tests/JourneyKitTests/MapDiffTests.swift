import JourneyKit
import Testing

/// The field-by-field comparison behind `journey diff`, and the localized one-line summary.
@Suite("Map diff")
struct MapDiffTests {
    static func shop() throws -> JourneyMap {
        var map = JourneyMap(title: "Shop")
        for name in ["Awareness", "Purchase", "Delivery"] { _ = try map.appendStage(named: name) }
        for name in ["Web", "Mail"] { _ = try map.appendTouchpoint(named: name) }
        map.updateCell(stage: 1, touchpoint: 0) {
            $0.note = "Pays"
            $0[list: .opportunities] = [Item("Show costs", votes: 2, impact: 4)]
        }
        return map
    }

    @Test func identicalMapsHaveNoChanges() throws {
        let comparison = MapDiff(from: try Self.shop(), to: try Self.shop())
        #expect(comparison.isEmpty)
        #expect(comparison.text(in: .english) == "no differences")
    }

    @Test func votesAndScoresOfAnItemAreChangesOfTheirOwn() throws {
        let old = try Self.shop()
        var new = old
        new.updateCell(stage: 1, touchpoint: 0) { $0[list: .opportunities] = [Item("Show costs", votes: 5, impact: 4, owner: "Web team")] }
        let lines = MapDiff(from: old, to: new).changes.map { $0.text(in: .english) }
        #expect(lines == ["[Purchase × Web] votes (Show costs): 2 → 5", "[Purchase × Web] owner (Show costs) added: Web team"])
        #expect(MapDiff(from: old, to: new).changes.map { $0.text(in: .spanish) }
            == ["[Purchase × Web] votos (Show costs): 2 → 5", "[Purchase × Web] responsable (Show costs) añadido: Web team"])
    }

    @Test func movesAndRemovalsNameTheirPositionsAndCells() throws {
        let old = try Self.shop()
        var new = old
        new.moveStage(from: 2, to: 0)
        _ = new.removeTouchpoint(at: 0)
        let lines = MapDiff(from: old, to: new).changes.map { $0.text(in: .english) }
        #expect(lines == [
            "stage moved: Delivery, 3 → 1",
            "touchpoint removed: Web",
            "[Purchase × Web] note removed: Pays",
            "[Purchase × Web] opportunity removed: Show costs  [votes 2, impact 4]",
        ])
    }

    @Test func theSummaryIsLocalized() throws {
        let old = try Self.shop()
        var new = old
        new.updateCell(stage: 2, touchpoint: 1) { $0.note = "Late" }
        new.title = "Shop 2"
        let difference = MapDifference(from: old, to: new)
        #expect(difference.summary(in: .english) == "1 cell (Delivery × Mail) and the title differ")
        #expect(difference.summary(in: .spanish) == "difieren: 1 celda (Delivery × Mail) y el título")
        #expect(MapDifference(from: old, to: old).summary(in: .spanish) == "sin diferencias")
    }
}
