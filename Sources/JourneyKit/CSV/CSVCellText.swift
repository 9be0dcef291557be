/// How a cell's parts are written in CSV fields and read back: list items one per line in the
/// `.journey` value syntax (`Pide crear cuenta [votes 4]`), the evidence word and sources in the
/// `evidence` field, emotions as numbers, and the guard against spreadsheet formulas.
///
/// **Items**: each line of `pain_points` and `opportunities` is one item, written as a
/// `pain:` or `opportunity:` value is in a `.journey` file: its text as itself, or quoted with
/// escapes when it has line breaks, white space at either end or a leading `"` (`"Line one\nline
/// two"`), then its votes and scores in the attribute bracket: `Mostrar el envío [votes 3, impact 5,
/// effort 1, owner "Ecommerce"]`. Blank lines are skipped.
///
/// **Evidence**: the first line of `evidence` is `assumed`, `partial`, `researched` or empty; each
/// further line is one of the cell's sources, in the same value syntax.
///
/// **Formulas**: a spreadsheet evaluates a cell that starts with `=`, `+`, `-` or `@` (and some a
/// tab or a carriage return), so a note such as `=HYPERLINK(…)` could run as a formula when the
/// CSV is opened. Such text fields are written with a `'` before them, which spreadsheets take as
/// "this is text" and hide; a field that already starts with `'`s before such a character gets
/// one more. Reading takes exactly one `'` off those fields, so text comes back exactly.
enum CSVCellText {
    // MARK: Formulas

    /// Whether a spreadsheet would evaluate a field that starts with `scalar`.
    private static func startsFormula(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "=" || scalar == "+" || scalar == "-" || scalar == "@" || scalar == "\t" || scalar == "\r"
    }

    /// Whether `text`, once any leading `'`s are set aside, starts like a formula.
    private static func isFormulaLike(_ text: String) -> Bool {
        text.unicodeScalars.first { $0 != "'" }.map(startsFormula) ?? false
    }

    /// A text field as written: with a `'` before it when a spreadsheet would evaluate it.
    static func guarded(_ text: String) -> String {
        isFormulaLike(text) ? "'" + text : text
    }

    /// A text field as read: without the `'` ``guarded(_:)`` put before it.
    static func unguarded(_ text: String) -> String {
        text.hasPrefix("'") && isFormulaLike(text) ? String(text.dropFirst()) : text
    }

    // MARK: Values

    /// One value on one line in the `.journey` value syntax: as itself when it reads back so, else quoted.
    static func line(for text: String) -> String {
        if JourneyWriter.form(of: text) == .bare, !JourneyWriter.endsWithAttributeBracket(text) { return text }
        return JourneyWriter.quoted(text)
    }

    /// An item on one line: its text (see ``line(for:)``) and its attribute bracket, if any.
    static func line(for item: Item) -> String {
        guard item.hasAttributes else { return line(for: item.text) }
        var out = JourneyWriter.Output()
        out.item(item, key: "x")
        // `x: TEXT  [ATTRIBUTES]\n`
        return String(decoding: out.bytes.dropFirst(3).dropLast(), as: UTF8.self)
    }

    /// The `pain_points` or `opportunities` field of a cell.
    static func field(for items: [Item]) -> String {
        items.map(line(for:)).joined(separator: "\n")
    }

    /// The `evidence` field of a cell: the evidence word, then a line per source; empty when the
    /// cell has neither.
    static func evidenceField(for cell: Cell) -> String {
        guard cell.evidence != nil || !cell.sources.isEmpty else { return "" }
        return ([cell.evidence?.rawValue ?? ""] + cell.sources.map(line(for:))).joined(separator: "\n")
    }

    /// The `emotion` field: `-2` … `2`, or empty.
    static func emotionField(for emotion: Emotion?) -> String {
        emotion.map { String($0.score) } ?? ""
    }

    /// The lines of a field, blank ones left out, each with its offset in lines from the field's start.
    static func lines(of text: String) -> [(offset: Int, text: String)] {
        var result: [(offset: Int, text: String)] = []
        var offset = 0
        var current = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n", previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                if !current.trimmingWhitespace().isEmpty { result.append((offset, current)) }
                current = ""
                offset += 1
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.trimmingWhitespace().isEmpty { result.append((offset, current)) }
        return result
    }
}
