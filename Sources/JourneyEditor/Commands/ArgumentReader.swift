import JourneyKit

/// Small readers shared by the command table's parsers; each failure names the command and
/// shows its usage.
enum ArgumentReader {
    /// The first word and the rest, both trimmed.
    static func splitWord(_ text: String) -> (String, String) {
        let trimmed = text.trimmingWhitespaceAndNewlines()
        guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return (trimmed, "") }
        return (String(trimmed[..<space]), String(trimmed[space...]).trimmingWhitespaceAndNewlines())
    }

    /// Splits `Name | channel` at the last `|`; the channel is `nil` when absent or empty.
    static func splitNameAndChannel(_ text: String) -> (name: String, channel: String?) {
        guard let bar = text.lastIndex(of: "|") else { return (text.trimmingWhitespaceAndNewlines(), nil) }
        let name = String(text[..<bar]).trimmingWhitespaceAndNewlines()
        let channel = String(text[text.index(after: bar)...]).trimmingWhitespaceAndNewlines()
        return (name, channel.isEmpty ? nil : channel)
    }

    /// A command that takes nothing.
    static func nothing(_ arguments: String, _ command: EditorCommand, name: String) -> Result<EditorCommand, EditorNotice> {
        arguments.isEmpty ? .success(command) : .failure(.unexpectedArgument(command: name))
    }

    /// Text that must be there.
    static func required(_ arguments: String, name: String, syntax: ArgumentSyntax, _ make: (String) -> EditorCommand) -> Result<EditorCommand, EditorNotice> {
        arguments.isEmpty ? .failure(.missingArgument(command: name, usage: syntax)) : .success(make(arguments))
    }

    /// One of a few words.
    static func choice<Value>(_ arguments: String, name: String, syntax: ArgumentSyntax, _ values: [(String, Value)], _ make: (Value) -> EditorCommand) -> Result<EditorCommand, EditorNotice> {
        guard let value = values.first(where: { $0.0 == arguments.lowercased() })?.1 else {
            return .failure(.badArgument(command: name, usage: syntax))
        }
        return .success(make(value))
    }

    /// `pain|opportunity N [rest]`: the list, the item's index (0-based) and the rest.
    static func item(_ arguments: String, name: String, syntax: ArgumentSyntax) -> Result<(ItemList, Int, String), EditorNotice> {
        let (listWord, afterList) = splitWord(arguments)
        let (numberWord, rest) = splitWord(afterList)
        guard let list = ItemList.allCases.first(where: { $0.commandWords.contains(listWord.lowercased()) }),
              let number = Int(numberWord), number >= 1 else {
            return .failure(.badArgument(command: name, usage: syntax))
        }
        return .success((list, number - 1, rest))
    }

    /// `N [rest]`: an item's index (0-based) and the rest.
    static func numbered(_ arguments: String, name: String, syntax: ArgumentSyntax) -> Result<(Int, String), EditorNotice> {
        let (numberWord, rest) = splitWord(arguments)
        guard let number = Int(numberWord), number >= 1 else {
            return .failure(arguments.isEmpty ? .missingArgument(command: name, usage: syntax) : .badArgument(command: name, usage: syntax))
        }
        return .success((number - 1, rest))
    }

    /// `NAME VALUE [UNIT]`: the name (any words), the value (a number, with `.` or `,`), and the
    /// unit after it (one word, or written on the number: `69%`); `nil` when no number is found.
    static func metric(_ arguments: String) -> (String, Double, String?)? {
        let words = arguments.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard words.count >= 2 else { return nil }
        func number(_ word: String) -> (Double, String?)? {
            let digits = String(word.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "," || $0 == "-") })
            let unit = String(word.dropFirst(digits.count))
            guard let value = StageMetric.parseValue(String(digits.map { $0 == "," ? "." : $0 })) else { return nil }
            return (value, unit.isEmpty ? nil : unit)
        }
        if let (value, unit) = number(words[words.count - 1]) {
            return (words.dropLast().joined(separator: " "), value, unit)
        }
        if words.count >= 3, let (value, attached) = number(words[words.count - 2]), attached == nil {
            return (words.dropLast(2).joined(separator: " "), value, words[words.count - 1])
        }
        return nil
    }
}
