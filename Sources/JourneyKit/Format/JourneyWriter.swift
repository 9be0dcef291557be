import Foundation

/// Writes a ``JourneyMap`` as canonical `.journey` text.
///
/// The output is deterministic: the same map always gives the same bytes, and reading that text
/// back with ``JourneyParser`` gives the same map. See <doc:JourneyFileFormat> for the format.
///
/// ```swift
/// let text = JourneyWriter.text(for: map)
/// try JourneyParser.parse(text, path: "map.journey") == map   // true
/// ```
public enum JourneyWriter {
    /// The canonical text of a map.
    public static func text(for map: JourneyMap) -> String {
        String(decoding: bytes(for: map), as: UTF8.self)
    }

    /// The canonical text of a map, as UTF-8 bytes.
    ///
    /// A large map's cells are written on two cores, the stages cut in two, and the second half's
    /// text appended to the first's: the same bytes as one core writes.
    public static func bytes(for map: JourneyMap) -> [UInt8] {
        guard map.nonEmptyCellCount >= parallelThreshold, map.stages.count > 1,
              ProcessInfo.processInfo.activeProcessorCount > 1
        else { return bytesOnOneCore(for: map) }
        let middle = map.stages.count / 2
        let halves = Halves()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                halves.first = bytes(for: map, cellsOf: 0..<middle, withEnd: false)
            } else {
                halves.second = cellBytes(for: map, stages: middle..<map.stages.count, withEnd: true)
            }
        }
        var whole: [UInt8] = []
        swap(&whole, &halves.first)  // taken, not shared: appending does not copy the first half
        whole.append(contentsOf: halves.second)
        return whole
    }

    /// The canonical text of a map written on one core (what ``bytes(for:)`` gives for small maps).
    static func bytesOnOneCore(for map: JourneyMap) -> [UInt8] {
        bytes(for: map, cellsOf: nil)
    }

    /// Maps with fewer cells are written on one core: a second costs more than it saves.
    static let parallelThreshold = 20_000

    /// The two halves of a map's text, each written by its own thread and read after both finished.
    private final class Halves: @unchecked Sendable {
        var first: [UInt8] = []
        var second: [UInt8] = []
    }

    /// The text from the start through the cells of `cellsOf` (every stage when `nil`), and the
    /// end (the blocks of unknown kinds) when `withEnd`.
    private static func bytes(for map: JourneyMap, cellsOf stages: Range<Int>?, withEnd: Bool = true) -> [UInt8] {
        var out = Output()
        out.bytes.reserveCapacity(estimatedSize(of: map))
        out.append("journey \(JourneyFormat.version)\n")
        out.field("title", map.title)
        if let persona = map.persona { out.field("persona", persona) }
        if let scenario = map.scenario { out.field("scenario", scenario) }
        out.field("kind", map.kind.rawValue)
        out.extraFields(map.extraFields)

        for stage in map.stages {
            out.append("\n[stage ")
            out.append(stage.key)
            out.append("]\n")
            out.field("name", stage.name)
            if let goal = stage.goal { out.field("goal", goal) }
            for metric in stage.metrics { out.metric(metric) }
            out.extraFields(stage.extraFields)
        }
        for touchpoint in map.touchpoints {
            out.append("\n[touchpoint ")
            out.append(touchpoint.key)
            out.append("]\n")
            out.field("name", touchpoint.name)
            if let channel = touchpoint.channel { out.field("channel", channel) }
            out.extraFields(touchpoint.extraFields)
        }
        out.cells(of: map, stages: stages)
        if withEnd { out.end(of: map) }
        return out.bytes
    }

    /// The cells of `stages` and, when `withEnd`, the end of the text.
    private static func cellBytes(for map: JourneyMap, stages: Range<Int>, withEnd: Bool) -> [UInt8] {
        var out = Output()
        out.bytes.reserveCapacity(estimatedSize(of: map) / 2)
        out.cells(of: map, stages: stages)
        if withEnd { out.end(of: map) }
        return out.bytes
    }

    /// A guess at the output size, so that the buffer grows at most once or twice.
    private static func estimatedSize(of map: JourneyMap) -> Int {
        256 + map.stages.count * 64 + map.touchpoints.count * 64 + map.nonEmptyCellCount * 160
    }

    /// How a value is written: as itself, quoted with escapes, or as `|` lines.
    enum ValueForm: Equatable {
        case bare, quoted, lines
    }

    /// The field key of each list's items, at its ``ItemList`` raw value.
    static let itemKeys = ItemList.allCases.map(\.fieldKey)

    /// The `emotion:` line for each score from -2 to +2.
    static let emotionLines: [String] = Emotion.scores.map { "emotion: \(Emotion(clamping: $0).signedText)\n" }

    /// Chooses the most readable form that reads back as exactly `value`.
    static func form(of value: String) -> ValueForm {
        var copy = value
        return copy.withUTF8 { form(utf8: $0) }
    }

    /// ``form(of:)`` for a value's UTF-8 bytes: bare when it is one line that neither starts with
    /// `"` nor starts or ends with white space, `|` lines when it has several lines none of which
    /// ends with white space, quoted otherwise (and always when it is empty or holds a character
    /// that must be escaped).
    static func form(utf8 bytes: UnsafeBufferPointer<UInt8>) -> ValueForm {
        let count = bytes.count
        guard count > 0, let start = bytes.baseAddress else { return .quoted }
        var newline = false
        var index = 0
        let base = UnsafeRawPointer(start)
        while index < count {
            // Eight bytes at a time while they are all printable ASCII (0x20…0x7E), the usual case.
            if index + 8 <= count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
                let below20 = (word &- 0x2020_2020_2020_2020) & ~word & high
                let delete = word ^ 0x7F7F_7F7F_7F7F_7F7F
                let is7F = (delete &- ones) & ~delete & high
                if (word & high) | below20 | is7F == 0 {
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F {
                index += 1
                continue
            }
            if byte == 0x0A {
                newline = true
            } else if TextSafety.unsafeSequenceLength(bytes, at: index) > 0 {
                return .quoted
            }
            index += 1
        }
        if !newline {
            if bytes[0] == 0x22 || startsWithWhitespace(bytes, from: 0) || endsWithWhitespace(bytes, before: count) {
                return .quoted
            }
            return .bare
        }
        var lineEnd = 0
        while lineEnd <= count {
            if lineEnd == count || bytes[lineEnd] == 0x0A {
                if endsWithWhitespace(bytes, before: lineEnd) { return .quoted }
            }
            lineEnd += 1
        }
        return .lines
    }

    /// Whether the scalar starting at `start` is white space.
    private static func startsWithWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let byte = bytes[start]
        if byte < 0x80 { return isASCIIWhitespace(byte) }
        guard byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 else { return false }
        return scalar(in: bytes, from: start).properties.isWhitespace
    }

    /// Whether the scalar that ends just before `end` is white space; `false` when the line before
    /// `end` is empty (a line feed or the start of the text is there).
    private static func endsWithWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
        guard end > 0, bytes[end - 1] != 0x0A else { return false }
        let last = bytes[end - 1]
        if last < 0x80 { return isASCIIWhitespace(last) }
        var start = end - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        // Every non-ASCII white space character (U+0085, U+00A0, U+1680, U+2000…U+205F, U+3000)
        // starts with one of these bytes.
        let lead = bytes[start]
        guard lead == 0xC2 || lead == 0xE1 || lead == 0xE2 || lead == 0xE3 else { return false }
        return scalar(in: bytes, from: start).properties.isWhitespace
    }

    @inline(__always)
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// The scalar whose UTF-8 encoding starts at `start` (the bytes are valid UTF-8).
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Unicode.Scalar {
        let lead = UInt32(bytes[start])
        var value: UInt32
        var length: Int
        switch lead {
        case 0..<0x80: return Unicode.Scalar(UInt8(lead))
        case 0xC0..<0xE0: value = lead & 0x1F; length = 2
        case 0xE0..<0xF0: value = lead & 0x0F; length = 3
        default: value = lead & 0x07; length = 4
        }
        for offset in 1..<length where start + offset < bytes.count {
            value = value << 6 | UInt32(bytes[start + offset] & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The quoted form of a value, with its escapes: `"say \"hi\"\n"`.
    static func quoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if TextSafety.mustEscape(scalar) {
                    result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        result += "\""
        return result
    }

    /// A growing UTF-8 buffer with the helpers the writer needs.
    struct Output {
        var bytes: [UInt8] = []

        mutating func append(_ text: String) {
            bytes.append(contentsOf: text.utf8)
        }

        /// Writes `key: value` in the value's most readable form. For an item's text (`item`), bare
        /// text that would read as text and attributes is quoted instead.
        mutating func field(_ key: String, _ value: String, item: Bool = false) {
            append(key)
            var copy = value
            copy.withUTF8 { text in
                var form = JourneyWriter.form(utf8: text)
                if item, form == .bare, text.last == UInt8(ascii: "]"),
                   ItemAttributeSyntax.bracketStart(in: text, from: 0, to: text.count) != nil {
                    form = .quoted
                }
                switch form {
                case .bare:
                    bytes.append(0x3A)
                    bytes.append(0x20)
                    bytes.append(contentsOf: text)
                    bytes.append(0x0A)
                case .quoted:
                    append(": ")
                    append(JourneyWriter.quoted(value))
                    bytes.append(0x0A)
                case .lines:
                    append(":\n")
                    var lineStart = 0
                    for index in 0...text.count where index == text.count || text[index] == 0x0A {
                        if index == lineStart {
                            append("  |\n")
                        } else {
                            append("  | ")
                            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[lineStart..<index]))
                            bytes.append(0x0A)
                        }
                        lineStart = index + 1
                    }
                }
            }
        }

        mutating func extraFields(_ fields: [ExtraField]) {
            for field in fields { self.field(field.key, field.value) }
        }
    }
}

extension JourneyWriter.Output {
    /// The cell blocks of `stages` (every stage when `nil`): a stage at a time, as a workshop walks
    /// the journey; within a stage, in touchpoint order.
    mutating func cells(of map: JourneyMap, stages: Range<Int>?) {
        let cellHeads = map.stages.map { Array("\n[cell \($0.key) ".utf8) }
        let cellTails = map.touchpoints.map { Array("\($0.key)]\n".utf8) }
        map.forEachNonEmptyCellByStage(in: stages) { stageIndex, touchpointIndex, cell in
            bytes.append(contentsOf: cellHeads[stageIndex])
            bytes.append(contentsOf: cellTails[touchpointIndex])
            if !cell.note.isEmpty { field("note", cell.note) }
            if let emotion = cell.emotion { append(JourneyWriter.emotionLines[emotion.score - Emotion.minimum]) }
            if let feeling = cell.feeling { field("feeling", feeling) }
            if let evidence = cell.evidence { field("evidence", evidence.rawValue) }
            for source in cell.sources { field("source", source) }
            if !cell.hasNoItems {
                for list in ItemList.allCases {
                    let key = JourneyWriter.itemKeys[list.rawValue]
                    for entry in cell[list: list] { item(entry, key: key) }
                }
            }
            extraFields(cell.extraFields)
        }
    }

    /// The end of the text: the blocks of kinds journey does not know, as they were read.
    mutating func end(of map: JourneyMap) {
        for block in map.extraBlocks {
            append("\n[")
            append(block.header)
            append("]\n")
            extraFields(block.fields)
        }
    }
}
