/// Writes a ``JourneyMap`` as a Mermaid `journey` diagram, which GitHub, GitLab, Notion and many
/// wikis draw, followed by the whole map in `%%` comment lines (which Mermaid ignores) so that
/// `journey import --from mermaid` gives the same map back.
///
/// ```
/// journey
///     title Cat mug shop#58; first purchase
///     section Awareness
///         Instagram ad: 4: Ana#44; 34
/// %% journey-map: the whole map follows, for journey import --from mermaid
/// %% journey 1
/// %% title: Cat mug shop: first purchase
/// …
/// ```
///
/// - The title is the map's title; each stage is a `section`; each cell with an emotion is a task
///   named after its touchpoint, scored emotion + 3 (so -2…+2 is 1…5 and Mermaid's faces match
///   the sign), with the persona as the actor.
/// - A cell with no emotion is left out of the drawing (Mermaid needs a score for every task, and
///   a made-up 3 would read as a neutral feeling), and so is a stage with no rated cell; the
///   comment lines keep them.
/// - Map text is escaped with Mermaid's entity codes (see ``MermaidText``).
/// - The comment lines are the `.journey` text, each line after `%% `, with `%` and `;` written
///   as `%25` and `%3B` so that no line can read as a Mermaid directive (`%%{…}%%`).
public enum MermaidExporter {
    /// The comment that starts the map's lines.
    static let mapMarker = "%% journey-map: the whole map follows, for journey import --from mermaid"
    /// What a comment line starts with when it carries the map.
    static let markerWord = "journey-map"

    /// The diagram and the map's comment lines, ending with a line break.
    public static func mermaid(for map: JourneyMap) -> String {
        var lines = diagram(for: map)
        lines.append(mapMarker)
        var text = JourneyWriter.text(for: map)
        if text.hasSuffix("\n") { text.removeLast() }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(line.isEmpty ? "%%" : "%% " + encodeCommentLine(line))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The diagram alone, a line per element: `journey`, the title, sections and tasks. Used by the
    /// Markdown report too.
    public static func diagram(for map: JourneyMap) -> [String] {
        var lines = ["journey"]
        if !map.title.isEmpty { lines.append("    title " + MermaidText.escaped(map.title)) }
        let actor = map.persona.flatMap { $0.isEmpty ? nil : ": " + MermaidText.escaped($0) } ?? ""
        var tasks = Array(repeating: [String](), count: map.stages.count)
        for entry in map.allNonEmptyCells() {
            guard let emotion = entry.cell.emotion else { continue }
            tasks[entry.stage].append("        \(MermaidText.escaped(map.touchpoints[entry.touchpoint].name)): \(score(for: emotion))\(actor)")
        }
        for (index, stage) in map.stages.enumerated() where !tasks[index].isEmpty {
            lines.append("    section " + MermaidText.escaped(stage.name))
            lines += tasks[index]
        }
        return lines
    }

    /// Mermaid's score for an emotion: 1…5.
    static func score(for emotion: Emotion) -> Int {
        emotion.score + 3
    }

    /// A `.journey` line as a comment carries it: `%` as `%25`, `;` as `%3B`.
    static func encodeCommentLine(_ line: Substring) -> String {
        guard line.contains("%") || line.contains(";") else { return String(line) }
        return line.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: ";", with: "%3B")
    }

    /// A comment line's text back as the `.journey` line it carries.
    static func decodeCommentLine(_ line: Substring) -> String {
        guard line.contains("%") else { return String(line) }
        return line.replacingOccurrences(of: "%3B", with: ";").replacingOccurrences(of: "%3b", with: ";").replacingOccurrences(of: "%25", with: "%")
    }
}
