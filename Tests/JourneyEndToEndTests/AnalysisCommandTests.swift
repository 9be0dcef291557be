import Foundation
import Testing

/// `journey stats` and `journey compare` through the real binary: the JSON contracts exactly, the
/// text and Markdown forms in both languages (Markdown read back with cmark-gfm), exit codes.
@Suite("Analysis commands")
struct AnalysisCommandTests {
    static let spanish = ["LANG": "es_ES.UTF-8", "LC_ALL": ""]

    /// A map with two stages (one empty), two touchpoints, votes, scores, evidence and a metric;
    /// its first stage is named with a table bar and its title has a Markdown star.
    static let shop = """
        journey 1
        title: Tienda *de* tazas

        [stage compra]
        name: Compra | pago
        metric: Conversión = 3.2 %

        [stage entrega]
        name: Entrega

        [touchpoint web]
        name: Web

        [touchpoint tienda]
        name: Tienda

        [cell compra web]
        emotion: -2
        evidence: researched
        pain: Pide crear cuenta  [votes 4]
        pain: El envío aparece al final
        opportunity: Mostrar el envío en la ficha  [votes 3, impact 5, effort 1, owner "Ecommerce"]

        [cell compra tienda]
        emotion: -1
        evidence: assumed
        opportunity: Pago en tienda  [impact 2, effort 4]

        """

    static let future = """
        journey 1
        title: Tienda futura
        kind: future-state

        [stage compra]
        name: compra | PAGO

        [stage suscripcion]
        name: Suscripción

        [touchpoint web]
        name: Web

        [cell compra web]
        emotion: +1

        """

    @Test func statsPrintsTheJSONContract() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("shop.journey", Self.shop)
        let run = try CommandRun.journey(["stats", path, "--format", "json"])
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(run.output == """
            {
              "stages": [
                {
                  "name": "Compra | pago",
                  "averageEmotion": -1.5,
                  "cells": 2,
                  "emotions": 2,
                  "painPoints": 2,
                  "opportunities": 2,
                  "votes": 7,
                  "evidence": {
                    "assumed": 1,
                    "partial": 0,
                    "researched": 1,
                    "unstated": 0
                  },
                  "metrics": [
                    {
                      "name": "Conversión",
                      "value": 3.2,
                      "unit": "%"
                    }
                  ]
                },
                {
                  "name": "Entrega",
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
              "lowestStage": "Compra | pago",
              "topPainPoints": [
                {
                  "text": "Pide crear cuenta",
                  "stage": "Compra | pago",
                  "touchpoint": "Web",
                  "votes": 4
                }
              ],
              "opportunityMatrix": {
                "quickWins": [
                  {
                    "text": "Mostrar el envío en la ficha",
                    "stage": "Compra | pago",
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
                    "text": "Pago en tienda",
                    "stage": "Compra | pago",
                    "touchpoint": "Tienda",
                    "impact": 2,
                    "effort": 4,
                    "votes": 0
                  }
                ],
                "unscored": []
              }
            }

            """)
        // Standard input works, and the JSON parses as JSON.
        let piped = try CommandRun.journey(["stats", "-", "-f", "json"], input: Self.shop)
        #expect(piped.output == run.output)
        #expect((try? JSONSerialization.jsonObject(with: Data(run.output.utf8))) != nil)
    }

    @Test func statsTextInBothLanguages() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("shop.journey", Self.shop)
        let english = try CommandRun.journey(["stats", path])
        #expect(english.status == 0)
        #expect(english.output.hasPrefix("""
            Statistics: Tienda *de* tazas

            Compra | pago
              Average emotion: -1.50 (2 of 2 cells rated)
              2 pain points, 2 opportunities, 7 votes
              Evidence: researched 1 · partial 0 · assumed 1 · not stated 0
              Conversión: 3.2 %

            Entrega
              Average emotion: none (no cell rated)
              0 pain points, 0 opportunities, 0 votes

            """))
        #expect(english.output.contains("\nLowest average emotion: Compra | pago (-1.50)\n"))
        #expect(english.output.contains("Top pain points (by votes)\n  1. Pide crear cuenta (Compra | pago, Web): 4 votes\n"))
        #expect(english.output.contains("  Quick wins (impact 4-5, effort 1-2)\n    - Mostrar el envío en la ficha (Compra | pago, Web): 3 votes, impact 5, effort 1, owner: Ecommerce\n"))
        #expect(english.output.contains("  Money pits (impact 1-3, effort 3-5)\n    - Pago en tienda (Compra | pago, Tienda): impact 2, effort 4\n"))
        #expect(english.output.hasSuffix("  Unscored (impact or effort missing)\n    None.\n"))

        let spanish = try CommandRun.journey(["stats", path], environment: Self.spanish)
        #expect(spanish.status == 0)
        #expect(spanish.output.hasPrefix("Estadísticas: Tienda *de* tazas\n\nCompra | pago\n  Emoción media: -1,50 (2 de 2 celdas valoradas)\n"))
        #expect(spanish.output.contains("  Emoción media: ninguna (ninguna celda valorada)\n  0 puntos de dolor, 0 oportunidades, 0 votos\n"))
        #expect(spanish.output.contains("\nEmoción media más baja: Compra | pago (-1,50)\n"))
        #expect(spanish.output.contains("Puntos de dolor más votados\n  1. Pide crear cuenta (Compra | pago, Web): 4 votos\n"))
        #expect(spanish.output.contains("  Victorias rápidas (impacto 4-5, esfuerzo 1-2)\n    - Mostrar el envío en la ficha (Compra | pago, Web): 3 votos, impacto 5, esfuerzo 1, responsable: Ecommerce\n"))
        #expect(spanish.output.contains("  Pozos sin fondo (impacto 1-3, esfuerzo 3-5)\n    - Pago en tienda"))
        #expect(spanish.output.contains("  Grandes apuestas (impacto 4-5, esfuerzo 3-5)\n    Ninguna.\n  Tareas de relleno (impacto 1-3, esfuerzo 1-2)\n    Ninguna.\n"))
        #expect(spanish.output.hasSuffix("  Sin puntuar (falta el impacto o el esfuerzo)\n    Ninguna.\n"))
        #expect(try CommandRun.journey(["stats", path, "--lang", "es"]).output == spanish.output)
    }

    @Test func statsMarkdownRendersAsWrittenInBothLanguages() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("shop.journey", Self.shop)
        let english = try CommandRun.journey(["stats", path, "--format", "markdown"])
        #expect(english.status == 0)
        guard let html = try GFM.render(english.output) else { return }
        #expect(html.contains("<h1>Statistics: Tienda *de* tazas</h1>"))
        #expect(GFM.tableRows(html) == [
            ["Stage", "Average emotion", "Cells", "Pain points", "Opportunities", "Votes", "Evidence"],
            ["Compra | pago", "😠 -1.50", "2", "2", "2", "7", "● 1 ◐ 0 ○ 1 ? 0"],
            ["Entrega", "–", "0", "0", "0", "0", "● 0 ◐ 0 ○ 0 ? 0"],
        ])
        #expect(html.contains("<p><em>Evidence: ● researched · ◐ partial · ○ assumed · ? not stated</em></p>"))
        #expect(html.contains("<p><strong>Lowest average emotion:</strong> Compra | pago (😠 -1.50)</p>"))
        #expect(html.contains("<h2>Metrics</h2>\n<ul>\n<li><strong>Compra | pago:</strong> Conversión: 3.2 %</li>\n</ul>"))
        #expect(html.contains("<h2>Top pain points (by votes)</h2>\n<ol>\n<li>Pide crear cuenta (Compra | pago, Web): 4 votes</li>\n</ol>"))
        #expect(html.contains("<h3>Quick wins (impact 4-5, effort 1-2)</h3>\n<ul>\n<li>Mostrar el envío en la ficha (Compra | pago, Web): 3 votes, impact 5, effort 1, owner: Ecommerce</li>\n</ul>"))
        #expect(html.contains("<h3>Big bets (impact 4-5, effort 3-5)</h3>\n<p><em>None.</em></p>"))
        #expect(html.contains("<h3>Money pits (impact 1-3, effort 3-5)</h3>\n<ul>\n<li>Pago en tienda (Compra | pago, Tienda): impact 2, effort 4</li>"))
        #expect(html.contains("<h3>Unscored (impact or effort missing)</h3>\n<p><em>None.</em></p>"))

        let spanish = try CommandRun.journey(["stats", path, "--format", "markdown", "--lang", "es"])
        guard let spanishHTML = try GFM.render(spanish.output) else { return }
        #expect(spanishHTML.contains("<h1>Estadísticas: Tienda *de* tazas</h1>"))
        #expect(GFM.tableRows(spanishHTML).first == ["Etapa", "Emoción media", "Celdas", "Puntos de dolor", "Oportunidades", "Votos", "Evidencia"])
        #expect(GFM.tableRows(spanishHTML).dropFirst().first?.prefix(2) == ["Compra | pago", "😠 -1,50"])
        for heading in ["<h2>Puntos de dolor más votados</h2>", "<h2>Matriz de oportunidades (impacto y esfuerzo)</h2>",
                        "<h3>Victorias rápidas (impacto 4-5, esfuerzo 1-2)</h3>", "<h3>Grandes apuestas (impacto 4-5, esfuerzo 3-5)</h3>",
                        "<h3>Tareas de relleno (impacto 1-3, esfuerzo 1-2)</h3>", "<h3>Pozos sin fondo (impacto 1-3, esfuerzo 3-5)</h3>",
                        "<h3>Sin puntuar (falta el impacto o el esfuerzo)</h3>", "<p><em>Ninguna.</em></p>",
                        "<strong>Emoción media más baja:</strong>", "<em>Evidencia: ● investigada · ◐ parcial · ○ supuesta · ? sin indicar</em>"] {
            #expect(spanishHTML.contains(heading), "\(heading)")
        }
    }

    @Test func compareInEveryFormat() throws {
        let folder = try TemporaryFolder()
        let current = try folder.write("shop.journey", Self.shop)
        let future = try folder.write("future.journey", Self.future)
        let json = try CommandRun.journey(["compare", current, future, "--format", "json"])
        #expect(json.status == 0)
        #expect(json.output == """
            {
              "stages": [
                {
                  "name": "Compra | pago",
                  "current": -1.5,
                  "future": 1,
                  "change": 2.5
                }
              ],
              "onlyCurrent": [
                "Entrega"
              ],
              "onlyFuture": [
                "Suscripción"
              ]
            }

            """)
        let text = try CommandRun.journey(["compare", current, future])
        #expect(text.output == """
            Current against future state
            Current: Tienda *de* tazas
            Future: Tienda futura

            Stage          Current  Future  Change
            Compra | pago    -1.50   +1.00   +2.50

            Only in the current map: Entrega
            Only in the future map: Suscripción

            """)
        let spanish = try CommandRun.journey(["compare", current, future], environment: Self.spanish)
        #expect(spanish.output.hasPrefix("Estado actual frente a estado futuro\nActual: Tienda *de* tazas\nFuturo: Tienda futura\n\nEtapa"))
        #expect(spanish.output.hasSuffix("Solo en el mapa actual: Entrega\nSolo en el mapa futuro: Suscripción\n"))

        let markdown = try CommandRun.journey(["compare", current, future, "-f", "markdown", "--lang", "es"])
        guard let html = try GFM.render(markdown.output) else { return }
        #expect(html.contains("<h1>Estado actual frente a estado futuro</h1>"))
        #expect(html.contains("<p><strong>Actual:</strong> Tienda *de* tazas</p>"))
        #expect(GFM.tableRows(html) == [["Etapa", "Actual", "Futuro", "Cambio"], ["Compra | pago", "😠 -1,50", "🙂 +1,00", "+2,50"]])
        #expect(html.contains("<p><strong>Solo en el mapa actual:</strong></p>\n<ul>\n<li>Entrega</li>\n</ul>"))
        #expect(html.contains("<p><strong>Solo en el mapa futuro:</strong></p>\n<ul>\n<li>Suscripción</li>\n</ul>"))
    }

    @Test func badMapsAndUsageErrors() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("good.journey", Self.shop)
        let bad = try folder.write("bad.journey", "journey 1\n[stage a]\nname: A\nemotion: +1\n")
        let stats = try CommandRun.journey(["stats", bad])
        #expect(stats.status == 1)
        #expect(stats.output.isEmpty)
        #expect(stats.errors.hasPrefix("\(bad):4:1: "))
        // compare reports the problems of both maps before giving up.
        let missing = folder.path("missing.journey")
        let compare = try CommandRun.journey(["compare", bad, missing])
        #expect(compare.status == 1)
        #expect(compare.output.isEmpty)
        #expect(compare.errors.contains("\(bad):4:1: "))
        #expect(compare.errors.contains("\(missing): "))
        #expect(try CommandRun.journey(["compare", good, bad]).status == 1)

        let format = try CommandRun.journey(["stats", good, "--format", "xml"])
        #expect(format.status == 64)
        #expect(format.errors.hasPrefix("Error: The value 'xml' is invalid for '--format <format>'"))
        let spanishFormat = try CommandRun.journey(["stats", good, "--format", "xml"], environment: Self.spanish)
        #expect(spanishFormat.status == 64)
        #expect(spanishFormat.errors.hasPrefix("Error: El valor 'xml' no es válido para '--format <formato>'"))
        #expect(try CommandRun.journey(["stats"]).status == 64)
        #expect(try CommandRun.journey(["compare", good]).status == 64)
        let twoInputs = try CommandRun.journey(["compare", "-", "-"], input: Self.shop, environment: Self.spanish)
        #expect(twoInputs.status == 64)
        #expect(twoInputs.errors.hasPrefix("Error: Solo uno de ACTUAL y FUTURO puede ser - (la entrada estándar)\n"))
    }

    @Test func helpInBothLanguages() throws {
        let english = try CommandRun.journey(["stats", "--help"])
        #expect(english.status == 0)
        for text in ["USAGE: journey stats <file> [--format <format>]", "money pits", "fill-ins", "big bets", "(values: text, json,"] {
            #expect(english.output.contains(text), "\(text)")
        }
        let spanish = try CommandRun.journey(["compare", "--help"], environment: Self.spanish)
        #expect(spanish.status == 0)
        for text in ["USO:   journey compare <actual> <futuro> [--format <formato>]", "Compara un mapa del estado actual", "(valores: text, json,"] {
            #expect(spanish.output.contains(text), "\(text)")
        }
        let root = try CommandRun.journey(["--help"], environment: Self.spanish)
        #expect(root.output.contains("Analiza un mapa"))
    }

    @Test func hostileTextNeverReachesTheTerminalRaw() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("evil.journey", "journey 1\n[stage s]\nname: \"Evil\\u{1B}]2;owned\\u{7}\"\n[touchpoint t]\nname: T\n[cell s t]\nemotion: -1\npain: \"\\u{1B}[2Jgone\"  [votes 2]\n")
        for format in ["text", "markdown"] {
            let run = try CommandRun.journey(["stats", path, "--format", format])
            #expect(run.status == 0, "\(run.errors)")
            #expect(!run.output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(format)")
        }
    }
}

/// Reading Markdown back with the real GFM parser, `cmark-gfm -e table`.
enum GFM {
    /// The HTML for `markdown`, or `nil` (with a recorded failure) when cmark-gfm is not installed.
    static func render(_ markdown: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String? {
        guard let cmark = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            Issue.record("cmark-gfm is not installed: install it with 'apt-get install cmark-gfm'", sourceLocation: sourceLocation)
            return nil
        }
        let run = try CommandRun.run(cmark, ["-e", "table", "--unsafe"], input: Data(markdown.utf8))
        #expect(run.status == 0, sourceLocation: sourceLocation)
        return run.output
    }

    /// The rows of the first table, each as the texts of its cells.
    static func tableRows(_ html: String) -> [[String]] {
        guard let start = html.range(of: "<table>"), let end = html.range(of: "</table>") else { return [] }
        return html[start.upperBound..<end.lowerBound].components(separatedBy: "<tr>").dropFirst().map { row in
            row.components(separatedBy: "</tr>")[0].components(separatedBy: "</t").dropLast().map { cell in
                String(cell[(cell.range(of: ">", options: .backwards)?.upperBound ?? cell.startIndex)...])
            }
        }
    }
}
