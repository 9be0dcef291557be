/// The sentences the text and Markdown forms of the analysis share, as plain text: the caller
/// escapes each whole line for where it goes (``TerminalSafeText`` for a terminal,
/// ``MarkdownText`` for Markdown), so that text from the map cannot reach either raw.
enum AnalysisPhrases {
    /// An item with where it is and what it carries:
    /// `Shipping costs appear late (Purchase, Checkout): 7 votes, impact 5, effort 2, owner: Ecommerce`.
    static func item(_ located: LocatedItem, in language: Language) -> String {
        var attributes: [String] = []
        let item = located.item
        if item.votes > 0 { attributes.append(AnalysisStrings.votes(item.votes).text(in: language)) }
        if let impact = item.impact { attributes.append(AnalysisStrings.impact(impact).text(in: language)) }
        if let effort = item.effort { attributes.append(AnalysisStrings.effort(effort).text(in: language)) }
        if let owner = item.owner { attributes.append(AnalysisStrings.owner(owner).text(in: language)) }
        let place = "\(item.text) (\(located.stageName), \(located.touchpointName))"
        return attributes.isEmpty ? place : place + ": " + attributes.joined(separator: ", ")
    }

    /// A metric: `Conversión: 3.2 % (Analítica, oct. 2026)`, the number in the language's notation.
    static func metric(_ metric: StageMetric, in language: Language) -> String {
        var text = "\(metric.name): " + number(metric.valueText, in: language)
        if let unit = metric.unit, !unit.isEmpty { text += " " + unit }
        if let source = metric.source, !source.isEmpty { text += " (\(source))" }
        return text
    }

    /// A number as files write it (`3.2`) in the language's notation (`3,2`).
    static func number(_ text: String, in language: Language) -> String {
        let separator = language.decimalSeparator
        return separator == "." ? text : text.split(separator: ".", omittingEmptySubsequences: false).joined(separator: separator)
    }

    /// The evidence counts in one line, strongest first: `researched 2 · partial 1 · assumed 1 · not stated 0`.
    static func evidence(_ counts: EvidenceCounts, in language: Language) -> String {
        evidenceOrder.map { "\(AnalysisStrings.evidenceName($0).text(in: language)) \(counts[$0])" }.joined(separator: " · ")
    }

    /// The evidence counts with markers, for a table cell: `● 2 ◐ 1 ○ 1 ? 0`.
    static func evidenceMarkers(_ counts: EvidenceCounts) -> String {
        evidenceOrder.map { "\(marker($0)) \(counts[$0])" }.joined(separator: " ")
    }

    /// What each marker means: `● researched · ◐ partial · ○ assumed · ? not stated`.
    static func evidenceLegend(in language: Language) -> String {
        evidenceOrder.map { "\(marker($0)) \(AnalysisStrings.evidenceName($0).text(in: language))" }.joined(separator: " · ")
    }

    /// The evidences strongest first, then none.
    static let evidenceOrder: [Evidence?] = [.researched, .partial, .assumed, nil]

    /// The marker of an evidence, as the Markdown export draws it; `?` for none.
    static func marker(_ evidence: Evidence?) -> String {
        switch evidence {
        case .researched: "●"
        case .partial: "◐"
        case .assumed: "○"
        case nil: "?"
        }
    }

    /// An average for people: `+1.25` (`+1,25`), or `–` when there is none.
    static func figure(_ value: Hundredths?, in language: Language) -> String {
        value?.signedText(in: language) ?? AnalysisStrings.noFigure.text(in: language)
    }

    /// An average with its face: `🙁 -1.25`, or `–`.
    static func figureWithFace(_ value: Hundredths?, in language: Language) -> String {
        guard let value else { return AnalysisStrings.noFigure.text(in: language) }
        return "\(value.face) \(value.signedText(in: language))"
    }

    /// The title of a map for a heading, or the catalogue's word for an untitled one.
    static func title(of title: String, in language: Language) -> String {
        title.isEmpty ? ModelStrings.untitled.text(in: language) : title
    }
}
