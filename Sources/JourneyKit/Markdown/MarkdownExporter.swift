/// Writes a ``JourneyMap`` as GitHub-flavoured Markdown, to paste into a report, a wiki, a README
/// or a pull request.
///
/// The document has the title as a heading; the persona, the scenario and the kind of map; one
/// table with the stages as columns and the touchpoints as rows, each cell showing its note and
/// its emotion (face, score and feeling) and a marker for its evidence (explained in a legend
/// under the table), and a last row with each stage's average emotion; the emotion curve, as a
/// Mermaid journey diagram and a line of text (see ``curve(for:language:includesDiagram:)``); and then, for each stage
/// that has a goal, metrics, pain points, opportunities or sources, a section listing them, each
/// item naming its touchpoint and its votes, and opportunities their impact, effort and owner.
///
/// Headings and labels are in the map's language (its `language:` field), else in `language`:
///
/// ```swift
/// print(MarkdownExporter.markdown(for: map, language: .english))
/// ```
///
/// ```markdown
/// # Cat mug shop: first purchase
///
/// **Persona:** Ana, 34, buys gifts online
///
/// **Kind:** Current state
///
/// | Touchpoint | Awareness |
/// | --- | --- |
/// | Instagram ad (social) | Sees the mug ad and clicks through<br>🙂 +1 curious |
/// | Average emotion | 🙂 +1.0 |
///
/// ## Stages
///
/// ### Awareness
///
/// **Goal:** Discover the brand
///
/// **Pain points**
///
/// - The ad hides the price (Instagram ad) (4 votes)
/// ```
///
/// All text from the map is escaped so that it renders exactly as written: Markdown syntax, HTML
/// and entities show literally, line breaks become `<br>`, and control characters are made
/// visible (ESC as `␛`), so the export can neither break the table nor carry terminal escapes.
public enum MarkdownExporter {
    /// What a stage's average shows when none of its cells is rated.
    static let noAverage = "–"

    /// The Markdown for a map, ending with a line break, in the map's language or else in
    /// `language`; with the emotion curve as a Mermaid diagram unless `includesDiagram` is false
    /// (its line of text stays).
    public static func markdown(for map: JourneyMap, language fallback: Language = .english, includesDiagram: Bool = true) -> String {
        let l = map.exportLanguage(fallback: fallback)
        var lines: [String] = []
        lines.append("# " + (map.title.isEmpty ? ExportStrings.untitled.text(in: l) : MarkdownText.inline(map.title)))
        if let persona = map.persona, !persona.isEmpty {
            lines += ["", label(.personaLabel, l) + MarkdownText.inline(persona)]
        }
        if let scenario = map.scenario, !scenario.isEmpty {
            lines += ["", label(.scenarioLabel, l) + MarkdownText.inline(scenario)]
        }
        lines += ["", label(.kindLabel, l) + map.kind.displayName(in: l), ""]
        lines += table(for: map, language: l)
        if map.allNonEmptyCells().contains(where: { $0.cell.evidence != nil }) {
            lines += ["", evidenceLegend(l)]
        }
        if map.stages.isEmpty {
            lines += ["", "*" + ExportStrings.noStages.text(in: l) + "*"]
        } else if map.touchpoints.isEmpty {
            lines += ["", "*" + ExportStrings.noTouchpoints.text(in: l) + "*"]
        }
        lines += curve(for: map, language: l, includesDiagram: includesDiagram)
        lines += stageSections(for: map, language: l)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `**Persona:** ` — a bold label before a value.
    private static func label(_ string: ExportStrings, _ language: Language) -> String {
        "**" + string.text(in: language) + ":** "
    }

    /// The legend under the table: `*Evidence: ● researched · ◐ partly researched · ○ assumed*`.
    static func evidenceLegend(_ language: Language) -> String {
        "*" + ExportStrings.evidenceLegendTitle.text(in: language) + ": "
            + Evidence.allStrongestFirst.map { "\(ExportStrings.marker($0)) \(ExportStrings.evidenceName($0).text(in: language))" }.joined(separator: " · ") + "*"
    }

    // MARK: The table

    /// The table: a header row, a row per touchpoint and the average row.
    static func table(for map: JourneyMap, language: Language) -> [String] {
        var rows: [String] = []
        rows.append(row([ExportStrings.touchpointColumn.text(in: language)] + map.stages.map { MarkdownText.inline($0.name) }))
        rows.append(row(Array(repeating: "---", count: map.stages.count + 1)))
        let positions = map.makeStagePositions()
        for (touchpointIndex, touchpoint) in map.touchpoints.enumerated() {
            var cells = Array(repeating: "", count: map.stages.count + 1)
            cells[0] = MarkdownText.inline(rowHeader(for: touchpoint))
            for (stage, cell) in map.nonEmptyCells(touchpoint: touchpointIndex, stagePositions: positions) {
                cells[stage + 1] = MarkdownText.inline(cellText(for: cell))
            }
            rows.append(row(cells))
        }
        rows.append(row([ExportStrings.averageEmotionRow.text(in: language)] + map.stages.indices.map { averageText(map.averageEmotion(stage: $0)) }))
        return rows
    }

    /// `| a | b |`; every cell is already escaped.
    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// A touchpoint's name, with its channel in parentheses when it has one: `Instagram ad (social)`.
    static func rowHeader(for touchpoint: Touchpoint) -> String {
        guard let channel = touchpoint.channel, !channel.isEmpty else { return touchpoint.name }
        return "\(touchpoint.name) (\(channel))"
    }

    /// What a cell shows, before escaping: the note, then on its own line the face, the signed
    /// score, the feeling and the evidence marker, as in `Sees the ad\n🙂 +1 curious ●`.
    static func cellText(for cell: Cell) -> String {
        var emotionParts: [String] = []
        if let emotion = cell.emotion {
            emotionParts.append(emotion.face)
            emotionParts.append(emotion.signedText)
        }
        if let feeling = cell.feeling, !feeling.isEmpty { emotionParts.append(feeling) }
        if let evidence = cell.evidence { emotionParts.append(ExportStrings.marker(evidence)) }
        let emotionLine = emotionParts.joined(separator: " ")
        if cell.note.isEmpty { return emotionLine }
        if emotionLine.isEmpty { return cell.note }
        return cell.note + "\n" + emotionLine
    }

    /// A stage's average emotion: the face and the signed value with one decimal (`🙂 +0.7`,
    /// `😐 0.0`, `🙁 -1.5`), or `–` when no cell is rated.
    static func averageText(_ average: Double?) -> String {
        guard let average else { return noAverage }
        let tenths = Int((average * 10).rounded())
        let sign = tenths > 0 ? "+" : tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return "\(Emotion.face(forAverage: average)) \(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    // MARK: The emotion curve

    /// The emotion curve: a heading, the Mermaid journey diagram in a fenced ```` ```mermaid ````
    /// block (GitHub and GitLab draw it; left out when `includesDiagram` is false or no cell is
    /// rated), and a line that reads without a renderer: each stage with its average and a face,
    /// `Awareness 🙂 +1.0 · Purchase 🙁 -1.5`. Nothing for a map without stages.
    static func curve(for map: JourneyMap, language: Language, includesDiagram: Bool) -> [String] {
        guard !map.stages.isEmpty else { return [] }
        var lines = ["", "## " + ExportStrings.emotionCurveHeading.text(in: language)]
        let rated = map.stages.indices.contains { map.emotionTally(stage: $0).count > 0 }
        if includesDiagram, rated {
            lines += ["", "```mermaid"] + MermaidExporter.diagram(for: map) + ["```"]
        }
        let summary = map.stages.indices.map { MarkdownText.inline(map.stages[$0].name) + " " + averageText(map.averageEmotion(stage: $0)) }
        lines += ["", summary.joined(separator: " · ")]
        return lines
    }

    // MARK: Stage sections

    /// A section per stage with a goal, metrics, pain points, opportunities or sources; nothing
    /// when no stage has any.
    static func stageSections(for map: JourneyMap, language: Language) -> [String] {
        var items = Array(repeating: Array(repeating: [String](), count: ItemList.allCases.count), count: map.stages.count)
        var sources = Array(repeating: [(source: String, touchpoints: [String])](), count: map.stages.count)
        for entry in map.allNonEmptyCells() {
            let touchpoint = map.touchpoints[entry.touchpoint].name
            if !entry.cell.hasNoItems {
                for list in ItemList.allCases {
                    for item in entry.cell[list: list] {
                        items[entry.stage][list.rawValue].append(line(for: item, touchpoint: touchpoint, language: language))
                    }
                }
            }
            for source in entry.cell.sources {
                if let index = sources[entry.stage].firstIndex(where: { $0.source == source }) {
                    if !sources[entry.stage][index].touchpoints.contains(touchpoint) {
                        sources[entry.stage][index].touchpoints.append(touchpoint)
                    }
                } else {
                    sources[entry.stage].append((source, [touchpoint]))
                }
            }
        }
        var lines: [String] = []
        for (index, stage) in map.stages.enumerated() {
            let goal = stage.goal.flatMap { $0.isEmpty ? nil : $0 }
            let hasItems = items[index].contains { !$0.isEmpty }
            guard goal != nil || hasItems || !stage.metrics.isEmpty || !sources[index].isEmpty else { continue }
            if lines.isEmpty { lines += ["", "## " + ExportStrings.stagesHeading.text(in: language)] }
            lines += ["", "### " + MarkdownText.inline(stage.name)]
            if let goal { lines += ["", label(.goalLabel, language) + MarkdownText.inline(goal)] }
            if !stage.metrics.isEmpty { lines += ["", "**" + ExportStrings.metricsHeading.text(in: language) + "**", ""] + stage.metrics.map(line(for:)) }
            for list in ItemList.allCases where !items[index][list.rawValue].isEmpty {
                lines += ["", "**" + ExportStrings.listHeading(list).text(in: language) + "**", ""] + items[index][list.rawValue]
            }
            if !sources[index].isEmpty {
                lines += ["", "**" + ExportStrings.sourcesHeading.text(in: language) + "**", ""]
                lines += sources[index].map { "- " + MarkdownText.inline("\($0.source) (\($0.touchpoints.joined(separator: ", ")))") }
            }
        }
        return lines
    }

    /// A list item naming its touchpoint, then its votes and scores when it has any:
    /// `- Show shipping costs early (Checkout) (3 votes, impact 5, effort 1, owner: Ecommerce)`.
    private static func line(for item: Item, touchpoint: String, language: Language) -> String {
        var parts: [String] = []
        if item.votes > 0 { parts.append(ExportStrings.votes(item.votes).text(in: language)) }
        if let impact = item.impact { parts.append(ExportStrings.impact(impact).text(in: language)) }
        if let effort = item.effort { parts.append(ExportStrings.effort(effort).text(in: language)) }
        if let owner = item.owner { parts.append(ExportStrings.owner(owner).text(in: language)) }
        let attributes = parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
        return "- " + MarkdownText.inline("\(item.text) (\(touchpoint))\(attributes)")
    }

    /// A metric: `- Conversión: 3.2 % (Analítica, oct. 2026)`.
    private static func line(for metric: StageMetric) -> String {
        var text = "\(metric.name): \(metric.valueText)"
        if let unit = metric.unit, !unit.isEmpty { text += " " + unit }
        if let source = metric.source, !source.isEmpty { text += " (\(source))" }
        return "- " + MarkdownText.inline(text)
    }
}
