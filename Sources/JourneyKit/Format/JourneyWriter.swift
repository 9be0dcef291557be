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
    public static func bytes(for map: JourneyMap) -> [UInt8] {
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
        // Cells go a stage at a time, as a workshop walks the journey; within a stage, in touchpoint order.
        var cells = map.allNonEmptyCells()
        cells.sort { ($0.stage, $0.touchpoint) < ($1.stage, $1.touchpoint) }
        for (stageIndex, touchpointIndex, cell) in cells {
            out.append("\n[cell ")
            out.append(map.stages[stageIndex].key)
            out.append(" ")
            out.append(map.touchpoints[touchpointIndex].key)
            out.append("]\n")
            if !cell.note.isEmpty { out.field("note", cell.note) }
            if let emotion = cell.emotion { out.field("emotion", emotion.signedText) }
            if let feeling = cell.feeling { out.field("feeling", feeling) }
            for pain in cell.painPoints { out.field("pain", pain) }
            for opportunity in cell.opportunities { out.field("opportunity", opportunity) }
            out.extraFields(cell.extraFields)
        }
        for block in map.extraBlocks {
            out.append("\n[")
            out.append(block.header)
            out.append("]\n")
            out.extraFields(block.fields)
        }
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

    /// Chooses the most readable form that reads back as exactly `value`.
    static func form(of value: String) -> ValueForm {
        if value.isEmpty { return .quoted }
        var copy = value
        let (unsafe, newline) = copy.withUTF8 { bytes -> (Bool, Bool) in
            var newline = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x20 && byte < 0x7F {
                    index += 1
                    continue
                }
                if byte == 0x0A { newline = true; index += 1; continue }
                if TextSafety.unsafeSequenceLength(bytes, at: index) > 0 { return (true, newline) }
                index += 1
            }
            return (false, newline)
        }
        if unsafe { return .quoted }
        if !newline {
            guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else { return .quoted }
            if first.properties.isWhitespace || last.properties.isWhitespace || first == "\"" { return .quoted }
            return .bare
        }
        for line in value.split(separator: "\n", omittingEmptySubsequences: false) {
            if let last = line.unicodeScalars.last, last.properties.isWhitespace { return .quoted }
        }
        return .lines
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

        mutating func field(_ key: String, _ value: String) {
            append(key)
            switch JourneyWriter.form(of: value) {
            case .bare:
                append(": ")
                append(value)
                bytes.append(0x0A)
            case .quoted:
                append(": ")
                append(JourneyWriter.quoted(value))
                bytes.append(0x0A)
            case .lines:
                append(":\n")
                for line in value.split(separator: "\n", omittingEmptySubsequences: false) {
                    if line.isEmpty {
                        append("  |\n")
                    } else {
                        append("  | ")
                        bytes.append(contentsOf: line.utf8)
                        bytes.append(0x0A)
                    }
                }
            }
        }

        mutating func extraFields(_ fields: [ExtraField]) {
            for field in fields { self.field(field.key, field.value) }
        }
    }
}
