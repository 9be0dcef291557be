/// Turns free text into GitHub-flavoured Markdown that renders as exactly that text, wherever it
/// stands: in a table cell, a heading, a list item or a paragraph.
///
/// - Characters that Markdown or GitHub would read as syntax (`\` `` ` `` `*` `_` `[` `]` `<` `>`
///   `#` `~` `|` `$` `&`) are escaped with a backslash, so that emphasis, code, links, HTML tags,
///   entities such as `&copy;`, strikethrough, math and table columns never appear.
/// - A leading `-`, `+`, `=` or `1.` is escaped too, so that text never starts a list or a heading.
/// - Line breaks (`\n`, `\r\n`, `\r`, U+2028, U+2029) become `<br>`, so that text stays on one line.
/// - Spaces and tabs at either end become `&#32;` and `&#9;`, which Markdown does not trim.
/// - C0 control characters become their Control Pictures (ESC shows as `␛`, DEL as `␡`); C1
///   controls, bidirectional overrides and invisible characters are shown as `\u{202E}`, so that
///   nothing can take over a terminal or hide text in a review.
///
/// ```swift
/// MarkdownText.inline("a | b\n*c*")   // "a \\| b<br>\\*c\\*"
/// ```
enum MarkdownText {
    /// The Markdown for `text` as inline content.
    static func inline(_ text: String) -> String {
        if needsNoEscaping(text) { return text }
        let scalars = Array(text.unicodeScalars)
        let count = scalars.count
        var leading = 0
        while leading < count && isEdgeSpace(scalars[leading]) { leading += 1 }
        var trailing = count
        while trailing > leading && isEdgeSpace(scalars[trailing - 1]) { trailing -= 1 }
        let markerEnd = leading == 0 ? leadingMarkerEnd(scalars) : nil

        var out = String.UnicodeScalarView()
        var index = 0
        while index < count {
            let scalar = scalars[index]
            defer { index += 1 }
            if index < leading || index >= trailing {
                append(scalar == " " ? "&#32;" : "&#9;", to: &out)
                continue
            }
            if let markerEnd, index == markerEnd {
                out.append("\\")
                out.append(scalar)
                continue
            }
            switch scalar {
            case "\r":
                if index + 1 < count && scalars[index + 1] == "\n" { continue }
                append("<br>", to: &out)
            case "\n", "\u{2028}", "\u{2029}":
                append("<br>", to: &out)
            case "\t":
                out.append(scalar)
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "~", "|", "$", "&":
                out.append("\\")
                out.append(scalar)
            default:
                if scalar.value < 0x20, let picture = Unicode.Scalar(0x2400 + scalar.value) {
                    out.append(picture)
                } else if scalar.value == 0x7F {
                    out.append("\u{2421}")
                } else if TextSafety.mustEscape(scalar) {
                    append("\\\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}", to: &out)
                } else {
                    out.append(scalar)
                }
            }
        }
        return String(out)
    }

    /// Whether `text` reads as itself in Markdown already, so that ``inline(_:)`` would return it
    /// unchanged: no character to escape or replace, no white space at either end, and no start
    /// that could be a block marker. Looks at each UTF-8 byte once; most notes and names pass.
    private static func needsNoEscaping(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return true }
            // A leading `-`, `+`, `=`, digit, space or tab, or a trailing space or tab: let the full rules decide.
            if first == 0x2D || first == 0x2B || first == 0x3D || (first >= 0x30 && first <= 0x39) || first == 0x20 || first == 0x09 {
                return false
            }
            if last == 0x20 || last == 0x09 { return false }
            for index in bytes.indices {
                let byte = bytes[index]
                if byte < 0x80 {
                    if specialASCII[Int(byte)] { return false }
                } else if TextSafety.unsafeSequenceLength(bytes, at: index) > 0 {
                    return false
                }
            }
            return true
        }
    }

    /// ASCII bytes that ``inline(_:)`` escapes or replaces: controls (line breaks, tabs), DEL and
    /// `\` `` ` `` `*` `_` `[` `]` `<` `>` `#` `~` `|` `$` `&`.
    private static let specialASCII: [Bool] = (0..<128).map { byte in
        byte < 0x20 || byte == 0x7F || "\\`*_[]<>#~|$&".utf8.contains(UInt8(byte))
    }

    /// The position of the character to escape when `scalars` starts like a block marker:
    /// the `-`, `+` or `=` at 0, or the `.` or `)` after leading digits (as in `1. `); otherwise `nil`.
    private static func leadingMarkerEnd(_ scalars: [Unicode.Scalar]) -> Int? {
        guard let first = scalars.first else { return nil }
        if first == "-" || first == "+" || first == "=" { return 0 }
        var index = 0
        while index < scalars.count && index < 10 && scalars[index].value >= 0x30 && scalars[index].value <= 0x39 { index += 1 }
        if index > 0, index < scalars.count, scalars[index] == "." || scalars[index] == ")" { return index }
        return nil
    }

    private static func isEdgeSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t"
    }

    private static func append(_ text: String, to out: inout String.UnicodeScalarView) {
        out.append(contentsOf: text.unicodeScalars)
    }
}
