import JourneyKit
import Testing

/// Votes, scores, owners, evidence, sources and metrics in the `.journey` format.
@Suite("Items in the .journey format")
struct ItemFormatTests {
    static let workshopText = """
        journey 1
        title: Tienda
        kind: current-state

        [stage compra]
        name: Compra
        metric: Conversión = 3.2 %
        metric: Abandono del carrito = 69 % (Analítica, oct. 2026)
        metric: "Tiempo = espera" = 1.5 "min por pedido"
        metric: NPS = -12

        [touchpoint web]
        name: Web

        [cell compra web]
        note: Compra una taza
        evidence: researched
        source: Encuesta oct. 2026, n=120
        source: https://example.org/informe
        pain: El envío aparece al final
        pain: Pide crear cuenta  [votes 4]
        pain: Falla el pago [paso 2]
        pain: "Precio oculto [votes 2]"
        pain: "Texto  [votes 1]"  [votes 5]
        opportunity: Mostrar el envío en la ficha  [votes 3, impact 5, effort 1, owner "Ecommerce"]
        opportunity: Guardar el carrito  [votes 0, flag "rojo", stamp 2]

        """

    @Test("votes, scores, owners, evidence, sources and metrics read into the model and write back byte for byte")
    func workshopRoundTrip() throws {
        let map = try JourneyParser.parse(Self.workshopText, path: "taller.journey")
        #expect(map.stages[0].metrics == [
            StageMetric(name: "Conversión", value: 3.2, unit: "%"),
            StageMetric(name: "Abandono del carrito", value: 69, unit: "%", source: "Analítica, oct. 2026"),
            StageMetric(name: "Tiempo = espera", value: 1.5, unit: "min por pedido"),
            StageMetric(name: "NPS", value: -12),
        ])
        let cell = map.cell(stage: 0, touchpoint: 0)
        #expect(cell.evidence == .researched)
        #expect(cell.sources == ["Encuesta oct. 2026, n=120", "https://example.org/informe"])
        #expect(cell[list: .painPoints] == [
            Item("El envío aparece al final"),
            Item("Pide crear cuenta", votes: 4),
            Item("Falla el pago [paso 2]"),
            Item("Precio oculto [votes 2]"),
            Item("Texto  [votes 1]", votes: 5),
        ])
        #expect(cell[list: .opportunities] == [
            Item("Mostrar el envío en la ficha", votes: 3, impact: 5, effort: 1, owner: "Ecommerce"),
            Item("Guardar el carrito", unknownAttributes: [ItemAttribute(key: "flag", value: "\"rojo\""), ItemAttribute(key: "stamp", value: "2")]),
        ])
        #expect(JourneyWriter.text(for: map) == Self.workshopText)
    }

    @Test("an item with no attributes is written exactly as before, and a vote changes one line")
    func oneLinePerVote() throws {
        var map = try JourneyParser.parse(Self.workshopText)
        map.updateCell(stage: 0, touchpoint: 0) { cell in
            cell[list: .painPoints] = cell[list: .painPoints].map(\.textOnly)
            cell[list: .opportunities] = []
        }
        let before = JourneyWriter.text(for: map)
        #expect(before.contains("\npain: El envío aparece al final\npain: Pide crear cuenta\npain: Falla el pago [paso 2]\n"))
        map.updateCell(stage: 0, touchpoint: 0) { $0[list: .painPoints][1].votes += 1 }
        let after = JourneyWriter.text(for: map)
        let beforeLines = before.split(separator: "\n", omittingEmptySubsequences: false)
        let afterLines = after.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(beforeLines.count == afterLines.count)
        let changed = zip(beforeLines, afterLines).filter { $0.0 != $0.1 }.map { String($0.1) }
        #expect(changed == ["pain: Pide crear cuenta  [votes 1]"])
    }

    @Test("text that would read as attributes, and attributes journey does not know, survive a round trip")
    func awkwardTextRoundTrips() throws {
        var map = JourneyMap(title: "t")
        try map.appendStage(named: "S", metrics: [StageMetric(name: "", value: 1e-7, unit: "(x)", source: " padded ")])
        try map.appendTouchpoint(named: "T")
        let items: [Item] = [
            Item("ends with [votes 2]"), Item("[votes 2]", votes: 1), Item("", votes: 3), Item("two\nlines", votes: 1),
            Item("a [votes 1], b", votes: 2), Item("x", unknownAttributes: [ItemAttribute(key: "flag", value: "1")]),
        ]
        map.setCell(Cell(lists: [.painPoints: items], sources: ["", "(paren)"]), stage: 0, touchpoint: 0)
        let text = JourneyWriter.text(for: map)
        #expect(text.contains("pain: \"ends with [votes 2]\"\n"))
        #expect(text.contains("pain: \"\"  [votes 3]\n"))
        #expect(text.contains("pain: x  [votes 0, flag 1]\n"))
        let again = try JourneyParser.parse(text)
        #expect(again == map)
        #expect(JourneyWriter.text(for: again) == text)
    }

    @Test("a bad vote count, an impact of 7, an unknown evidence word and a score on a pain point are located errors")
    func attributeErrors() {
        let text = """
            journey 1
            title: t

            [stage s]
            name: S

            [touchpoint t]
            name: T

            [cell s t]
            pain: Pide crear cuenta  [votes -1]
            opportunity: Envío  [impact 7]
            evidence: maybe
            pain: Lento  [impact 3]
            pain: "Doble"  [votes 1, votes 2]
            """
        do {
            _ = try JourneyParser.parse(text, path: "taller.journey")
            Issue.record("expected errors")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "taller.journey:11:33: votes must be a whole number from 0 to 4294967295, found '-1'",
                "taller.journey:12:29: impact must be a whole number from 1 to 5, found '7'",
                "taller.journey:13:1: unknown evidence 'maybe': expected assumed, partial or researched",
                "taller.journey:14:15: 'impact' does not go on a 'pain' item: it takes votes",
                "taller.journey:15:26: the attribute 'votes' appears twice on this item; keep one",
            ])
        }
    }

    @Test("a metric line that is not NAME = NUMBER is kept as the unknown field it was; a bad unit or source is an error")
    func metricLines() throws {
        let text = """
            journey 1
            title: t
            kind: current-state

            [stage s]
            name: S
            metric: NPS 32

            """
        let map = try JourneyParser.parse(text)
        #expect(map.stages[0].metrics.isEmpty)
        #expect(map.stages[0].extraFields == [ExtraField(key: "metric", value: "NPS 32")])
        #expect(JourneyWriter.text(for: map) == text)
        do {
            _ = try JourneyParser.parse("journey 1\n[stage s]\nname: S\nmetric: NPS = 32 puntos extra\n", path: "m.journey")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "m.journey:4:25: after a metric's figure and unit only its source may follow, in parentheses, as in 'metric: Conversión = 3.2 % (Analítica, oct. 2026)'",
            ])
        }
    }
}
