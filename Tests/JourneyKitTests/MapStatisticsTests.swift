import JourneyKit
import JourneyTestSupport
import Testing

/// `MapStatistics` on maps made by hand: averages, counts, ties, empty stages, maps without
/// emotions, votes, the ten-item cap and every boundary of the opportunity matrix.
@Suite("Map statistics")
struct MapStatisticsTests {
    /// A map with these stages and touchpoints and no cells.
    static func map(stages: [String], touchpoints: [String]) throws -> JourneyMap {
        var map = JourneyMap(title: "Hand-made")
        for name in stages { try map.appendStage(named: name) }
        for name in touchpoints { try map.appendTouchpoint(named: name) }
        return map
    }

    @Test func perStageFiguresCountCellsEmotionsItemsVotesAndEvidence() throws {
        var map = try Self.map(stages: ["Compra", "Vacía", "Entrega"], touchpoints: ["Web", "Tienda", "Teléfono"])
        map.setCell(Cell(note: "a", emotion: Emotion(-2), painPoints: [Item("Pide crear cuenta", votes: 4), "El envío aparece al final"],
                         opportunities: [Item("Mostrar el envío", votes: 3, impact: 5, effort: 1)], evidence: .researched), stage: 0, touchpoint: 0)
        map.setCell(Cell(emotion: Emotion(-1), painPoints: [Item("Cola", votes: 2)], evidence: .partial), stage: 0, touchpoint: 1)
        map.setCell(Cell(note: "sin emoción", evidence: .assumed), stage: 0, touchpoint: 2)
        map.setCell(Cell(note: "solo nota"), stage: 2, touchpoint: 0)
        map.setMetrics([StageMetric(name: "Conversión", value: 3.2, unit: "%")], forStageAt: 0)

        let statistics = MapStatistics(map)
        #expect(statistics.stages.map(\.name) == ["Compra", "Vacía", "Entrega"])
        let compra = statistics.stages[0]
        #expect(compra.averageEmotion == Hundredths(-150))
        #expect(compra.cells == 3)
        #expect(compra.emotions == 2)
        #expect(compra.painPoints == 3)
        #expect(compra.opportunities == 1)
        #expect(compra.votes == 9)
        #expect(compra.evidence == EvidenceCounts(assumed: 1, partial: 1, researched: 1, unstated: 0))
        #expect(compra.metrics == [StageMetric(name: "Conversión", value: 3.2, unit: "%")])
        // An empty stage: nothing counted, no average.
        #expect(statistics.stages[1] == StageStatistics(name: "Vacía"))
        // A stage whose only cell has no evidence and no emotion.
        #expect(statistics.stages[2].cells == 1)
        #expect(statistics.stages[2].averageEmotion == nil)
        #expect(statistics.stages[2].evidence == EvidenceCounts(unstated: 1))
        #expect(statistics.lowestStage == 0)
    }

    @Test func averagesRoundToTwoDecimalsHalvesAwayFromZero() throws {
        var map = try Self.map(stages: ["Eighth", "Minus eighth", "Thirds"], touchpoints: (1...8).map { "T\($0)" })
        // 1/8 = 0.125 → 0.13; -1/8 → -0.13; 2/3 → 0.67.
        map.setCell(Cell(emotion: Emotion(1)), stage: 0, touchpoint: 0)
        map.setCell(Cell(emotion: Emotion(-1)), stage: 1, touchpoint: 0)
        for touchpoint in 1..<8 {
            map.setCell(Cell(emotion: Emotion(0)), stage: 0, touchpoint: touchpoint)
            map.setCell(Cell(emotion: Emotion(0)), stage: 1, touchpoint: touchpoint)
        }
        for touchpoint in 0..<3 { map.setCell(Cell(emotion: Emotion(touchpoint == 0 ? 0 : 1)), stage: 2, touchpoint: touchpoint) }
        let averages = MapStatistics(map).stages.map { $0.averageEmotion?.jsonText }
        #expect(averages == ["0.13", "-0.13", "0.67"])
    }

    @Test func hundredthsPrintWithTheFewestDigitsInJSONAndTwoDecimalsForPeople() {
        let cases: [(Int, String, String, String)] = [
            (-125, "-1.25", "-1.25", "-1,25"), (50, "0.5", "+0.50", "+0,50"), (100, "1", "+1.00", "+1,00"),
            (0, "0", "0.00", "0,00"), (-5, "-0.05", "-0.05", "-0,05"), (10, "0.1", "+0.10", "+0,10"), (-200, "-2", "-2.00", "-2,00"),
        ]
        for (value, json, english, spanish) in cases {
            #expect(Hundredths(value).jsonText == json)
            #expect(Hundredths(value).signedText(in: .english) == english)
            #expect(Hundredths(value).signedText(in: .spanish) == spanish)
        }
        #expect(Hundredths(rounding: -0.125) == Hundredths(-13))
        #expect(Hundredths(rounding: 1.0 / 3) == Hundredths(33))
    }

    @Test func theLowestStageIsTheFirstOnATieAndNoneWithoutEmotions() throws {
        var map = try Self.map(stages: ["Happy", "First low", "Second low", "Unrated"], touchpoints: ["A", "B"])
        map.setCell(Cell(emotion: Emotion(2)), stage: 0, touchpoint: 0)
        map.setCell(Cell(emotion: Emotion(-1)), stage: 1, touchpoint: 0)
        // -2 and 0 average to -1 as well: a tie with "First low".
        map.setCell(Cell(emotion: Emotion(-2)), stage: 2, touchpoint: 0)
        map.setCell(Cell(emotion: Emotion(0)), stage: 2, touchpoint: 1)
        map.setCell(Cell(note: "no emotion"), stage: 3, touchpoint: 0)
        #expect(MapStatistics(map).lowestStage == 1)
        map.setCell(Cell(emotion: Emotion(-2)), stage: 2, touchpoint: 1)
        #expect(MapStatistics(map).lowestStage == 2)

        var unrated = try Self.map(stages: ["One", "Two"], touchpoints: ["A"])
        unrated.setCell(Cell(note: "words only", painPoints: [Item("Slow", votes: 1)]), stage: 0, touchpoint: 0)
        let statistics = MapStatistics(unrated)
        #expect(statistics.lowestStage == nil)
        #expect(statistics.stages.allSatisfy { $0.averageEmotion == nil })
        #expect(statistics.json().contains("\"lowestStage\": null,"))
        #expect(statistics.json().contains("\"averageEmotion\": null,"))
    }

    @Test func topPainPointsSkipUnvotedItemsRankByVotesThenMapOrderAndStopAtTen() throws {
        var map = try Self.map(stages: ["S1", "S2"], touchpoints: ["T1", "T2"])
        // Map order is touchpoint first: (S2, T1) comes before (S1, T2).
        map.setCell(Cell(painPoints: [Item("t2s1-a", votes: 3), Item("t2s1-b", votes: 1), "unvoted", Item("t2s1-c", votes: 1), Item("t2s1-d", votes: 1)]),
                    stage: 0, touchpoint: 1)
        map.setCell(Cell(painPoints: [Item("t1s2-a", votes: 3), Item("t1s2-b", votes: 9), Item("t1s2-c", votes: 1), Item("t1s2-d", votes: 1)]),
                    stage: 1, touchpoint: 0)
        map.setCell(Cell(painPoints: [Item("t1s1-a", votes: 1), Item("t1s1-b", votes: 1), Item("t1s1-c", votes: 1), Item("t1s1-d", votes: 2)],
                         opportunities: [Item("an opportunity", votes: 50)]), stage: 0, touchpoint: 0)
        let top = MapStatistics(map).topPainPoints
        #expect(top.map(\.item.text) == ["t1s2-b", "t1s2-a", "t2s1-a", "t1s1-d", "t1s1-a", "t1s1-b", "t1s1-c", "t1s2-c", "t1s2-d", "t2s1-b"])
        #expect(top.count == MapStatistics.topPainPointLimit)
        #expect(top[0].stageName == "S2" && top[0].touchpointName == "T1" && top[0].position == 1)
        #expect(!top.contains { $0.item.text == "unvoted" })
    }

    @Test func everyBoundaryOfTheOpportunityMatrix() throws {
        var map = try Self.map(stages: ["S"], touchpoints: ["T"])
        let scored: [(String, Int?, Int?)] = [
            ("4/2", 4, 2), ("4/3", 4, 3), ("3/2", 3, 2), ("3/3", 3, 3), ("5/1", 5, 1), ("5/5", 5, 5), ("1/1", 1, 1), ("1/5", 1, 5),
            ("-/2", nil, 2), ("4/-", 4, nil), ("-/-", nil, nil),
        ]
        map.setCell(Cell(opportunities: scored.map { Item($0.0, impact: $0.1, effort: $0.2) }), stage: 0, touchpoint: 0)
        let matrix = MapStatistics(map).opportunityMatrix
        #expect(matrix[.quickWins].map(\.item.text) == ["4/2", "5/1"])
        #expect(matrix[.bigBets].map(\.item.text) == ["4/3", "5/5"])
        #expect(matrix[.fillIns].map(\.item.text) == ["3/2", "1/1"])
        #expect(matrix[.moneyPits].map(\.item.text) == ["3/3", "1/5"])
        #expect(matrix[.unscored].map(\.item.text) == ["-/2", "4/-", "-/-"])
        #expect(matrix.count == scored.count)
    }

    @Test func withinAQuadrantMostVotesFirstThenMapOrder() throws {
        var map = try Self.map(stages: ["S1", "S2"], touchpoints: ["T1", "T2"])
        map.setCell(Cell(opportunities: [Item("t2s1", votes: 2, impact: 5, effort: 1)]), stage: 0, touchpoint: 1)
        map.setCell(Cell(opportunities: [Item("t1s2", votes: 2, impact: 4, effort: 2), Item("t1s2 no votes", impact: 5, effort: 2)]), stage: 1, touchpoint: 0)
        map.setCell(Cell(opportunities: [Item("t1s1", votes: 7, impact: 4, effort: 1, owner: "Ecommerce")]), stage: 0, touchpoint: 0)
        let quickWins = MapStatistics(map).opportunityMatrix[.quickWins]
        #expect(quickWins.map(\.item.text) == ["t1s1", "t1s2", "t2s1", "t1s2 no votes"])
        #expect(quickWins[0].item.owner == "Ecommerce")
    }

    @Test func theJSONIsExactlyTheContract() throws {
        var map = try Self.map(stages: ["Compra", "Vacía"], touchpoints: ["Web", "Tienda"])
        map.setCell(Cell(emotion: Emotion(-2), painPoints: ["El envío aparece al final", Item("Pide crear cuenta", votes: 4)],
                         opportunities: [Item("Mostrar el envío en la ficha", votes: 3, impact: 5, effort: 1, owner: "Ecommerce"), "Sin puntuar"],
                         evidence: .researched), stage: 0, touchpoint: 0)
        map.setCell(Cell(emotion: Emotion(-1), opportunities: [Item("App \"nueva\"", votes: 1, impact: 2, effort: 4)]), stage: 0, touchpoint: 1)
        map.setMetrics([StageMetric(name: "Abandono del carrito", value: 69, unit: "%", source: "Analítica, oct. 2026")], forStageAt: 0)
        #expect(MapStatistics(map).json() == """
            {
              "stages": [
                {
                  "name": "Compra",
                  "averageEmotion": -1.5,
                  "cells": 2,
                  "emotions": 2,
                  "painPoints": 2,
                  "opportunities": 3,
                  "votes": 8,
                  "evidence": {
                    "assumed": 0,
                    "partial": 0,
                    "researched": 1,
                    "unstated": 1
                  },
                  "metrics": [
                    {
                      "name": "Abandono del carrito",
                      "value": 69,
                      "unit": "%",
                      "source": "Analítica, oct. 2026"
                    }
                  ]
                },
                {
                  "name": "Vacía",
                  "averageEmotion": null,
                  "cells": 0,
                  "emotions": 0,
                  "painPoints": 0,
                  "opportunities": 0,
                  "votes": 0,
                  "evidence": {
                    "assumed": 0,
                    "partial": 0,
                    "researched": 0,
                    "unstated": 0
                  },
                  "metrics": []
                }
              ],
              "lowestStage": "Compra",
              "topPainPoints": [
                {
                  "text": "Pide crear cuenta",
                  "stage": "Compra",
                  "touchpoint": "Web",
                  "votes": 4
                }
              ],
              "opportunityMatrix": {
                "quickWins": [
                  {
                    "text": "Mostrar el envío en la ficha",
                    "stage": "Compra",
                    "touchpoint": "Web",
                    "impact": 5,
                    "effort": 1,
                    "votes": 3
                  }
                ],
                "bigBets": [],
                "fillIns": [],
                "moneyPits": [
                  {
                    "text": "App \\"nueva\\"",
                    "stage": "Compra",
                    "touchpoint": "Tienda",
                    "impact": 2,
                    "effort": 4,
                    "votes": 1
                  }
                ],
                "unscored": [
                  {
                    "text": "Sin puntuar",
                    "stage": "Compra",
                    "touchpoint": "Web",
                    "impact": null,
                    "effort": null,
                    "votes": 0
                  }
                ]
              }
            }

            """)
    }

    @Test func anEmptyMapHasEmptyStatistics() {
        let statistics = MapStatistics(JourneyMap())
        #expect(statistics.json() == """
            {
              "stages": [],
              "lowestStage": null,
              "topPainPoints": [],
              "opportunityMatrix": {
                "quickWins": [],
                "bigBets": [],
                "fillIns": [],
                "moneyPits": [],
                "unscored": []
              }
            }

            """)
        #expect(statistics.text(in: .english).contains("Lowest average emotion: none (no cell is rated)"))
        #expect(statistics.text(in: .spanish).contains("Emoción media más baja: ninguna (no hay celdas valoradas)"))
    }

    @Test func theTextFormSpeaksBothLanguagesAndKeepsMapTextOffTheTerminal() throws {
        var map = try Self.map(stages: ["Compra\u{1B}[2J"], touchpoints: ["Web"])
        map.setCell(Cell(emotion: Emotion(-1), painPoints: [Item("Pide\ncuenta", votes: 1)],
                         opportunities: [Item("Invitado", votes: 2, impact: 4, effort: 3, owner: "Ecommerce")], evidence: .partial), stage: 0, touchpoint: 0)
        map.setMetrics([StageMetric(name: "Conversión", value: 3.2, unit: "%")], forStageAt: 0)
        let english = MapStatistics(map).text(in: .english)
        #expect(!english.contains("\u{1B}"))
        #expect(english.contains("Compra\\u{1B}[2J\n  Average emotion: -1.00 (1 of 1 cell rated)\n  1 pain point, 1 opportunity, 3 votes\n"))
        #expect(english.contains("  Evidence: researched 0 · partial 1 · assumed 0 · not stated 0\n  Conversión: 3.2 %\n"))
        #expect(english.contains("Top pain points (by votes)\n  1. Pide\\ncuenta (Compra\\u{1B}[2J, Web): 1 vote\n"))
        #expect(english.contains("  Big bets (impact 4-5, effort 3-5)\n    - Invitado (Compra\\u{1B}[2J, Web): 2 votes, impact 4, effort 3, owner: Ecommerce\n"))
        let spanish = MapStatistics(map).text(in: .spanish)
        #expect(spanish.hasPrefix("Estadísticas: Hand-made\n"))
        #expect(spanish.contains("  Emoción media: -1,00 (1 de 1 celda valorada)\n  1 punto de dolor, 1 oportunidad, 3 votos\n"))
        #expect(spanish.contains("  Evidencia: investigada 0 · parcial 1 · supuesta 0 · sin indicar 0\n  Conversión: 3,2 %\n"))
        #expect(spanish.contains("  Grandes apuestas (impacto 4-5, esfuerzo 3-5)\n    - Invitado (Compra\\u{1B}[2J, Web): 2 votos, impacto 4, esfuerzo 3, responsable: Ecommerce\n"))
        #expect(spanish.contains("  Victorias rápidas (impacto 4-5, esfuerzo 1-2)\n    Ninguna.\n"))
        #expect(spanish.contains("Tareas de relleno") && spanish.contains("Pozos sin fondo") && spanish.contains("Sin puntuar"))
    }
}
