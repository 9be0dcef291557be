import Foundation
import Testing
@testable import JourneyKit

// MARK: - Rendering with the real GFM parser

/// Where `cmark-gfm` lives, or `nil` when it is not installed.
private let cmarkPath: String? = {
    let candidates = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm"]
        + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/cmark-gfm" }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
}()

/// Renders Markdown to HTML with `cmark-gfm -e table --unsafe` (unsafe keeps raw `<br>`, as GitHub
/// does), or records a failure when cmark-gfm is missing: these tests must not pass silently.
private func renderGFM(_ markdown: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String? {
    guard let cmarkPath else {
        Issue.record(
            "cmark-gfm is not installed: the Markdown export is checked with the real GFM parser; install it with 'apt-get install cmark-gfm'",
            sourceLocation: sourceLocation)
        return nil
    }
    // The input goes through a file on standard input, so that a large output cannot deadlock a pipe.
    let input = FileManager.default.temporaryDirectory.appendingPathComponent("journey-md-\(UUID().uuidString).md")
    try Data(markdown.utf8).write(to: input)
    defer { try? FileManager.default.removeItem(at: input) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: cmarkPath)
    process.arguments = ["-e", "table", "--unsafe"]
    process.standardInput = try FileHandle(forReadingFrom: input)
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, sourceLocation: sourceLocation)
    return String(decoding: data, as: UTF8.self)
}

/// A rendered HTML document, taken apart just enough to check what a reader sees.
private struct RenderedDocument {
    let html: String

    /// The rows of the first table, each a list of cell texts.
    var tableRows: [[String]] {
        guard let start = html.range(of: "<table>"), let end = html.range(of: "</table>") else { return [] }
        let table = String(html[start.upperBound..<end.lowerBound])
        return table.components(separatedBy: "<tr>").dropFirst().map { row in
            let row = row.components(separatedBy: "</tr>")[0]
            return elements(in: row, tags: ["th", "td"])
        }
    }

    /// The texts of every element with one of `tags`, in order.
    func elements(in html: String? = nil, tags: [String]) -> [String] {
        var texts: [String] = []
        var rest = Substring(html ?? self.html)
        // `<p>` or `<p …>`, never the start of a longer name such as `<pre>`.
        let openings = tags.flatMap { ["<\($0)>", "<\($0) "] }
        while let open = openings.compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            let tag = String(rest[open].dropFirst().dropLast())
            let open = open.lowerBound..<rest.index(before: open.upperBound)
            guard let openEnd = rest[open.upperBound...].range(of: ">"),
                  let close = rest[openEnd.upperBound...].range(of: "</\(tag)>")
            else { break }
            texts.append(RenderedDocument.text(of: rest[openEnd.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return texts
    }

    /// The text a reader sees in an HTML fragment: `<br>` as a line break, entities resolved. Any
    /// other tag means that formatting leaked in, and is kept so that comparisons fail.
    static func text(of fragment: Substring) -> String {
        fragment
            .replacingOccurrences(of: "<br />", with: "\n")
            .replacingOccurrences(of: "<br>", with: "\n")
            .replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

// MARK: - What a reader should see

/// What text should look like once rendered: line breaks as line breaks, C0 controls as Control
/// Pictures, DEL as ␡, and C1 controls, bidirectional and invisible characters as `\u{HEX}`.
private func visible(_ text: String) -> String {
    var result = ""
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
        let scalar = scalars[index]
        let value = scalar.value
        index += 1
        switch value {
        case 0x0D:
            if index < scalars.count && scalars[index] == "\n" { index += 1 }
            result += "\n"
        case 0x0A, 0x2028, 0x2029:
            result += "\n"
        case 0x09:
            result += "\t"
        case 0x00...0x1F:
            result.unicodeScalars.append(Unicode.Scalar(0x2400 + value) ?? "?")
        case 0x7F:
            result += "␡"
        case 0x80...0x9F, 0x061C, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF:
            result += "\\u{" + String(value, radix: 16, uppercase: true) + "}"
        default:
            result.unicodeScalars.append(scalar)
        }
    }
    return result
}

/// The average as the table should show it, computed with whole numbers and rounding halves away from zero.
private func expectedAverage(_ scores: [Int]) -> String {
    guard !scores.isEmpty else { return "–" }
    let sum = scores.reduce(0, +)
    let tenths = (abs(sum) * 20 + scores.count) / (2 * scores.count)
    let sign = tenths == 0 ? "" : sum > 0 ? "+" : "-"
    let face = Emotion.face(forAverage: Double(sum) / Double(scores.count))
    return "\(face) \(sign)\(tenths / 10).\(tenths % 10)"
}

/// What a cell should show: its note, then the face, the score, the feeling and the evidence marker.
private func expectedCellText(_ cell: Cell) -> String {
    var emotion: [String] = []
    if let score = cell.emotion {
        emotion.append(score.face)
        emotion.append(score.score > 0 ? "+\(score.score)" : "\(score.score)")
    }
    if let feeling = cell.feeling, !feeling.isEmpty { emotion.append(feeling) }
    let markers: [Evidence: String] = [.researched: "●", .partial: "◐", .assumed: "○"]
    if let evidence = cell.evidence, let marker = markers[evidence] { emotion.append(marker) }
    let lines = [cell.note, emotion.joined(separator: " ")].filter { !$0.isEmpty }
    return visible(lines.joined(separator: "\n"))
}

/// Checks everything a reader sees of `map` in its rendered export.
private func checkRendered(_ map: JourneyMap, label: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let markdown = MarkdownExporter.markdown(for: map)
    guard let html = try renderGFM(markdown, sourceLocation: sourceLocation) else { return }
    let document = RenderedDocument(html: html)
    let comment = Comment(rawValue: "\(label)\n--- markdown ---\n\(markdown)")

    // The table: a header row, a row per touchpoint and the average row, each with stages + 1 cells.
    let rows = document.tableRows
    #expect(rows.count == map.touchpoints.count + 2, comment, sourceLocation: sourceLocation)
    for row in rows {
        #expect(row.count == map.stages.count + 1, comment, sourceLocation: sourceLocation)
    }
    guard rows.count == map.touchpoints.count + 2 else { return }
    #expect(rows[0] == ["Touchpoint"] + map.stages.map { visible($0.name) }, comment, sourceLocation: sourceLocation)
    for (index, touchpoint) in map.touchpoints.enumerated() {
        let header = touchpoint.channel.map { $0.isEmpty ? touchpoint.name : "\(touchpoint.name) (\($0))" } ?? touchpoint.name
        var expected = [visible(header)]
        for stage in map.stages.indices {
            let cell = map.cell(stage: stage, touchpoint: index)
            expected.append(expectedCellText(cell))
        }
        #expect(rows[index + 1] == expected, comment, sourceLocation: sourceLocation)
    }
    let averages = map.stages.indices.map { stage in
        expectedAverage(map.touchpoints.indices.compactMap { map.cell(stage: stage, touchpoint: $0).emotion?.score })
    }
    #expect(rows.last == ["Average emotion"] + averages, comment, sourceLocation: sourceLocation)

    // The title, and the persona and scenario paragraphs.
    let title = map.title.isEmpty ? "Untitled journey map" : visible(map.title)
    #expect(document.elements(tags: ["h1"]) == [title], comment, sourceLocation: sourceLocation)
    let paragraphs = document.elements(tags: ["p"])
    var expectedParagraphs: [String] = []
    if let persona = map.persona, !persona.isEmpty { expectedParagraphs.append("<strong>Persona:</strong> " + visible(persona)) }
    if let scenario = map.scenario, !scenario.isEmpty { expectedParagraphs.append("<strong>Scenario:</strong> " + visible(scenario)) }
    expectedParagraphs.append("<strong>Kind:</strong> " + map.kind.displayName(in: .english))
    #expect(Array(paragraphs.prefix(expectedParagraphs.count)) == expectedParagraphs, comment, sourceLocation: sourceLocation)

    // The stage sections: a heading per stage with anything to list, and every item naming its touchpoint.
    var headings: [String] = []
    var items: [String] = []
    for (stage, info) in map.stages.enumerated() {
        var pains: [String] = []
        var opportunities: [String] = []
        var sources: [(text: String, touchpoints: [String])] = []
        func suffix(_ item: Item) -> String {
            var parts: [String] = []
            if item.votes > 0 { parts.append(item.votes == 1 ? "1 vote" : "\(item.votes) votes") }
            if let impact = item.impact { parts.append("impact \(impact)") }
            if let effort = item.effort { parts.append("effort \(effort)") }
            if let owner = item.owner { parts.append("owner: \(owner)") }
            return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
        }
        for touchpoint in map.touchpoints.indices {
            let cell = map.cell(stage: stage, touchpoint: touchpoint)
            let name = map.touchpoints[touchpoint].name
            pains += cell[list: .painPoints].map { visible("\($0.text) (\(name))" + suffix($0)) }
            opportunities += cell[list: .opportunities].map { visible("\($0.text) (\(name))" + suffix($0)) }
            for source in cell.sources {
                if let index = sources.firstIndex(where: { $0.text == source }) {
                    if !sources[index].touchpoints.contains(name) { sources[index].touchpoints.append(name) }
                } else {
                    sources.append((source, [name]))
                }
            }
        }
        let metrics = info.metrics.map { metric in
            var text = "\(metric.name): \(metric.valueText)"
            if let unit = metric.unit, !unit.isEmpty { text += " \(unit)" }
            if let source = metric.source, !source.isEmpty { text += " (\(source))" }
            return visible(text)
        }
        let sourceItems = sources.map { visible("\($0.text) (\($0.touchpoints.joined(separator: ", ")))") }
        let goal = info.goal ?? ""
        guard !goal.isEmpty || !pains.isEmpty || !opportunities.isEmpty || !metrics.isEmpty || !sourceItems.isEmpty else { continue }
        headings.append(visible(info.name))
        items += metrics + pains + opportunities + sourceItems
    }
    #expect(document.elements(tags: ["h3"]) == headings, comment, sourceLocation: sourceLocation)
    #expect(document.elements(tags: ["li"]) == items, comment, sourceLocation: sourceLocation)
    #expect(document.elements(tags: ["h2"]) == (map.stages.isEmpty ? [] : ["Emotion curve"]) + (headings.isEmpty ? [] : ["Stages"]), comment, sourceLocation: sourceLocation)

    // The emotion curve: the Mermaid diagram in a code block GitHub draws (when a cell is rated), and
    // a paragraph with each stage's average.
    let rated = map.stages.indices.contains { stage in map.touchpoints.indices.contains { map.cell(stage: stage, touchpoint: $0).emotion != nil } }
    let blocks = document.elements(tags: ["code"])
    #expect(blocks == (rated ? [MermaidExporter.diagram(for: map).joined(separator: "\n") + "\n"] : []), comment, sourceLocation: sourceLocation)
    #expect(html.contains("<pre><code class=\"language-mermaid\">") == rated, comment, sourceLocation: sourceLocation)
    if !map.stages.isEmpty {
        let curveLine = map.stages.indices.map { stage in
            visible(map.stages[stage].name) + " " + expectedAverage(map.touchpoints.indices.compactMap { map.cell(stage: stage, touchpoint: $0).emotion?.score })
        }.joined(separator: " · ")
        #expect(paragraphs.contains(curveLine), comment, sourceLocation: sourceLocation)
    }

    // No formatting leaked: the only tags are the document's own.
    let allowed: Set<String> = ["h1", "h2", "h3", "p", "strong", "em", "table", "thead", "tbody", "tr", "th", "td", "ul", "li", "br", "pre", "code"]
    var rest = Substring(html)
    while let open = rest.range(of: "<") {
        let name = rest[open.upperBound...].prefix { $0 != ">" && $0 != " " }.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        #expect(allowed.contains(name), "unexpected tag <\(name)> in \(label)", sourceLocation: sourceLocation)
        rest = rest[open.upperBound...]
    }
}

/// Whether a scalar must never stand raw in the export.
private func isDangerous(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x08, 0x0B...0x1F, 0x7F...0x9F, 0x061C, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E,
         0x2060, 0x2066...0x2069, 0xFEFF:
        true
    default:
        false
    }
}

/// The cat-mug example with two stages and two touchpoints.
private func exampleMap() throws -> JourneyMap {
    var map = JourneyMap(
        title: "Cat mug shop: first purchase", persona: "Ana, 34, buys gifts online",
        scenario: "Why do first-time buyers abandon the cart?")
    let awareness = try map.appendStage(named: "Awareness", goal: "Discover the brand")
    let purchase = try map.appendStage(named: "Purchase")
    let ad = try map.appendTouchpoint(named: "Instagram ad", channel: "social")
    let cart = try map.appendTouchpoint(named: "Cart")
    map.setCell(
        Cell(
            note: "Sees the mug ad and clicks through", emotion: Emotion(1), feeling: "curious",
            painPoints: ["The ad hides the price"], opportunities: ["Show the price in the ad"]),
        stage: awareness, touchpoint: ad)
    map.setCell(
        Cell(note: "Looks at\nthe basket", emotion: Emotion(0), painPoints: ["Shipping costs | show up late"]),
        stage: awareness, touchpoint: cart)
    map.setCell(Cell(emotion: Emotion(-2), feeling: "angry"), stage: purchase, touchpoint: cart)
    return map
}

// MARK: - Tests

@Suite("MarkdownExport")
struct MarkdownExportTests {
    @Test("the example map gives this exact Markdown")
    func golden() throws {
        let expected = """
            # Cat mug shop: first purchase

            **Persona:** Ana, 34, buys gifts online

            **Scenario:** Why do first-time buyers abandon the cart?

            **Kind:** Current state

            | Touchpoint | Awareness | Purchase |
            | --- | --- | --- |
            | Instagram ad (social) | Sees the mug ad and clicks through<br>🙂 +1 curious |  |
            | Cart | Looks at<br>the basket<br>😐 0 | 😠 -2 angry |
            | Average emotion | 🙂 +0.5 | 😠 -2.0 |

            ## Emotion curve

            ```mermaid
            journey
                title Cat mug shop#58; first purchase
                section Awareness
                    Instagram ad: 4: Ana#44; 34#44; buys gifts online
                    Cart: 3: Ana#44; 34#44; buys gifts online
                section Purchase
                    Cart: 1: Ana#44; 34#44; buys gifts online
            ```

            Awareness 🙂 +0.5 · Purchase 😠 -2.0

            ## Stages

            ### Awareness

            **Goal:** Discover the brand

            **Pain points**

            - The ad hides the price (Instagram ad)
            - Shipping costs \\| show up late (Cart)

            **Opportunities**

            - Show the price in the ad (Instagram ad)

            """
        #expect(MarkdownExporter.markdown(for: try exampleMap()) == expected)
        try checkRendered(try exampleMap(), label: "example")
    }

    @Test("without the diagram the curve is its line of text alone")
    func noDiagram() throws {
        let markdown = MarkdownExporter.markdown(for: try exampleMap(), includesDiagram: false)
        #expect(!markdown.contains("```"))
        #expect(markdown.contains("## Emotion curve\n\nAwareness 🙂 +0.5 · Purchase 😠 -2.0\n\n## Stages"))
        #expect(markdown == MarkdownExporter.markdown(for: try exampleMap()).replacingOccurrences(
            of: "```mermaid\n" + MermaidExporter.diagram(for: try exampleMap()).joined(separator: "\n") + "\n```\n\n", with: ""))
        var spanish = try exampleMap()
        spanish.language = .spanish
        #expect(MarkdownExporter.markdown(for: spanish).contains("## Curva emocional\n"))
    }

    @Test("an empty map is still a titled document with a one-column table")
    func emptyMap() throws {
        let expected = """
            # Untitled journey map

            **Kind:** Future state

            | Touchpoint |
            | --- |
            | Average emotion |

            *This map has no stages yet.*

            """
        let map = JourneyMap(kind: .futureState)
        #expect(MarkdownExporter.markdown(for: map) == expected)
        try checkRendered(map, label: "empty")
        guard let html = try renderGFM(expected) else { return }
        #expect(html.contains("<p><em>This map has no stages yet.</em></p>"))
    }

    @Test("a map with stages but no touchpoints has a header and an average row")
    func stagesWithoutTouchpoints() throws {
        var map = JourneyMap(title: "Only stages")
        try map.appendStage(named: "Awareness", goal: "Find us")
        try map.appendStage(named: "Purchase")
        let expected = """
            # Only stages

            **Kind:** Current state

            | Touchpoint | Awareness | Purchase |
            | --- | --- | --- |
            | Average emotion | – | – |

            *This map has no touchpoints yet.*

            ## Emotion curve

            Awareness – · Purchase –

            ## Stages

            ### Awareness

            **Goal:** Find us

            """
        #expect(MarkdownExporter.markdown(for: map) == expected)
        try checkRendered(map, label: "stages only")
    }

    @Test("text is escaped so that it renders literally", arguments: [
        ("a | b", "a \\| b"),
        ("line one\nline two\r\nthree\rfour", "line one<br>line two<br>three<br>four"),
        ("*bold* _em_ `code` ~~strike~~", "\\*bold\\* \\_em\\_ \\`code\\` \\~\\~strike\\~\\~"),
        ("[link](http://x) <b>tag</b> &copy; $x$", "\\[link\\](http://x) \\<b\\>tag\\</b\\> \\&copy; \\$x\\$"),
        ("# title", "\\# title"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("12. item", "12\\. item"),
        ("3) item", "3\\) item"),
        ("> quote", "\\> quote"),
        ("back\\slash", "back\\\\slash"),
        ("  padded\t", "&#32;&#32;padded&#9;"),
        ("esc \u{1B}[31m bell \u{7} nul \u{0} del \u{7F}", "esc ␛\\[31m bell ␇ nul ␀ del ␡"),
        ("c1 \u{85} rlo \u{202E}x\u{202C} ls\u{2028}ps\u{2029}", "c1 \\\\u{85} rlo \\\\u{202E}x\\\\u{202C} ls<br>ps<br>"),
        ("é 🙂 مرحبا 👩‍💻", "é 🙂 مرحبا 👩‍💻"),
        ("a - b + c 1. d", "a - b + c 1. d"),
    ])
    func escaping(text: String, expected: String) throws {
        #expect(MarkdownText.inline(text) == expected)
        guard let html = try renderGFM("Text: " + MarkdownText.inline(text) + "\n") else { return }
        let paragraph = RenderedDocument(html: html).elements(tags: ["p"])
        #expect(paragraph == ["Text: " + visible(text)])
    }

    @Test("averages show a face and a signed value with one decimal, or a dash", arguments: [
        (nil, "–"), (0.0, "😐 0.0"), (2.0 / 3.0, "🙂 +0.7"), (-1.5, "😠 -1.5"), (0.25, "😐 +0.3"),
        (-0.25, "😐 -0.3"), (2.0, "😄 +2.0"), (-0.04, "😐 0.0"),
    ] as [(Double?, String)])
    func averages(average: Double?, expected: String) {
        #expect(MarkdownExporter.averageText(average) == expected)
    }

    @Test("every awkward string renders literally in every place text can stand")
    func everyNastyPiece() throws {
        let pieces = MapGenerator.nastyPieces
        var map = JourneyMap(title: pieces.joined(separator: " "), persona: pieces.joined(), scenario: pieces.reversed().joined())
        for (index, piece) in pieces.prefix(12).enumerated() {
            try map.appendStage(named: "S\(index)" + piece, goal: piece)
        }
        for (index, piece) in pieces.enumerated() {
            let touchpoint = try map.appendTouchpoint(named: piece + " T\(index)", channel: piece)
            map.setCell(
                Cell(note: piece, emotion: Emotion(index % 5 - 2), feeling: piece, painPoints: [Item(piece)], opportunities: [Item(piece + piece)]),
                stage: index % 12, touchpoint: touchpoint)
            map.setCell(Cell(note: piece + "\n" + piece), stage: (index + 5) % 12, touchpoint: touchpoint)
        }
        try checkRendered(map, label: "all pieces")
        #expect(!MarkdownExporter.markdown(for: map).unicodeScalars.contains(where: isDangerous))
    }

    @Test("generated maps render with the right shape and exactly their text")
    func generatedMaps() throws {
        for seed in UInt64(0)..<40 {
            var generator = MapGenerator(seed: 1_000 + seed)
            let map = generator.map()
            let markdown = MarkdownExporter.markdown(for: map)
            #expect(!markdown.unicodeScalars.contains(where: isDangerous), "seed \(seed)")
            try checkRendered(map, label: "seed \(seed)")
        }
    }

    @Test("the export names no raw control characters even for a hostile title and names")
    func noRawControls() throws {
        var map = JourneyMap(title: "\u{1B}]0;pwned\u{7}\u{1B}[2J", persona: "\u{9B}31m", scenario: "\u{202E}txt.exe")
        try map.appendStage(named: "\u{1B}[1mStage")
        try map.appendTouchpoint(named: "\u{8}\u{8}Touch", channel: "\u{0}")
        map.setCell(Cell(note: "\u{1B}c", feeling: "\u{7F}", painPoints: ["\u{1B}[?1049h"]), stage: 0, touchpoint: 0)
        let markdown = MarkdownExporter.markdown(for: map)
        #expect(!markdown.unicodeScalars.contains(where: isDangerous))
        #expect(markdown.hasPrefix("# ␛\\]0;pwned␇␛\\[2J\n"))
        #expect(markdown.contains("**Persona:** \\\\u{9B}31m"))
        try checkRendered(map, label: "hostile")
    }
}

/// The report speaks the map's language.
@Suite("Markdown export: the map's language")
struct MarkdownLanguageTests {
    @Test func aSpanishMapHasSpanishHeadingsAndLabels() throws {
        var map = JourneyMap(title: "Compra online", persona: "Ana", scenario: "¿Por qué abandonan?", kind: .futureState)
        map.language = .spanish
        try map.appendStage(named: "Compra", goal: "Pagar sin registrarse")
        try map.appendTouchpoint(named: "Web", channel: "web")
        map.updateCell(stage: 0, touchpoint: 0) { cell in
            cell.note = "Paga"
            cell.emotion = Emotion(-1)
            cell[list: .painPoints] = [Item("Pide crear cuenta", votes: 4)]
            cell[list: .opportunities] = [Item("Compra como invitado", votes: 1, impact: 5, effort: 1, owner: "Ecommerce")]
        }
        let markdown = MarkdownExporter.markdown(for: map, language: .english)
        for expected in ["**Persona:** Ana", "**Escenario:** ¿Por qué abandonan?", "**Tipo:** Estado futuro", "| Punto de contacto | Compra |",
                         "| Emoción media |", "## Etapas", "**Objetivo:** Pagar sin registrarse", "**Puntos de dolor**", "**Oportunidades**",
                         "(4 votos)", "(1 voto, impacto 5, esfuerzo 1, responsable: Ecommerce)"] {
            #expect(markdown.contains(expected), "\(expected)")
        }
        map.language = nil
        let english = MarkdownExporter.markdown(for: map, language: .spanish)
        #expect(english.contains("**Tipo:** Estado futuro"))       // no language: the interface's
        #expect(MarkdownExporter.markdown(for: map).contains("**Kind:** Future state"))
    }

    @Test func theLanguageFieldReadsWritesAndTravelsThroughJSON() throws {
        let text = "journey 1\ntitle: Mapa\nkind: current-state\nlanguage: es\n"
        let map = try JourneyParser.parse(Array(text.utf8), path: "m.journey")
        #expect(map.language == .spanish)
        #expect(JourneyWriter.text(for: map) == text)
        let json = JSONInterchange.encode(map)
        #expect(json.contains(#""language": "es""#))
        let back = try JSONInterchange.decode(Array(json.utf8), path: "m.json")
        #expect(back == map)
    }
}
