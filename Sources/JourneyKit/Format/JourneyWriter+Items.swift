extension JourneyWriter.Output {
    /// Writes an item's line: `key: text` as any value when it has no attributes, otherwise
    /// `key: text  [votes 3, impact 5, effort 1, owner "Ecommerce"]`, the text quoted when it
    /// could not read back as itself before a bracket.
    mutating func item(_ item: Item, key: String) {
        guard item.hasAttributes else {
            field(key, item.text, item: true)
            return
        }
        let form = JourneyWriter.form(of: item.text)
        let attributes = JourneyWriter.attributeText(of: item)
        append(key)
        append(": ")
        // Text that itself ends like attributes is quoted, even where it would read back bare.
        if form == .bare, !JourneyWriter.endsWithAttributeBracket(item.text), JourneyWriter.readsBack(text: item.text, before: attributes) {
            append(item.text)
        } else {
            append(JourneyWriter.quoted(item.text))
        }
        append("  [")
        append(attributes)
        append("]\n")
    }

    /// Writes a stage's `metric:` line: `metric: NAME = VALUE [UNIT] [(SOURCE)]`.
    mutating func metric(_ metric: StageMetric) {
        append("metric: ")
        let name = metric.name
        if JourneyWriter.form(of: name) == .bare, !name.contains("=") {
            append(name)
        } else {
            append(JourneyWriter.quoted(name))
        }
        append(" = ")
        append(metric.valueText)
        if let unit = metric.unit {
            append(" ")
            if JourneyWriter.form(of: unit) == .bare, !unit.contains(" "), !unit.contains("\t"), !unit.hasPrefix("(") {
                append(unit)
            } else {
                append(JourneyWriter.quoted(unit))
            }
        }
        if let source = metric.source {
            append(" (")
            append(JourneyWriter.form(of: source) == .bare ? source : JourneyWriter.quoted(source))
            append(")")
        }
        bytes.append(0x0A)
    }
}

extension JourneyWriter {
    /// The inside of an item's attribute bracket: `votes 3, impact 5, effort 1, owner "Ecommerce"`,
    /// then the unknown attributes as read. `votes 0` stands first when the item has no other
    /// attribute journey knows, so that the bracket is still recognised after bare text.
    static func attributeText(of item: Item) -> String {
        var parts: [String] = []
        if item.votes > 0 || (item.impact == nil && item.effort == nil && item.owner == nil) {
            parts.append("votes \(item.votes)")
        }
        if let impact = item.impact { parts.append("impact \(impact)") }
        if let effort = item.effort { parts.append("effort \(effort)") }
        if let owner = item.owner { parts.append("owner " + quoted(owner)) }
        for attribute in item.unknownAttributes { parts.append("\(attribute.key) \(attribute.value)") }
        return parts.joined(separator: ", ")
    }

    /// Whether bare `text`, followed by the bracket holding `attributes`, reads back as that text
    /// and that bracket.
    static func readsBack(text: String, before attributes: String) -> Bool {
        var line = text + "  [" + attributes + "]"
        let textLength = text.utf8.count
        return line.withUTF8 { bytes in
            ItemAttributeSyntax.bracketStart(in: bytes, from: 0, to: bytes.count) == textLength + 2
        }
    }

    /// Whether bare `text` would be read as text followed by an attribute bracket.
    static func endsWithAttributeBracket(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            guard let last = bytes.last, last == UInt8(ascii: "]") else { return false }
            return ItemAttributeSyntax.bracketStart(in: bytes, from: 0, to: bytes.count) != nil
        }
    }
}
