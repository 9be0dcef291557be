import JourneyKit
import Testing

/// `MapComparison`: stages matched by name (trimmed, case-insensitive), averages and changes
/// rounded to two decimals, `null` where a map has no emotion, and the stages only one map has.
@Suite("Map comparison")
struct MapComparisonTests {
    /// A map whose stages have these emotions (one cell per emotion; `[]` for a stage without one).
    static func map(title: String, _ stages: [(String, [Int])]) throws -> JourneyMap {
        var map = JourneyMap(title: title)
        let rows = stages.map(\.1.count).max() ?? 0
        for index in 0..<max(rows, 1) { try map.appendTouchpoint(named: "T\(index)") }
        for (name, emotions) in stages {
            let stage = try map.appendStage(named: name)
            for (touchpoint, score) in emotions.enumerated() { map.setCell(Cell(emotion: Emotion(score)), stage: stage, touchpoint: touchpoint) }
        }
        return map
    }

    @Test func sharedStagesOnlyInOneMapAndMissingEmotions() throws {
        let current = try Self.map(title: "Hoy", [("Descubrimiento", [1, 0, 0]), ("Compra", [-2, -1, -1, -1]), ("Investigación", [0]), ("Entrega", [])])
        let future = try Self.map(title: "Mañana", [("  compra ", [1, 0]), ("Suscripción", [2]), ("DESCUBRIMIENTO", [2]), ("entrega", [1])])
        let comparison = MapComparison(current: current, future: future)
        #expect(comparison.stages.map(\.name) == ["Descubrimiento", "Compra", "Entrega"])
        #expect(comparison.stages.map(\.futureStage) == [2, 0, 3])
        #expect(comparison.stages[0].current == Hundredths(33) && comparison.stages[0].future == Hundredths(200))
        #expect(comparison.stages[0].change == Hundredths(167))
        #expect(comparison.stages[1].change == Hundredths(175))
        #expect(comparison.stages[2].current == nil && comparison.stages[2].future == Hundredths(100) && comparison.stages[2].change == nil)
        #expect(comparison.onlyCurrent == ["Investigación"])
        #expect(comparison.onlyFuture == ["Suscripción"])
        #expect(comparison.json() == """
            {
              "stages": [
                {
                  "name": "Descubrimiento",
                  "current": 0.33,
                  "future": 2,
                  "change": 1.67
                },
                {
                  "name": "Compra",
                  "current": -1.25,
                  "future": 0.5,
                  "change": 1.75
                },
                {
                  "name": "Entrega",
                  "current": null,
                  "future": 1,
                  "change": null
                }
              ],
              "onlyCurrent": [
                "Investigación"
              ],
              "onlyFuture": [
                "Suscripción"
              ]
            }

            """)
    }

    @Test func theChangeIsTheExactDifferenceRounded() throws {
        // -1/6 rounds to -0.17 and 7/6 to 1.17; the change is 8/6, rounded: 1.33.
        let current = try Self.map(title: "A", [("S", [-1, 0, 0, 0, 0, 0])])
        let future = try Self.map(title: "B", [("S", [2, 1, 1, 1, 1, 1])])
        let stage = try #require(MapComparison(current: current, future: future).stages.first)
        #expect(stage.current?.jsonText == "-0.17")
        #expect(stage.future?.jsonText == "1.17")
        #expect(stage.change?.jsonText == "1.33")
    }

    @Test func mapsWithNothingInCommon() throws {
        let comparison = MapComparison(current: try Self.map(title: "", [("A", [1])]), future: try Self.map(title: "", [("B", [])]))
        #expect(comparison.stages.isEmpty)
        #expect(comparison.json() == "{\n  \"stages\": [],\n  \"onlyCurrent\": [\n    \"A\"\n  ],\n  \"onlyFuture\": [\n    \"B\"\n  ]\n}\n")
        #expect(comparison.text(in: .english) == """
            Current against future state
            Current: Untitled journey
            Future: Untitled journey

            The maps share no stage.

            Only in the current map: A
            Only in the future map: B

            """)
        #expect(comparison.text(in: .spanish).contains("Los mapas no comparten ninguna etapa.\n\nSolo en el mapa actual: A\nSolo en el mapa futuro: B\n"))
    }

    @Test func theTextTableAlignsAndSpeaksBothLanguages() throws {
        let current = try Self.map(title: "Hoy", [("Compra", [-2, -1, -1, -1]), ("Entrega\u{7}", [])])
        let future = try Self.map(title: "Mañana", [("Compra", [1, 0]), ("entrega\u{7}", [1])])
        let comparison = MapComparison(current: current, future: future)
        #expect(comparison.text(in: .english) == """
            Current against future state
            Current: Hoy
            Future: Mañana

            Stage         Current  Future  Change
            Compra          -1.25   +0.50   +1.75
            Entrega\\u{7}        –   +1.00       –

            """)
        #expect(comparison.text(in: .spanish) == """
            Estado actual frente a estado futuro
            Actual: Hoy
            Futuro: Mañana

            Etapa         Actual  Futuro  Cambio
            Compra         -1,25   +0,50   +1,75
            Entrega\\u{7}       –   +1,00       –

            """)
    }
}
