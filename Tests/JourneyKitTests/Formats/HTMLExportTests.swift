import Testing
@testable import JourneyKit

/// The HTML writer's escaping, and what the HTML page holds: a self-contained page with the grid
/// as a table, the emotion curve as SVG, and map text only ever as text.
@Suite("HTML export")
struct HTMLExportTests {
    @Test("text and attribute values are escaped", arguments: [
        ("\"><script>alert(1)</script>", "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("a & b 'c'", "a &amp; b &#39;c&#39;"),
        ("esc \u{1B}[31m nul \u{0} del \u{7F}", "esc ␛[31m nul ␀ del ␡"),
        ("rlo \u{202E}x zw\u{200B}", "rlo \\u{202E}x zw\\u{200B}"),
        ("é 🙂 中文", "é 🙂 中文"),
    ])
    func escaping(text: String, expected: String) {
        #expect(HTMLWriter.escapedText(text) == expected)
        #expect(HTMLWriter.escapedAttribute(text) == expected)
        var html = HTMLWriter()
        html.open("td", ["title": text, "class": "x"])
        html.text(text)
        html.close("td")
        #expect(html.output == "<td title=\"\(expected)\" class=\"x\">\(expected)</td>")
    }

    @Test func lineBreaksAreBreaksInTextAndSpacesInAttributes() {
        #expect(HTMLWriter.escapedText("a\nb\r\nc\rd\u{2028}e", lineBreaks: true) == "a<br>b<br>c<br>d<br>e")
        #expect(HTMLWriter.escapedAttribute("a\nb\r\nc") == "a b c")
    }

    /// Every piece of map text, escaped, for the hostile-map checks.
    static let hostile = "\"><script>alert(1)</script><img src=x onerror=alert(2)>"

    static func hostileMap() throws -> JourneyMap {
        var map = JourneyMap(title: hostile, persona: hostile, scenario: hostile)
        try map.appendStage(named: hostile, goal: hostile, metrics: [StageMetric(name: hostile, value: 1, unit: hostile, source: hostile)])
        try map.appendTouchpoint(named: hostile, channel: hostile)
        map.setCell(Cell(note: hostile, emotion: Emotion(-1), feeling: hostile,
                         lists: [.painPoints: [Item(hostile, votes: 2)], .opportunities: [Item(hostile, impact: 3, owner: hostile)]],
                         evidence: .partial, sources: [hostile]), stage: 0, touchpoint: 0)
        return map
    }

    @Test func noMapTextBecomesMarkup() throws {
        let page = HTMLExporter.html(for: try Self.hostileMap(), options: ExportOptions(language: .english))
        #expect(!page.contains("<script"))
        #expect(!page.contains("<img"))
        #expect(page.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        // Nothing is fetched: no link, source or style import; only the policy and the SVG namespace name a URL.
        for forbidden in ["src=\"", "href=", "<link", "@import", "url(", "<script", "<iframe", "<object"] {
            #expect(!page.contains(forbidden), "\(forbidden)")
        }
        #expect(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:\">"))
    }

    @Test func thePageHasTheGridTheCurveAndTheStages() throws {
        let example = try ExampleLibrary.example(named: "cat-mug-shop").map
        let future = try ExampleLibrary.example(named: "cat-mug-shop-future").map
        let page = HTMLExporter.html(for: example, options: ExportOptions(language: .spanish, comparison: future))
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"es\">"))
        #expect(page.components(separatedBy: "<th scope=\"col\">").count - 1 == example.stages.count + 1)
        #expect(page.components(separatedBy: "<th scope=\"row\">").count - 1 == example.touchpoints.count + 1)
        #expect(page.components(separatedBy: "<polyline").count - 1 == 2)
        #expect(page.contains("stroke-dasharray") || page.contains("line comparison"))
        #expect(page.contains("<h2>Curva emocional</h2>"))
        #expect(page.contains("role=\"img\" aria-label=\"Emoción media por etapa"))
        #expect(page.contains("Comparado con: "))
        #expect(page.contains("@page { size: landscape"))
        #expect(page.contains("break-inside: avoid"))
        #expect(page.contains("@media (max-width"))
        for stage in example.stages { #expect(page.contains(">" + HTMLWriter.escapedText(stage.name) + "<"), "\(stage.name)") }
        let english = HTMLExporter.html(for: example, options: ExportOptions(language: .english))
        #expect(english.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(english.components(separatedBy: "<polyline").count - 1 == 1)
        #expect(english.contains("<h2>Emotion curve</h2>"))
        // Cells are tinted by their emotion.
        for score in Emotion.scores {
            let emotion = Emotion(clamping: score)
            let rated = example.allNonEmptyCells().contains { $0.cell.emotion == emotion }
            #expect(english.contains("<td class=\"\(HTMLExporter.emotionClass(emotion))\">") == rated, "\(score)")
        }
    }

    @Test func thePolylineHasAPointPerRatedStage() throws {
        var map = JourneyMap(title: "t")
        try map.appendStage(named: "A")
        try map.appendStage(named: "B")
        try map.appendStage(named: "C")
        try map.appendTouchpoint(named: "T")
        map.setCell(Cell(emotion: Emotion(2)), stage: 0, touchpoint: 0)
        map.setCell(Cell(emotion: Emotion(-2)), stage: 2, touchpoint: 0)
        map.setCell(Cell(note: "unrated"), stage: 1, touchpoint: 0)
        let page = HTMLExporter.html(for: map, options: ExportOptions(language: .english))
        // x = 44 + 120 × (column + 0.5); y = 24 + (2 − value) / 4 × 172.
        #expect(page.contains("points=\"104,24 344,196\""))
        #expect(page.contains("A +2.0, B not rated, C -2.0"))
    }
}
