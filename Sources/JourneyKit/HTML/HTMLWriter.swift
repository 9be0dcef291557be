/// A small HTML writer that escapes every piece of text it is given, in element content and in
/// attribute values alike, so that text from a map can never become markup.
///
/// Element and attribute names are `StaticString`s: they can only come from journey's own code,
/// never from a map. Text is escaped (`&` `<` `>` `"` `'` as entities), line breaks become `<br>`
/// where asked, and characters that could hide or disguise text (control characters, bidirectional
/// overrides, zero-width characters) are shown visibly, as the Markdown export shows them: C0
/// controls as their Control Pictures (ESC as `␛`), the others as `\u{202E}`.
///
/// Written here rather than with JohnSundell/Plot: Plot 0.14.0 does not escape attribute values,
/// and the page needs inline SVG, a style sheet and a policy `<meta>` that a page of this size
/// does not need a library for; this writer is a page long and tested on its own (`HTMLWriterTests`).
///
/// ```swift
/// var html = HTMLWriter()
/// html.open("td", ["class": "note", "title": note])   // the attribute value is escaped
/// html.text(note, lineBreaks: true)                     // so is the content
/// html.close("td")
/// ```
struct HTMLWriter {
    /// The markup so far.
    private(set) var output = ""

    /// `<name attributes…>`; attributes in the order given, their values escaped.
    mutating func open(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:]) {
        output += "<"
        output += name.description
        for (key, value) in attributes {
            output += " "
            output += key.description
            output += "=\""
            output += Self.escapedAttribute(value)
            output += "\""
        }
        output += ">"
    }

    /// `</name>`.
    mutating func close(_ name: StaticString) {
        output += "</" + name.description + ">"
    }

    /// An element holding only text: `<name …>text</name>`.
    mutating func element(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:], text: String, lineBreaks: Bool = false) {
        open(name, attributes)
        self.text(text, lineBreaks: lineBreaks)
        close(name)
    }

    /// Escaped text; with `lineBreaks`, each line break (`\n`, `\r\n`, `\r`, U+2028, U+2029) as `<br>`,
    /// otherwise as a space.
    mutating func text(_ text: String, lineBreaks: Bool = false) {
        output += Self.escapedText(text, lineBreaks: lineBreaks)
    }

    /// Markup journey wrote itself (its style sheet, a line break): never map text.
    mutating func markup(_ trusted: StaticString) {
        output += trusted.description
    }

    /// A newline, to keep the source readable.
    mutating func newline() {
        output += "\n"
    }

    // MARK: Escaping

    /// Text as element content: `&` `<` `>` `"` `'` as entities, hidden characters shown.
    static func escapedText(_ text: String, lineBreaks: Bool = false) -> String {
        escaped(text, lineBreak: lineBreaks ? "<br>" : " ")
    }

    /// Text as an attribute value between double quotes: as ``escapedText(_:lineBreaks:)``, line
    /// breaks as spaces.
    static func escapedAttribute(_ text: String) -> String {
        escaped(text, lineBreak: " ")
    }

    private static func escaped(_ text: String, lineBreak: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n":
                if !previousWasCR { out += lineBreak }
            case "\r", "\u{2028}", "\u{2029}": out += lineBreak
            case "\t": out += "\t"
            default:
                if scalar.value < 0x20, let picture = Unicode.Scalar(0x2400 + scalar.value) {
                    out.unicodeScalars.append(picture)
                } else if scalar.value == 0x7F {
                    out += "\u{2421}"
                } else if TextSafety.mustEscape(scalar) {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
