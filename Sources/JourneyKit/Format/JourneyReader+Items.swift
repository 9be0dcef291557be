extension JourneyReader {
    // MARK: Items and metrics

    /// Reads a `pain:` or `opportunity:` value: the item's text, bare or quoted, and the
    /// attribute bracket that may end the line (see ``ItemAttributeSyntax``).
    mutating func readItem(from start: Int, to end: Int, list: ItemList) -> Item? {
        if bytes[start] == UInt8(ascii: "\"") {
            guard let close = ItemAttributeSyntax.closingQuote(in: bytes, from: start, to: end), close < end - 1 else {
                return readQuoted(from: start, to: end).map { Item($0) }
            }
            guard let text = readQuoted(from: start, to: close + 1) else { return nil }
            var open = close + 1
            while open < end && ItemAttributeSyntax.isSpace(bytes[open]) { open += 1 }
            guard open < end, let tokens = ItemAttributeSyntax.tokens(in: bytes, from: open, to: end) else {
                report(
                    .journey(.itemTextThenJunk(listKey: list.fieldKey)),
                    at: close + 1)
                return nil
            }
            return readAttributes(tokens, text: text, list: list)
        }
        // Most items have no attributes: their line does not end with ']'.
        if bytes[end - 1] == UInt8(ascii: "]"), let open = ItemAttributeSyntax.bracketStart(in: bytes, from: start, to: end),
           let tokens = ItemAttributeSyntax.tokens(in: bytes, from: open, to: end) {
            guard let text = readValue(from: start, to: source.trimmedEnd(start, open)) else { return nil }
            return readAttributes(tokens, text: text, list: list)
        }
        return readValue(from: start, to: end).map { Item($0) }
    }

    /// Checks the attributes of an item's bracket and makes the item.
    mutating func readAttributes(_ tokens: [ItemAttributeSyntax.Token], text: String, list: ItemList) -> Item? {
        var item = Item(text)
        var seen: [String] = []
        var valid = true
        for token in tokens {
            let name = source.string(from: token.key.lowerBound, to: token.key.upperBound)
            if seen.contains(name) {
                report(.journey(.duplicateAttribute(name)), at: token.key.lowerBound)
                valid = false
                continue
            }
            seen.append(name)
            let rawValue = source.string(from: token.value.lowerBound, to: token.value.upperBound)
            guard let kind = ItemAttributeSyntax.knownKey(bytes, token.key) else {
                // Kept as written; a quoted value must still be well formed.
                if token.isQuoted {
                    guard readQuoted(from: token.value.lowerBound, to: token.value.upperBound) != nil else {
                        valid = false
                        continue
                    }
                } else if let control = source.firstRawControl(from: token.value.lowerBound, to: token.value.upperBound) {
                    report(.journey(.controlInAttribute(source.control(at: control))), at: control)
                    valid = false
                    continue
                }
                item.unknownAttributes.append(ItemAttribute(key: name, value: rawValue))
                continue
            }
            guard list.allows(kind) else {
                let allowed = list.attributes.map(\.rawValue).joined(separator: ", ")
                report(.journey(.attributeNotAllowed(name, listKey: list.fieldKey, allowed: allowed)), at: token.key.lowerBound)
                valid = false
                continue
            }
            switch kind {
            case .votes:
                guard !token.isQuoted, let votes = Self.wholeNumber(rawValue), votes <= Item.maximumVotes else {
                    report(.journey(.votesRange(JourneyReader.excerpt(rawValue))), at: token.value.lowerBound)
                    valid = false
                    continue
                }
                item.votes = votes
            case .impact, .effort:
                guard !token.isQuoted, let score = Self.wholeNumber(rawValue), Item.scale.contains(score) else {
                    report(
                        .journey(.scoreRange(name, found: JourneyReader.excerpt(rawValue))),
                        at: token.value.lowerBound)
                    valid = false
                    continue
                }
                if kind == .impact { item.impact = score } else { item.effort = score }
            case .owner:
                let owner = token.isQuoted
                    ? readQuoted(from: token.value.lowerBound, to: token.value.upperBound)
                    : readValue(from: token.value.lowerBound, to: token.value.upperBound)
                guard let owner else {
                    valid = false
                    continue
                }
                item.owner = owner
            }
        }
        return valid ? item : nil
    }

    /// The value of a run of ASCII digits (at most 18 of them), or `nil`.
    static func wholeNumber(_ text: String) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 18, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(text)
    }

    /// What a `metric:` line holds.
    enum MetricLine {
        /// A metric.
        case metric(StageMetric)
        /// Not `NAME = NUMBER…`: a field from before metrics existed, kept as an unknown field.
        case notAMetric
        /// A metric with a problem, already reported.
        case invalid
    }

    /// Reads a stage's `metric:` value: `NAME = VALUE [UNIT] [(SOURCE)]`, such as
    /// `Conversión = 3.2 % (Analítica, oct. 2026)`. The name is quoted when it holds `=`, the
    /// unit when it holds white space, the source when it needs escapes. A value that does not
    /// start with a name, ` = ` and a number is not a metric: files written before metrics existed
    /// may hold `metric:` lines of their own, which are kept as they are.
    mutating func readMetric(from start: Int, to end: Int) -> MetricLine {
        // The name, up to ' = '.
        var name: String
        var index: Int
        if bytes[start] == UInt8(ascii: "\"") {
            guard let close = ItemAttributeSyntax.closingQuote(in: bytes, from: start, to: end), close < end - 1 else {
                return .notAMetric
            }
            index = close + 1
            while index < end && ItemAttributeSyntax.isSpace(bytes[index]) { index += 1 }
            guard index < end, bytes[index] == UInt8(ascii: "=") else { return .notAMetric }
            guard let quoted = readQuoted(from: start, to: close + 1) else { return .invalid }
            name = quoted
        } else {
            var equals = start + 1
            while equals < end - 1 && !(bytes[equals] == UInt8(ascii: "=") && ItemAttributeSyntax.isSpace(bytes[equals - 1])
                                        && ItemAttributeSyntax.isSpace(bytes[equals + 1])) {
                equals += 1
            }
            guard equals < end - 1 else { return .notAMetric }
            name = ""
            index = equals
        }
        let nameEnd = index
        index += 1
        while index < end && ItemAttributeSyntax.isSpace(bytes[index]) { index += 1 }
        // The figure.
        let valueStart = index
        while index < end && !ItemAttributeSyntax.isSpace(bytes[index]) { index += 1 }
        guard let value = StageMetric.parseValue(source.string(from: valueStart, to: index)) else { return .notAMetric }
        if bytes[start] != UInt8(ascii: "\"") {
            guard let bare = readValue(from: start, to: source.trimmedEnd(start, nameEnd)) else { return .invalid }
            name = bare
        }
        while index < end && ItemAttributeSyntax.isSpace(bytes[index]) { index += 1 }
        // The unit, if any.
        var unit: String?
        if index < end && bytes[index] != UInt8(ascii: "(") {
            let unitStart = index
            if bytes[index] == UInt8(ascii: "\"") {
                guard let close = ItemAttributeSyntax.closingQuote(in: bytes, from: index, to: end) else {
                    report(.journey(.unterminatedUnit), at: end)
                    return .invalid
                }
                guard let quoted = readQuoted(from: index, to: close + 1) else { return .invalid }
                unit = quoted
                index = close + 1
            } else {
                while index < end && !ItemAttributeSyntax.isSpace(bytes[index]) { index += 1 }
                guard let bare = readValue(from: unitStart, to: index) else { return .invalid }
                unit = bare
            }
            while index < end && ItemAttributeSyntax.isSpace(bytes[index]) { index += 1 }
        }
        // The source, if any, in parentheses to the end of the line.
        var metricSource: String?
        if index < end {
            guard bytes[index] == UInt8(ascii: "("), bytes[end - 1] == UInt8(ascii: ")"), end - index >= 3 else {
                report(.journey(.metricTrailing), at: index)
                return .invalid
            }
            guard let text = readValue(from: index + 1, to: end - 1) else { return .invalid }
            if bytes[index + 1] != UInt8(ascii: "\""), text.first?.isWhitespace == true || text.last?.isWhitespace == true {
                report(.journey(.metricSourceSpace), at: index + 1)
                return .invalid
            }
            metricSource = text
        }
        return .metric(StageMetric(name: name, value: value, unit: unit, source: metricSource))
    }
}
