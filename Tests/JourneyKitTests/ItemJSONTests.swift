import JourneyKit
import Testing

/// The JSON contract for votes, scores, owners, evidence, sources and metrics (issue 11).
@Suite("Items in JSON")
struct ItemJSONTests {
    /// The contract's example as a whole document, in the writer's canonical form.
    static let contractJSON = """
        {
          "version": 1,
          "title": "Tienda",
          "kind": "current-state",
          "stages": [
            {
              "name": "Compra",
              "metrics": [
                {
                  "name": "Conversión",
                  "value": 3.2,
                  "unit": "%"
                },
                {
                  "name": "Abandono del carrito",
                  "value": 69,
                  "unit": "%",
                  "source": "Analítica, oct. 2026"
                }
              ]
            }
          ],
          "touchpoints": [
            {
              "name": "Web"
            }
          ],
          "cells": [
            {
              "stage": "Compra",
              "touchpoint": "Web",
              "evidence": "researched",
              "sources": [
                "Encuesta oct. 2026, n=120",
                "https://example.org/informe"
              ],
              "painPoints": [
                "El envío aparece al final",
                {
                  "text": "Pide crear cuenta",
                  "votes": 4
                }
              ],
              "opportunities": [
                {
                  "text": "Mostrar el envío en la ficha",
                  "votes": 3,
                  "impact": 5,
                  "effort": 1,
                  "owner": "Ecommerce"
                }
              ]
            }
          ]
        }

        """

    @Test("the contract's example imports into the model and exports as the same JSON")
    func contractRoundTrip() throws {
        let map = try JSONInterchange.decode(Self.contractJSON, path: "taller.json")
        #expect(map.stages[0].metrics == [
            StageMetric(name: "Conversión", value: 3.2, unit: "%"),
            StageMetric(name: "Abandono del carrito", value: 69, unit: "%", source: "Analítica, oct. 2026"),
        ])
        let cell = map.cell(stage: 0, touchpoint: 0)
        #expect(cell.evidence == .researched)
        #expect(cell.sources == ["Encuesta oct. 2026, n=120", "https://example.org/informe"])
        #expect(cell[list: .painPoints] == [Item("El envío aparece al final"), Item("Pide crear cuenta", votes: 4)])
        #expect(cell[list: .opportunities] == [Item("Mostrar el envío en la ficha", votes: 3, impact: 5, effort: 1, owner: "Ecommerce")])
        #expect(JSONInterchange.encode(map) == Self.contractJSON)
        // Through .journey and back: the same JSON.
        let journey = try JourneyParser.parse(JourneyWriter.text(for: map))
        #expect(JSONInterchange.encode(journey) == Self.contractJSON)
    }

    @Test("an item object with only text, or with no votes, is written back as a plain string")
    func plainItemsStayStrings() throws {
        let json = """
            {"stages": [{"name": "S"}], "touchpoints": [{"name": "T"}],
             "cells": [{"stage": "S", "touchpoint": "T", "painPoints": [{"text": "a"}, {"text": "b", "votes": 0}]}]}
            """
        let map = try JSONInterchange.decode(json)
        #expect(map.cell(stage: 0, touchpoint: 0)[list: .painPoints] == ["a", "b"])
        #expect(JSONInterchange.encode(map).contains("\"painPoints\": [\n        \"a\",\n        \"b\"\n      ]"))
    }

    @Test("bad votes, scores, owners, evidence and metrics are errors naming their JSON path")
    func errors() {
        let json = """
            {"stages": [{"name": "S", "metrics": [{"name": "C", "value": "3"}, {"value": 1}, {"name": "D", "value": 2, "colour": 1}]}],
             "touchpoints": [{"name": "T"}],
             "cells": [{"stage": "S", "touchpoint": "T", "evidence": "maybe",
               "painPoints": [{"text": "a", "votes": -1}, {"text": "b", "impact": 3}, {"votes": 2}],
               "opportunities": [{"text": "c", "impact": 7, "effort": 0, "owner": 5}], "sources": [1]}]}
            """
        do {
            _ = try JSONInterchange.decode(json, path: "m.json")
            Issue.record("expected errors")
        } catch {
            let messages = error.diagnostics.map(\.description)
            #expect(messages == [
                #"m.json:1:62: stages[0].metrics[0].value: expected a number, found "3""#,
                #"m.json:1:68: stages[0].metrics[1]: a metric needs a "name", as in {"name": "Conversión", "value": 3.2}"#,
                #"m.json:1:108: stages[0].metrics[2]: unknown key "colour": the keys of a metric are name, value, unit, source"#,
                #"m.json:3:58: cells[0].evidence: expected one of "assumed", "partial" or "researched", found "maybe""#,
                #"m.json:4:42: cells[0].painPoints[0].votes: expected a whole number from 0 to 4294967295, found -1"#,
                #"m.json:4:61: cells[0].painPoints[1]: unknown key "impact": the keys of a pain point are text, votes"#,
                #"m.json:4:75: cells[0].painPoints[2]: an item object needs a "text", as in {"text": "Pide crear cuenta", "votes": 4}"#,
                #"m.json:5:46: cells[0].opportunities[0].impact: expected a whole number from 1 to 5, found 7"#,
                #"m.json:5:59: cells[0].opportunities[0].effort: expected a whole number from 1 to 5, found 0"#,
                #"m.json:5:71: cells[0].opportunities[0].owner: expected a string, found 5"#,
                #"m.json:5:88: cells[0].sources[0]: expected a string, found 1"#,
            ])
        }
    }
}
