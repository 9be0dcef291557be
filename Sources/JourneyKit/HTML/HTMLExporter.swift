/// Writes a ``JourneyMap`` as one self-contained HTML page to email to a client or put on an
/// intranet: no request leaves the page (the style sheet and the emotion curve's SVG are inline,
/// and a content security policy forbids fetching anything), it reads on a phone and a laptop, and
/// it prints on A4 or A3 landscape without cutting cells across pages where it can.
///
/// The page has the title, persona, scenario and kind; the emotion curve as inline SVG (see
/// ``HTMLEmotionCurve``), with a second curve for a map to compare with; the grid as a `<table>`
/// (a column per stage, a row per touchpoint with its channel, each cell with its note, emotion
/// face, score and feeling, tinted by emotion, its pain points and opportunities with votes,
/// impact, effort and owner, and an evidence marker explained under the table); and a section per
/// stage with its goal, metrics, pain points and opportunities naming their touchpoints, and
/// sources. Headings are in the map's language, which is also the page's `lang`.
///
/// Every piece of map text goes through ``HTMLWriter``, which escapes it in content and attributes.
///
/// ```swift
/// let page = HTMLExporter.html(for: current, options: ExportOptions(language: .english, comparison: future))
/// ```
public enum HTMLExporter {
    /// The content security policy: nothing may be fetched; only the inline style sheet applies.
    static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

    /// The page.
    public static func html(for map: JourneyMap, options: ExportOptions) -> String {
        let l = map.exportLanguage(fallback: options.language)
        var html = HTMLWriter()
        html.markup("<!DOCTYPE html>\n")
        html.open("html", ["lang": pageLanguage(of: map, fallback: l)])
        html.newline()
        html.markup("<head>\n<meta charset=\"utf-8\">\n")
        html.open("meta", ["http-equiv": "Content-Security-Policy", "content": contentSecurityPolicy])
        html.markup("\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        html.element("title", text: title(of: map, l))
        html.newline()
        html.markup("<style>\n")
        html.markup(HTMLStyle.sheet)
        html.markup("</style>\n</head>\n<body>\n")
        header(for: map, language: l, into: &html)
        HTMLEmotionCurve.section(for: map, comparison: options.comparison, language: l, into: &html)
        HTMLGrid.section(for: map, language: l, into: &html)
        HTMLStageSections.section(for: map, language: l, into: &html)
        html.markup("</body>\n</html>\n")
        return html.output
    }

    /// The map's title, or "Untitled journey map".
    static func title(of map: JourneyMap, _ language: Language) -> String {
        map.title.isEmpty ? ExportStrings.untitled.text(in: language) : map.title
    }

    /// The page's `lang`: the code the map gives when it is a well-formed language tag, else the
    /// headings' language.
    static func pageLanguage(of map: JourneyMap, fallback: Language) -> String {
        if let code = map.languageCode, !code.isEmpty, code.count <= 35,
           code.split(separator: "-", omittingEmptySubsequences: false).allSatisfy({ part in
               (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
           }) {
            return code
        }
        return fallback.rawValue
    }

    /// The title and the persona, scenario and kind.
    private static func header(for map: JourneyMap, language l: Language, into html: inout HTMLWriter) {
        html.markup("<header>\n")
        html.element("h1", text: title(of: map, l))
        html.newline()
        html.markup("<dl class=\"about\">\n")
        if let persona = map.persona, !persona.isEmpty { term(.personaLabel, persona, l, &html) }
        if let scenario = map.scenario, !scenario.isEmpty { term(.scenarioLabel, scenario, l, &html) }
        term(.kindLabel, map.kind.displayName(in: l), l, &html)
        html.markup("</dl>\n</header>\n")
    }

    private static func term(_ label: ExportStrings, _ value: String, _ l: Language, _ html: inout HTMLWriter) {
        html.element("dt", text: label.text(in: l))
        html.element("dd", text: value, lineBreaks: true)
        html.newline()
    }

    /// The CSS class tinting a cell by its emotion: `e-m2` … `e-0` … `e-p2`, or `e-none`.
    static func emotionClass(_ emotion: Emotion?) -> String {
        guard let emotion else { return "e-none" }
        return emotion.score < 0 ? "e-m\(-emotion.score)" : emotion.score == 0 ? "e-0" : "e-p\(emotion.score)"
    }

    /// An item's votes and scores, in words: `4 votes, impact 5, effort 1, owner: Ecommerce`.
    static func attributeText(of item: Item, _ l: Language) -> String {
        var parts: [String] = []
        if item.votes > 0 { parts.append(ExportStrings.votes(item.votes).text(in: l)) }
        if let impact = item.impact { parts.append(ExportStrings.impact(impact).text(in: l)) }
        if let effort = item.effort { parts.append(ExportStrings.effort(effort).text(in: l)) }
        if let owner = item.owner { parts.append(ExportStrings.owner(owner).text(in: l)) }
        return parts.joined(separator: ", ")
    }
}
