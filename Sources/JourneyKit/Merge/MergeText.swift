/// How merged values are shown in a ``MergeConflict``: one line of text a person reads.
enum MergeText {
    /// The separator between list items.
    static let itemSeparator = " · "
    /// What a line break is shown as.
    static let lineBreak = "⏎"

    /// Text on one line, line breaks (LF, CR LF, CR) shown as `⏎`.
    static func line(_ text: String) -> String {
        func isBreak(_ character: Character) -> Bool { character == "\n" || character == "\r\n" || character == "\r" }
        guard text.contains(where: isBreak) else { return text }
        var result = ""
        for character in text {
            if isBreak(character) { result += lineBreak } else { result.append(character) }
        }
        return result
    }

    /// Optional text on one line.
    static func optionalLine(_ text: String?) -> String? {
        text.map { line($0) }
    }

    /// A note, or `nil` when it is empty.
    static func note(_ text: String) -> String? {
        text.isEmpty ? nil : line(text)
    }

    /// List items joined with ` · `, or `nil` for an empty list.
    static func list(_ items: [String]) -> String? {
        items.isEmpty ? nil : items.map { line($0) }.joined(separator: itemSeparator)
    }

    /// Items joined with ` · `, each as its text and, when it has any, its attributes as the
    /// `.journey` format writes them (`Pide crear cuenta [votes 4]`); `nil` for an empty list.
    static func items(_ items: [Item]) -> String? {
        guard !items.isEmpty else { return nil }
        return items.map { item in
            item.hasAttributes ? "\(line(item.text)) [\(JourneyWriter.attributeText(of: item))]" : line(item.text)
        }.joined(separator: itemSeparator)
    }

    /// Stage metrics joined with ` · `, as `Conversión = 3.2 % (Analítica)`; `nil` for none.
    static func metrics(_ metrics: [StageMetric]) -> String? {
        guard !metrics.isEmpty else { return nil }
        return metrics.map { metric in
            var text = "\(line(metric.name)) = \(metric.valueText)"
            if let unit = metric.unit { text += " " + line(unit) }
            if let source = metric.source { text += " (\(line(source)))" }
            return text
        }.joined(separator: itemSeparator)
    }

    /// An emotion and its feeling, such as `+1 curious`, or `nil` when neither is set.
    static func emotion(_ emotion: Emotion?, feeling: String?) -> String? {
        let parts = [emotion?.signedText, feeling.map { line($0) }].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// Unknown blocks as `[header] key: value, key: value`, joined with ` · `.
    static func blocks(_ blocks: [ExtraBlock]) -> String? {
        guard !blocks.isEmpty else { return nil }
        return blocks.map { block in
            let fields = block.fields.map { "\($0.key): \(line($0.value))" }.joined(separator: ", ")
            return fields.isEmpty ? "[\(line(block.header))]" : "[\(line(block.header))] \(fields)"
        }.joined(separator: itemSeparator)
    }

    /// Splits a note into lines; an empty note has none.
    static func lines(of text: String) -> [Substring] {
        text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false)
    }
}
