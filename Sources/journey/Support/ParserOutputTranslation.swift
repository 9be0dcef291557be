import Foundation
import JourneyKit

/// Puts swift-argument-parser's own words (help headings, its built-in option help, usage
/// errors) into the interface's language, using ``ParserStrings``. Text the commands give the
/// parser is already in that language; shell completion scripts and the version are left alone.
enum ParserOutputTranslation {
    /// The parser's output (a help text or an error) in a language.
    static func translate(_ text: String, to language: Language) -> String {
        guard language != .english else { return text }
        let english = Language.english
        let isHelp = text.hasPrefix(ParserStrings.overview.text(in: english)) || text.hasPrefix(ParserStrings.usage.text(in: english))
        guard isHelp || text.hasPrefix(errorPrefix) else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in lines.indices {
            lines[index] = translate(line: lines[index], to: language)
        }
        return lines.joined(separator: "\n")
    }

    /// The prefix of an error message, the same in both languages.
    static let errorPrefix = "Error: "

    private static func translate(line: String, to language: Language) -> String {
        var line = line
        for phrase in ParserStrings.allCases {
            let english = phrase.text(in: .english)
            switch phrase.place {
            case .linePrefix:
                if line.hasPrefix(english) { line = phrase.text(in: language) + line.dropFirst(english.count) }
            case .line:
                if let values = match(line, pattern: english) { line = fill(phrase.text(in: language), values) }
            case .errorMessage:
                guard line.hasPrefix(errorPrefix) else { continue }
                let message = String(line.dropFirst(errorPrefix.count))
                if let values = match(message, pattern: english) {
                    line = errorPrefix + fill(phrase.text(in: language), values.map { listed($0, in: language) })
                }
            case .fragment:
                line = replacingKeepingColumns(english, with: phrase.text(in: language), in: line)
            }
        }
        return line
    }

    /// The values at the placeholders (`{0}`, `{1}`, …) when the text has the pattern's shape.
    static func match(_ text: String, pattern: String) -> [String]? {
        let literals = literalParts(of: pattern)
        guard let first = literals.first, let last = literals.last, text.hasPrefix(first) else { return nil }
        var rest = text.dropFirst(first.count)
        var values: [String] = []
        for literal in literals.dropFirst().dropLast() {
            guard let range = rest.range(of: literal) else { return nil }
            values.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        if literals.count > 1 {
            guard rest.hasSuffix(last), rest.count >= last.count else { return nil }
            values.append(String(rest.dropLast(last.count)))
        } else if !rest.isEmpty {
            return nil
        }
        return values
    }

    /// The text around the placeholders: one more part than there are placeholders.
    private static func literalParts(of pattern: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var rest = Substring(pattern)
        while !rest.isEmpty {
            if rest.first == "{", let close = rest.firstIndex(of: "}"), rest[rest.index(after: rest.startIndex)..<close].allSatisfy(\.isNumber) {
                parts.append(current)
                current = ""
                rest = rest[rest.index(after: close)...]
            } else {
                current.append(rest.removeFirst())
            }
        }
        parts.append(current)
        return parts
    }

    /// A template with its placeholders replaced by values, in order.
    private static func fill(_ template: String, _ values: [String]) -> String {
        var result = template
        for (index, value) in values.enumerated() {
            result = result.replacingOccurrences(of: "{\(index)}", with: value)
        }
        return result
    }

    /// A list of quoted values the parser joined in English ("'a' and 'b'", "'a', 'b' or 'c'").
    private static func listed(_ value: String, in language: Language) -> String {
        value.replacingOccurrences(of: "' and '", with: "'" + language.choose(en: " and ", es: " y ") + "'")
            .replacingOccurrences(of: "' or '", with: "'" + language.choose(en: " or ", es: " o ") + "'")
    }

    /// The line with a fragment replaced; when a longer replacement is followed by a run of spaces
    /// that aligns a column, the run gives up the difference (keeping two spaces).
    static func replacingKeepingColumns(_ fragment: String, with replacement: String, in line: String) -> String {
        guard let range = line.range(of: fragment) else { return line }
        let after = line[range.upperBound...]
        let spaces = after.prefix { $0 == " " }.count
        let growth = replacement.count - fragment.count
        let removable = spaces >= 2 ? min(max(growth, 0), spaces - 2) : 0
        return line[..<range.lowerBound] + replacement + after.dropFirst(removable)
    }
}
