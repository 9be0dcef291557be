import JourneyKit

/// The `:` command line: parsing a line into an ``EditorCommand`` and completing a partly typed
/// one, both from the ``CommandTable``.
///
/// ```swift
/// CommandLineParser.parse("touchpoint add Checkout | web")  // .success(.add(.touchpoint, name: "Checkout", channel: "web"))
/// CommandLineParser.completions(for: "st")                  // ["stage ", "st "…]
/// ```
enum CommandLineParser {
    /// Parses a command line (without the leading `:`).
    static func parse(_ line: String) -> Result<EditorCommand, EditorNotice> {
        let trimmed = line.trimmingWhitespaceAndNewlines()
        guard !trimmed.isEmpty else { return .failure(.emptyCommandLine) }
        let (first, afterFirst) = ArgumentReader.splitWord(trimmed)
        let (second, afterSecond) = ArgumentReader.splitWord(afterFirst)
        // Two-word names (`stage add`) before one-word ones (`stage`).
        if !second.isEmpty, let spec = CommandTable.spec(named: first + " " + second) {
            return spec.parse(afterSecond)
        }
        if let spec = CommandTable.spec(named: first) {
            return spec.parse(afterFirst)
        }
        return .failure(.unknownCommand(first, suggestions: suggestions(for: first)))
    }

    /// Every name and alias, for completion.
    static let allNames: [String] = CommandTable.all.flatMap { [$0.name] + $0.aliases }

    /// The ways to complete a partly typed command line, as whole lines, for Tab.
    ///
    /// `"sta"` gives `["stage "]`; `"stage m"` gives `["stage move "]`; `"kind f"` gives
    /// `["kind future-state"]`. Free text (names, notes, paths) is not completed.
    static func completions(for line: String, map: JourneyMap? = nil) -> [String] {
        let leading = String(line.prefix { $0 == " " })
        let body = String(line.dropFirst(leading.count))
        let words = body.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if words.count <= 1 {
            // The command's first word.
            let firsts = uniqued(CommandTable.all.filter(\.listsCommand).map { firstWord(of: $0.name) })
            return firsts.filter { $0.hasPrefix(body) }.map { word in
                let takesMore = CommandTable.all.contains { $0.name.hasPrefix(word + " ") || ($0.name == word && !isBare($0.syntax)) }
                return leading + word + (takesMore ? " " : "")
            }
        }
        let first = words[0]
        if let map, let spec = CommandTable.spec(named: first), spec.name == "goto" {
            let typed = TextFolding.fold(String(body.dropFirst(first.count + 1)))
            let names = MapAxis.allCases.flatMap { axis in (0..<map.count(axis)).map { map.name(axis, at: $0) } }
            return uniqued(names.filter { TextFolding.fold($0).hasPrefix(typed) }).map { leading + first + " " + $0 }
        }
        if words.count == 2 {
            // A second word of the name (`stage m` → `stage move `), or the first argument.
            let seconds = CommandTable.all.filter { $0.name.hasPrefix(first + " ") }.map { String($0.name.dropFirst(first.count + 1)) }
            if !seconds.isEmpty {
                return seconds.filter { $0.hasPrefix(words[1]) }.map { leading + first + " " + $0 + " " }
            }
        }
        // The first argument of a command.
        let nameWords = CommandTable.spec(named: words.prefix(2).joined(separator: " ")) != nil && words.count > 2 ? 2 : 1
        let name = words.prefix(nameWords).joined(separator: " ")
        guard let spec = CommandTable.spec(named: name), words.count == nameWords + 1 else { return [] }
        let typed = words[nameWords]
        return spec.syntax.firstWords.filter { $0.hasPrefix(typed) }.map { leading + name + " " + $0 + (spec.syntax.firstWordCloses ? "" : " ") }
    }

    /// The commands closest to a mistyped name, for "did you mean…".
    static func suggestions(for typed: String) -> [String] {
        let names = uniqued(CommandTable.all.filter(\.listsCommand).map { firstWord(of: $0.name) })
        let prefixed = names.filter { $0.hasPrefix(typed) && !typed.isEmpty }
        if !prefixed.isEmpty { return Array(prefixed.prefix(3)) }
        let limit = typed.count >= 4 ? max(2, typed.count / 3) : 1
        let scored = names.map { ($0, EditDistance.between($0, typed)) }.filter { $0.1 <= limit }
        return scored.sorted { $0.1 < $1.1 }.prefix(3).map(\.0)
    }

    private static func firstWord(of name: String) -> String {
        String(name.prefix { $0 != " " })
    }

    private static func isBare(_ syntax: ArgumentSyntax) -> Bool {
        if case .none = syntax { return true }
        return false
    }

    private static func uniqued(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }

    /// Tab: completes the line when one completion fits, or cycles through them and lists them.
    static func complete(_ prompt: inout TextPrompt, map: JourneyMap) {
        if prompt.completionIndex == nil || prompt.completions.isEmpty {
            let typed = prompt.editor.text
            prompt.typedText = typed
            prompt.completions = completions(for: typed, map: map)
            guard !prompt.completions.isEmpty else { return }
            if prompt.completions.count == 1 {
                prompt.editor.replace(with: prompt.completions[0])
                prompt.completions = []
                return
            }
            prompt.completionIndex = 0
        } else if let index = prompt.completionIndex {
            prompt.completionIndex = (index + 1) % prompt.completions.count
        }
        if let index = prompt.completionIndex { prompt.editor.replace(with: prompt.completions[index]) }
    }
}

/// The number of single-character edits between two words (Levenshtein), for suggestions.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
