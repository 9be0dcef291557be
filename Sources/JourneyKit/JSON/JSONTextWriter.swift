/// A growing UTF-8 buffer that writes pretty-printed JSON, and the string escaping rules of the
/// JSON interchange form.
///
/// Strings are escaped as RFC 8259 requires (`"`, `\` and C0 controls, the common ones as `\n`,
/// `\t`…, the others as `\u001b`), and further as the `.journey` format does: DEL, C1 controls,
/// line and paragraph separators (U+2028, U+2029), bidirectional overrides and invisible
/// characters are written as `\uXXXX`, so that a file shown in a terminal or a code review can
/// neither take over the screen nor hide text. Other non-ASCII text (`é`, `🙂`, Arabic) and `/`
/// stand as themselves.
struct JSONTextWriter {
    /// The text written so far.
    private(set) var bytes: [UInt8] = []

    /// Creates an empty writer, reserving room for about `capacity` bytes.
    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends ASCII text as it stands.
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends a line break and `level` levels of two-space indentation.
    mutating func newline(indent level: Int) {
        bytes.append(0x0A)
        for _ in 0..<(level * 2) { bytes.append(0x20) }
    }

    /// Appends `"key": ` after a line break and indentation.
    mutating func key(_ key: StaticString, indent level: Int) {
        newline(indent: level)
        bytes.append(0x22)
        raw(key)
        raw("\": ")
    }

    /// Appends an integer.
    mutating func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Appends a string in quotes, escaped.
    mutating func string(_ value: String) {
        bytes.append(0x22)
        JSONTextWriter.appendEscaped(value, to: &bytes)
        bytes.append(0x22)
    }

    /// Appends a number written as the caller gives it (`-1.25`, `3`), or `null` for `nil`.
    mutating func number(_ text: String?) {
        guard let text else {
            raw("null")
            return
        }
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends a string in quotes, escaped, or `null` for `nil`.
    mutating func optionalString(_ value: String?) {
        guard let value else {
            raw("null")
            return
        }
        string(value)
    }

    /// Appends a `[` … `]` array of objects, one per line at `level + 1`, or `[]` when empty;
    /// `body` writes each object's members (at `level + 2`) between its braces.
    mutating func objectArray<Element>(_ elements: some Sequence<Element>, indent level: Int, body: (inout JSONTextWriter, Element) -> Void) {
        var empty = true
        for element in elements {
            raw(empty ? "[" : ",")
            empty = false
            newline(indent: level + 1)
            raw("{")
            body(&self, element)
            newline(indent: level + 1)
            raw("}")
        }
        if empty {
            raw("[]")
        } else {
            newline(indent: level)
            raw("]")
        }
    }

    /// Appends a `[` … `]` array of strings, one per line, or `[]` when empty.
    mutating func stringArray(_ values: [String], indent level: Int) {
        guard !values.isEmpty else {
            raw("[]")
            return
        }
        raw("[")
        for (offset, value) in values.enumerated() {
            if offset > 0 { raw(",") }
            newline(indent: level + 1)
            string(value)
        }
        newline(indent: level)
        raw("]")
    }

    /// Appends a list's items, one per line: a string for an item with only text, otherwise an
    /// object with `text` and the attributes it has (those `list` allows, in their order).
    mutating func items(_ items: [Item], list: ItemList, indent level: Int) {
        raw("[")
        for (offset, item) in items.enumerated() {
            if offset > 0 { raw(",") }
            newline(indent: level + 1)
            guard item.hasKnownAttributes else {
                string(item.text)
                continue
            }
            raw("{")
            key("text", indent: level + 2)
            string(item.text)
            for attribute in list.attributes {
                switch attribute {
                case .votes:
                    guard item.votes > 0 else { continue }
                    raw(",")
                    key("votes", indent: level + 2)
                    integer(item.votes)
                case .impact:
                    guard let impact = item.impact else { continue }
                    raw(",")
                    key("impact", indent: level + 2)
                    integer(impact)
                case .effort:
                    guard let effort = item.effort else { continue }
                    raw(",")
                    key("effort", indent: level + 2)
                    integer(effort)
                case .owner:
                    guard let owner = item.owner else { continue }
                    raw(",")
                    key("owner", indent: level + 2)
                    string(owner)
                }
            }
            newline(indent: level + 1)
            raw("}")
        }
        newline(indent: level)
        raw("]")
    }

    /// Appends a stage's metrics, one object per metric: `name`, `value`, then `unit` and `source` when set.
    mutating func metrics(_ metrics: [StageMetric], indent level: Int) {
        raw("[")
        for (offset, metric) in metrics.enumerated() {
            if offset > 0 { raw(",") }
            newline(indent: level + 1)
            raw("{")
            key("name", indent: level + 2)
            string(metric.name)
            raw(",")
            key("value", indent: level + 2)
            bytes.append(contentsOf: metric.valueText.utf8)
            if let unit = metric.unit {
                raw(",")
                key("unit", indent: level + 2)
                string(unit)
            }
            if let source = metric.source {
                raw(",")
                key("source", indent: level + 2)
                string(source)
            }
            newline(indent: level + 1)
            raw("}")
        }
        newline(indent: level)
        raw("]")
    }

    /// The text of a string between its quotes, escaped: `say \"hi\"\n`. Used for quoting user text in messages.
    static func escapedContent(_ value: String) -> String {
        var bytes: [UInt8] = []
        appendEscaped(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the escaped UTF-8 of `value`, copying safe runs whole.
    static func appendEscaped(_ value: String, to output: inout [UInt8]) {
        var value = value
        value.withUTF8 { input in
            var runStart = 0
            var index = 0
            let count = input.count
            while index < count {
                let byte = input[index]
                if byte >= 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x5C {
                    index += 1
                    continue
                }
                let length: Int
                if byte < 0x80 {
                    length = 1
                } else {
                    length = TextSafety.unsafeSequenceLength(input, at: index)
                    if length == 0 {
                        index += 1
                        continue
                    }
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<index]))
                appendEscape(forSequence: UnsafeBufferPointer(rebasing: input[index..<(index + length)]), to: &output)
                index += length
                runStart = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<count]))
        }
    }

    /// Appends the escape for one character (one to three UTF-8 bytes, all within the BMP).
    private static func appendEscape(forSequence sequence: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        let scalar: UInt32
        switch sequence.count {
        case 1:
            let short: UInt8
            switch sequence[0] {
            case 0x22: short = 0x22
            case 0x5C: short = 0x5C
            case 0x08: short = UInt8(ascii: "b")
            case 0x0C: short = UInt8(ascii: "f")
            case 0x0A: short = UInt8(ascii: "n")
            case 0x0D: short = UInt8(ascii: "r")
            case 0x09: short = UInt8(ascii: "t")
            default: short = 0
            }
            if short != 0 {
                output.append(0x5C)
                output.append(short)
                return
            }
            scalar = UInt32(sequence[0])
        case 2:
            scalar = (UInt32(sequence[0] & 0x1F) << 6) | UInt32(sequence[1] & 0x3F)
        default:
            scalar = (UInt32(sequence[0] & 0x0F) << 12) | (UInt32(sequence[1] & 0x3F) << 6) | UInt32(sequence[2] & 0x3F)
        }
        output.append(0x5C)
        output.append(UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) {
            output.append(hexDigit(Int((scalar >> UInt32(shift)) & 0xF)))
        }
    }

    private static func hexDigit(_ value: Int) -> UInt8 {
        value < 10 ? UInt8(0x30 + value) : UInt8(0x61 + value - 10)
    }
}
