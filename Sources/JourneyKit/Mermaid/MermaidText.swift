/// Text in a Mermaid `journey` diagram: writing map text so that Mermaid shows it as written and
/// cannot read it as syntax, and reading Mermaid's entity codes back.
///
/// Mermaid's journey syntax is fragile: `;` anywhere rejects the diagram, `#` starts a comment and
/// truncates a title, `:` in a task name shifts the score, `,` in an actor splits it, `%%` starts
/// a comment, and a task named `section x` becomes a section. Such characters are written as
/// Mermaid's entity codes, which it shows as the character: `#59;` `#35;` `#58;` `#44;` `#37;`,
/// line breaks as `#10;` and `#13;`, and control and invisible characters by their number too.
///
/// ```swift
/// MermaidText.escaped("Pay: 10% off; now")   // "Pay#58; 10#37; off#59; now"
/// MermaidText.unescaped("Pay#58; 10#37; off") // "Pay: 10% off"
/// ```
enum MermaidText {
    /// The words that start a statement at the beginning of a line; a task name starting with one
    /// has its first letter written as an entity.
    static let keywords = ["title", "section", "acctitle", "accdescr", "journey"]

    /// `text` with every character Mermaid could read as syntax written as an entity code.
    static func escaped(_ text: String) -> String {
        var out = ""
        let scalars = Array(text.unicodeScalars)
        let lowered = text.lowercased()
        let startsWithKeyword = keywords.contains { lowered.hasPrefix($0) }
        for (index, scalar) in scalars.enumerated() {
            let atEdge = index == 0 || index == scalars.count - 1
            if (index == 0 && startsWithKeyword) || (atEdge && scalar.properties.isWhitespace) || mustEscape(scalar) {
                out += "#\(scalar.value);"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether a character must be written as an entity code wherever it stands.
    static func mustEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        // Syntax: statement ends, comments, the task's fields and actors, directives, code fences;
        // ﬂ and ¶ are Mermaid's own placeholders for entities while it parses.
        case ";", "#", ":", ",", "%", "`", "{", "}", "ﬂ", "¶", "<", ">": return true
        default: return TextSafety.mustEscape(scalar)
        }
    }

    /// Named entity codes Mermaid understands that a hand-written diagram may use.
    static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "semi": ";", "colon": ":", "comma": ",", "num": "#", "percnt": "%",
    ]

    /// `text` with Mermaid's entity codes (`#58;`, `#x3A;`, `#colon;`) turned into their characters;
    /// anything else stays as written.
    static func unescaped(_ text: some StringProtocol) -> String {
        guard text.contains("#") else { return String(text) }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "#", let (scalar, length) = entity(in: scalars, at: index) {
                out.append(scalar)
                index += length
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }

    /// The length of an entity code starting at `index` (which holds `#`), or `nil`: `#` followed by
    /// letters, digits or `_` and then `;`, as Mermaid reads them.
    static func entityLength(in scalars: [Unicode.Scalar], at index: Int) -> Int? {
        var end = index + 1
        while end < scalars.count, end - index < 12, isWordScalar(scalars[end]) { end += 1 }
        guard end > index + 1, end < scalars.count, scalars[end] == ";" else { return nil }
        return end - index + 1
    }

    /// The character an entity code starting at `index` stands for, and the code's length.
    private static func entity(in scalars: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar, Int)? {
        guard let length = entityLength(in: scalars, at: index) else { return nil }
        var name = String.UnicodeScalarView()
        name.append(contentsOf: scalars[(index + 1)..<(index + length - 1)])
        let word = String(name)
        if let value = UInt32(word), let scalar = Unicode.Scalar(value) { return (scalar, length) }
        if word.first == "x" || word.first == "X", let value = UInt32(word.dropFirst(), radix: 16), let scalar = Unicode.Scalar(value) {
            return (scalar, length)
        }
        if let scalar = namedEntities[word.lowercased()] { return (scalar, length) }
        return nil
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
    }
}
