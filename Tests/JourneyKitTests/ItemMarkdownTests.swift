import JourneyKit
import Testing

/// Votes, scores, owners, evidence, sources and metrics in the Markdown export.
@Suite("Items in Markdown")
struct ItemMarkdownTests {
    @Test("votes, scores and owners follow each item; evidence is a marker with a legend; metrics and sources are listed per stage")
    func workshopMarkdown() throws {
        var map = try JSONInterchange.decode(ItemJSONTests.contractJSON)
        map.updateCell(stage: 0, touchpoint: 0) { $0.note = "Compra una taza" }
        let expected = """
            # Tienda

            **Kind:** Current state

            | Touchpoint | Compra |
            | --- | --- |
            | Web | Compra una taza<br>● |
            | Average emotion | – |

            *Evidence: ● researched · ◐ partly researched · ○ assumed*

            ## Emotion curve

            Compra –

            ## Stages

            ### Compra

            **Metrics**

            - Conversión: 3.2 %
            - Abandono del carrito: 69 % (Analítica, oct. 2026)

            **Pain points**

            - El envío aparece al final (Web)
            - Pide crear cuenta (Web) (4 votes)

            **Opportunities**

            - Mostrar el envío en la ficha (Web) (3 votes, impact 5, effort 1, owner: Ecommerce)

            **Sources**

            - Encuesta oct. 2026, n=120 (Web)
            - https://example.org/informe (Web)

            """
        #expect(MarkdownExporter.markdown(for: map) == expected)
    }

    @Test("a map without evidence has no legend, and one vote is singular")
    func noLegendAndSingular() throws {
        var map = JourneyMap(title: "t")
        try map.appendStage(named: "S")
        try map.appendTouchpoint(named: "T")
        map.setCell(Cell(lists: [.painPoints: [Item("Lento", votes: 1)]]), stage: 0, touchpoint: 0)
        let markdown = MarkdownExporter.markdown(for: map)
        #expect(!markdown.contains("Evidence"))
        #expect(markdown.contains("\n- Lento (T) (1 vote)\n"))
    }
}
