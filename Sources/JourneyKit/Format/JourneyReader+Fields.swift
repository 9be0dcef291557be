extension JourneyReader {
    // MARK: Fields

    /// Reads a `key: value` line, or its first line when the value continues on `|` lines.
    mutating func readField(from start: Int, to end: Int) {
        let colon = source.fieldKeyEnd(from: start, to: end)
        guard colon > start, colon < end, bytes[colon] == UInt8(ascii: ":"), Self.isFieldKeyStart(bytes[start]) else {
            if colon < end, TextSafety.rawControlLength(bytes, at: colon, end: end) > 0 {
                report(.journey(.controlInFieldKey(source.control(at: colon))), at: colon)
                return
            }
            report(
                .journey(.expectedField),
                at: start)
            return
        }
        let key = FieldKey.recognise(bytes, from: start, to: colon)
        let column = source.column(of: start, lineStart: lineStart)
        let valueEnd = source.trimmedEnd(colon + 1, end)
        var valueStart = colon + 1
        while valueStart < valueEnd && (bytes[valueStart] == 0x20 || bytes[valueStart] == 0x09) { valueStart += 1 }
        if valueStart >= valueEnd {
            pending = PendingValue(key: key, rawKey: key == nil ? source.string(from: start, to: colon) : "", location: FileLocation(path: path, line: lineNumber, column: column))
            return
        }
        if let key {
            // Items and metrics carry more than text on their line; they are read where they belong.
            if let list = key.itemList, case .cell = context {
                guard let item = readItem(from: valueStart, to: valueEnd, list: list) else { return }
                currentCell?.cell.append(item, to: list)
                return
            }
            if key == .metric, case .stage(let index) = context {
                switch readMetric(from: valueStart, to: valueEnd) {
                case .metric(let metric):
                    stages[index].metrics.append(metric)
                case .invalid:
                    break
                case .notAMetric:
                    guard let value = readValue(from: valueStart, to: valueEnd) else { return }
                    stages[index].extras.append(ExtraField(key: key.spelling, value: value))
                }
                return
            }
        }
        guard let value = readValue(from: valueStart, to: valueEnd) else { return }
        assign(value, key: key, rawKey: { $0.string(from: start, to: colon) }, line: lineNumber, column: column)
    }

    /// Decodes a one-line value: quoted when it starts with `"`, otherwise as it stands.
    mutating func readValue(from start: Int, to end: Int) -> String? {
        if bytes[start] == UInt8(ascii: "\"") {
            return readQuoted(from: start, to: end)
        }
        if let control = source.firstRawControl(from: start, to: end) {
            report(.journey(.controlInBareValue(source.control(at: control))), at: control)
            return nil
        }
        return source.string(from: start, to: end)
    }

    mutating func readQuoted(from start: Int, to end: Int) -> String? {
        guard end - start >= 2, bytes[end - 1] == UInt8(ascii: "\"") else {
            report(.journey(.unterminatedQuote), at: end)
            return nil
        }
        var output: [UInt8] = []
        var index = start + 1
        var copiedUpTo = index
        let close = end - 1
        while index < close {
            index = source.skipPlain(from: index, to: close, quoted: true)
            guard index < close else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") {
                output.append(contentsOf: bytes[copiedUpTo..<index])
                guard index + 1 < close else {
                    report(.journey(.trailingBackslash), at: index)
                    return nil
                }
                let escape = bytes[index + 1]
                switch escape {
                case UInt8(ascii: "\\"): output.append(0x5C); index += 2
                case UInt8(ascii: "\""): output.append(0x22); index += 2
                case UInt8(ascii: "n"): output.append(0x0A); index += 2
                case UInt8(ascii: "r"): output.append(0x0D); index += 2
                case UInt8(ascii: "t"): output.append(0x09); index += 2
                case UInt8(ascii: "u"):
                    guard let (scalar, length) = readUnicodeEscape(at: index, limit: close) else { return nil }
                    output.append(contentsOf: String(Character(scalar)).utf8)
                    index += length
                default:
                    report(.journey(.unknownEscape(source.string(from: index + 1, to: source.scalarEnd(after: index + 1, limit: close)))), at: index)
                    return nil
                }
                copiedUpTo = index
                continue
            }
            if byte == UInt8(ascii: "\"") {
                report(.journey(.quoteInsideQuoted), at: index)
                return nil
            }
            let control = TextSafety.rawControlLength(bytes, at: index, end: close)
            if control > 0 {
                report(.journey(.controlInQuotedValue(source.control(at: index))), at: index)
                return nil
            }
            index += 1
        }
        if output.isEmpty && copiedUpTo == start + 1 {
            return source.string(from: start + 1, to: close)
        }
        output.append(contentsOf: bytes[copiedUpTo..<close])
        return String(decoding: output, as: UTF8.self)
    }

    /// Reads `\u{HEX}` at `index` (the backslash); returns the scalar and the escape's length in bytes.
    mutating func readUnicodeEscape(at index: Int, limit: Int) -> (Unicode.Scalar, Int)? {
        var cursor = index + 2
        guard cursor < limit, bytes[cursor] == UInt8(ascii: "{") else {
            report(.journey(.expectedBraceAfterU), at: index)
            return nil
        }
        cursor += 1
        var value: UInt32 = 0
        var digits = 0
        while cursor < limit, bytes[cursor] != UInt8(ascii: "}") {
            guard let digit = Self.hexValue(bytes[cursor]), digits < 6 else {
                report(.journey(.expectedHexDigits), at: cursor)
                return nil
            }
            value = value * 16 + UInt32(digit)
            digits += 1
            cursor += 1
        }
        guard cursor < limit, digits > 0 else {
            report(.journey(.expectedHexAndBrace), at: index)
            return nil
        }
        guard let scalar = Unicode.Scalar(value) else {
            report(.journey(.notAScalar(UInt32(value))), at: index)
            return nil
        }
        return (scalar, cursor + 1 - index)
    }

    mutating func readContinuation(from bar: Int, to end: Int) {
        guard pending != nil else {
            report(.journey(.orphanContinuation), at: bar)
            return
        }
        var textStart = bar + 1
        if textStart < end && bytes[textStart] == 0x20 { textStart += 1 }
        let textEnd = max(textStart, source.trimmedEnd(textStart, end))
        if let control = source.firstRawControl(from: textStart, to: textEnd) {
            report(.journey(.controlInContinuation(source.control(at: control))), at: control)
            pending = nil
            return
        }
        if pending?.lines ?? 0 > 0 { pending?.text.append(0x0A) }
        pending?.text.append(contentsOf: bytes[textStart..<textEnd])
        pending?.lines += 1
    }

    mutating func finishPending() {
        guard let value = pending else { return }
        pending = nil
        let text = String(decoding: value.text, as: UTF8.self)
        assign(text, key: value.key, rawKey: { _ in value.rawKey }, line: value.location.line, column: value.location.column)
    }

    /// Puts a decoded value where the current block wants it.
    mutating func assign(_ value: String, key: FieldKey?, rawKey: (JourneySource) -> String, line: Int, column: Int) {
        if case .skipped = context { return }
        guard let key else {
            let field = ExtraField(key: rawKey(source), value: value)
            switch context {
            case .top: topExtras.append(field)
            case .stage(let index): stages[index].extras.append(field)
            case .touchpoint(let index): touchpoints[index].extras.append(field)
            case .cell: currentCell?.cell.extraFields.append(field)
            case .extra(let index): extraBlocks[index].fields.append(field)
            case .skipped: break
            }
            return
        }
        if case .extra(let index) = context {
            extraBlocks[index].fields.append(ExtraField(key: key.spelling, value: value))
            return
        }
        if !key.isRepeatable {
            let first = seenOnLine[key.rawValue]
            if first != 0 {
                report(.journey(.duplicateField(key.spelling, firstLine: first)), at: FileLocation(path: path, line: line, column: column))
                return
            }
            seenOnLine[key.rawValue] = line
        }
        switch (context, key) {
        case (.top, .title): title = value
        case (.top, .persona): persona = value
        case (.top, .scenario): scenario = value
        case (.top, .kind):
            guard let parsed = JourneyKind(rawValue: value) else {
                report(.journey(.unknownKind(JourneyReader.excerpt(value))), at: FileLocation(path: path, line: line, column: column))
                return
            }
            kind = parsed
        case (.stage(let index), .name):
            stages[index].name = value
            stages[index].nameLocation = FileLocation(path: path, line: line, column: column)
        case (.stage(let index), .goal): stages[index].goal = value
        case (.touchpoint(let index), .name):
            touchpoints[index].name = value
            touchpoints[index].nameLocation = FileLocation(path: path, line: line, column: column)
        case (.touchpoint(let index), .channel): touchpoints[index].channel = value
        case (.cell, .note): currentCell?.cell.note = value
        case (.cell, .emotion):
            guard let emotion = Emotion(parsing: value) else {
                report(.journey(.emotionRange(JourneyReader.excerpt(value))), at: FileLocation(path: path, line: line, column: column))
                return
            }
            currentCell?.cell.emotion = emotion
        case (.cell, .feeling): currentCell?.cell.feeling = value
        case (.cell, .pain), (.cell, .opportunity):
            // Only a value on `|` lines comes here: its text is the item's, with no attributes.
            if let list = key.itemList { currentCell?.cell.append(Item(value), to: list) }
        case (.cell, .evidence):
            guard let evidence = Evidence(rawValue: value) else {
                report(.journey(.unknownEvidence(JourneyReader.excerpt(value))), at: FileLocation(path: path, line: line, column: column))
                return
            }
            currentCell?.cell.evidence = evidence
        case (.cell, .source): currentCell?.cell.sources.append(value)
        case (.stage(let index), .metric):
            // A value on `|` lines is no metric: kept as the unknown field it was before metrics existed.
            stages[index].extras.append(ExtraField(key: key.spelling, value: value))
        default:
            report(.journey(.misplacedField(key)), at: FileLocation(path: path, line: line, column: column))
        }
    }
}
