import Foundation

/// Reads `.journey` text into a ``JourneyMap``.
///
/// The parser either returns a whole map or throws a ``DiagnosticError`` listing every problem it
/// found (up to ``JourneyFormat/maximumDiagnostics``), each as `path:line:column: message`. It
/// never returns a half-read map. It accepts a UTF-8 byte order mark and CRLF line ends, and
/// rejects bytes that are not UTF-8, naming the line and column of the first bad byte.
///
/// ```swift
/// do {
///     let map = try JourneyParser.parse(text, path: "shop.journey")
/// } catch {
///     print(error)   // shop.journey:12:10: emotion must be a whole number from -2 to +2, found '3'
/// }
/// ```
///
/// The format is specified in <doc:JourneyFileFormat>.
public enum JourneyParser {
    /// Parses `.journey` text.
    public static func parse(_ text: String, path: String = "-") throws(DiagnosticError) -> JourneyMap {
        var text = text
        let result: Result<JourneyMap, DiagnosticError> = text.withUTF8 { bytes in
            Result { () throws(DiagnosticError) in try parse(utf8: bytes, path: path) }
        }
        return try result.get()
    }

    /// Parses `.journey` bytes, which must be UTF-8.
    public static func parse(_ bytes: [UInt8], path: String = "-") throws(DiagnosticError) -> JourneyMap {
        let result: Result<JourneyMap, DiagnosticError> = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(DiagnosticError) in try parse(utf8: buffer, path: path) }
        }
        return try result.get()
    }

    /// Parses `.journey` bytes, which must be UTF-8.
    public static func parse(_ data: Data, path: String = "-") throws(DiagnosticError) -> JourneyMap {
        let result: Result<JourneyMap, DiagnosticError> = data.withUnsafeBytes { raw in
            let buffer = raw.bindMemory(to: UInt8.self)
            return Result { () throws(DiagnosticError) in try parse(utf8: buffer, path: path) }
        }
        return try result.get()
    }

    /// Parses `.journey` bytes in place.
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, path: String) throws(DiagnosticError) -> JourneyMap {
        var reader = JourneyReader(bytes: bytes, path: path)
        return try reader.read()
    }
}

/// The state of one parse: a line-by-line reader over UTF-8 bytes that collects the blocks it
/// finds and then builds the map from them.
struct JourneyReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let source: Source
    private let path: String
    private var diagnostics: [Diagnostic] = []
    private var stopped = false

    private var lineNumber = 0
    private var lineStart = 0

    // What the file declares, collected before the map is built.
    private var sawHeader = false
    private var title: String?
    private var persona: String?
    private var scenario: String?
    private var kind: JourneyKind = .currentState
    private var topExtras: [ExtraField] = []
    private var stages: [PendingStage] = []
    private var touchpoints: [PendingTouchpoint] = []
    /// The cells read so far, in file order, in chunks that building the map frees one by one.
    private var cellChunks: [[PendingCell]] = []
    private var cellCount = 0
    /// The cell block being read, stored in `cellChunks` when the next block starts.
    private var currentCell: PendingCell?
    /// Stage and touchpoint keys declared so far, to their first block's index.
    private var stageKeyIndex: [String: Int] = [:]
    private var touchpointKeyIndex: [String: Int] = [:]
    /// Keys named by cells before any block declared them, resolved when the map is built.
    private var unresolvedKeys: [String] = []
    /// Where in the file each stage's and touchpoint's key stands, parallel to `stages` and `touchpoints`.
    private var stageKeyRanges: [Range<Int>] = []
    private var touchpointKeyRanges: [Range<Int>] = []
    /// The stage and touchpoint of the last cell whose keys were declared before it, or -1: cells
    /// usually come stage by stage, touchpoint by touchpoint, so the next cell's keys are guessed
    /// from them and checked byte by byte before any string is made.
    private var lastCellStage = -1
    private var lastCellTouchpoint = -1
    private var extraBlocks: [ExtraBlock] = []

    /// The block that fields currently belong to.
    private var context: Context = .top
    /// The line on which each known field was first seen in the current block, or 0.
    private var seenOnLine = [Int](repeating: 0, count: FieldKey.allCases.count)
    /// A field whose value continues on `|` lines.
    private var pending: PendingValue?

    private enum Context {
        case top, stage(Int), touchpoint(Int), cell, extra(Int), skipped
    }

    private struct PendingStage {
        var key: String
        var header: FileLocation
        var name: String?
        var nameLocation: FileLocation?
        var goal: String?
        var extras: [ExtraField] = []
    }

    private struct PendingTouchpoint {
        var key: String
        var header: FileLocation
        var name: String?
        var nameLocation: FileLocation?
        var channel: String?
        var extras: [ExtraField] = []
    }

    /// A cell block: its stage and touchpoint as the index of the block declaring them, or, for a
    /// key not declared before the cell, `~n` for `unresolvedKeys[n]`.
    private struct PendingCell {
        var stage: Int
        var touchpoint: Int
        var line: Int
        var column: Int
        var cell = Cell()
    }

    private static let cellChunkSize = 4096

    private struct PendingValue {
        var key: FieldKey?
        var rawKey: String
        var location: FileLocation
        var text: [UInt8] = []
        var lines = 0
    }

    init(bytes: UnsafeBufferPointer<UInt8>, path: String) {
        self.bytes = bytes
        self.source = Source(bytes: bytes)
        self.path = path
    }

    // MARK: Driving

    mutating func read() throws(DiagnosticError) -> JourneyMap {
        var position = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
        if let bad = UTF8Validation.firstInvalidOffset(in: bytes) {
            let location = locationOfOffset(bad)
            throw DiagnosticError(
                String(format: "the file is not valid UTF-8: byte 0x%02X cannot stand here; save the file as UTF-8", bytes[bad]),
                at: location
            )
        }
        let count = bytes.count
        while position < count && !stopped {
            var end = position
            if let base = bytes.baseAddress, let found = memchr(base + position, 0x0A, count - position) {
                end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            } else {
                end = count
            }
            lineNumber += 1
            lineStart = position
            var contentEnd = end
            if contentEnd > position && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            readLine(from: position, to: contentEnd)
            position = end + 1
        }
        finishPending()
        storeCurrentCell()
        if !sawHeader && !stopped {
            report("the file is empty: expected 'journey \(JourneyFormat.version)' on the first line", line: 1, column: 1)
        }
        guard diagnostics.isEmpty else { throw DiagnosticError(diagnostics) }
        let map = build()
        guard diagnostics.isEmpty else {
            // In file order, with "too many problems" last when the list was cut short.
            var sorted = diagnostics
            let tooMany = stopped && sorted.count > JourneyFormat.maximumDiagnostics ? sorted.removeLast() : nil
            sorted.sort { $0.location < $1.location }
            if let tooMany { sorted.append(tooMany) }
            throw DiagnosticError(sorted)
        }
        return map
    }

    private mutating func readLine(from start: Int, to end: Int) {
        if lineNumber == 1 {
            readFormatLine(from: start, to: end)
            return
        }
        var first = start
        while first < end && (bytes[first] == 0x20 || bytes[first] == 0x09) { first += 1 }
        if first == end {
            finishPending()
            return
        }
        switch bytes[first] {
        case UInt8(ascii: "|"):
            readContinuation(from: first, to: end)
        case UInt8(ascii: "["):
            finishPending()
            readBlockHeader(from: first, to: end)
        case UInt8(ascii: "#"):
            finishPending()
            report(
                "a line may not start with '#': the format has no comments; put remarks in a note, or quote a value that starts with '#'",
                at: first)
        default:
            finishPending()
            readField(from: first, to: end)
        }
    }

    private mutating func readFormatLine(from start: Int, to end: Int) {
        sawHeader = true
        let expected = "journey \(JourneyFormat.version)"
        let trimmed = source.trimmedEnd(start, end)
        if trimmed - start == expected.utf8.count, source.string(from: start, to: trimmed) == expected { return }
        if let base = bytes.baseAddress, let found = memchr(base + start, 0x0D, end - start) {
            report(
                "a carriage return without a line feed: lines end with LF or CRLF, not with CR alone as in old Mac files; save the file with LF line ends",
                at: base.distance(to: found.assumingMemoryBound(to: UInt8.self)))
            stopped = true
            return
        }
        // "journey" and a version number, separated by spaces.
        var parts: [String] = []
        var index = start
        while index < trimmed && parts.count < 3 {
            while index < trimmed && bytes[index] == 0x20 { index += 1 }
            guard index < trimmed else { break }
            let partStart = index
            while index < trimmed && bytes[index] != 0x20 { index += 1 }
            parts.append(source.string(from: partStart, to: index))
        }
        if parts.count == 2, parts[0] == "journey", let version = Int(parts[1]) {
            if version > JourneyFormat.version {
                report(
                    "this file uses .journey format version \(version), written by a newer journey; this journey reads version \(JourneyFormat.version): please upgrade journey",
                    at: start)
            } else {
                report("unknown .journey format version \(JourneyReader.excerpt(parts[1])); expected '\(expected)'", at: start)
            }
        } else {
            report("this is not a .journey file: expected '\(expected)' on the first line", at: start)
        }
        stopped = true
    }

    // MARK: Blocks

    private mutating func readBlockHeader(from start: Int, to end: Int) {
        let close = source.trimmedEnd(start, end) - 1
        guard close > start, bytes[close] == UInt8(ascii: "]") else {
            report("a block header must end with ']', as in '[stage awareness]'", at: source.trimmedEnd(start, end))
            context = .skipped
            return
        }
        if let control = source.firstRawControl(from: start + 1, to: close) {
            report("a control character (\(source.controlName(at: control))) cannot stand in a block header", at: control)
            context = .skipped
            return
        }
        let location = location(at: start)
        // The words between the brackets: how many, and where the first three are.
        var wordCount = 0
        var kindWord = (start: 0, end: 0), secondWord = kindWord, thirdWord = kindWord
        var index = start + 1
        while index < close {
            while index < close && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
            guard index < close else { break }
            let wordStart = index
            while index < close && bytes[index] != 0x20 && bytes[index] != 0x09 { index += 1 }
            switch wordCount {
            case 0: kindWord = (wordStart, index)
            case 1: secondWord = (wordStart, index)
            case 2: thirdWord = (wordStart, index)
            default: break
            }
            wordCount += 1
        }
        resetSeenFields()
        storeCurrentCell()
        guard wordCount > 0 else {
            report("an empty block header: expected '[stage KEY]', '[touchpoint KEY]' or '[cell STAGE-KEY TOUCHPOINT-KEY]'", at: start)
            context = .skipped
            return
        }
        let kindText: String
        if source.equals("stage", from: kindWord.start, to: kindWord.end) {
            kindText = "stage"
        } else if source.equals("touchpoint", from: kindWord.start, to: kindWord.end) {
            kindText = "touchpoint"
        } else if source.equals("cell", from: kindWord.start, to: kindWord.end) {
            kindText = "cell"
        } else {
            kindText = source.string(from: kindWord.start, to: kindWord.end)
        }
        switch kindText {
        case "stage", "touchpoint":
            guard wordCount == 2 else {
                report("expected '[\(kindText) KEY]' with one key, such as '[\(kindText) \(kindText == "stage" ? "awareness" : "web-shop")]'", at: start)
                context = .skipped
                return
            }
            guard let key = readKey(secondWord, axis: kindText) else {
                context = .skipped
                return
            }
            if kindText == "stage" {
                if stageKeyIndex[key] == nil { stageKeyIndex[key] = stages.count }
                stageKeyRanges.append(secondWord.start..<secondWord.end)
                stages.append(PendingStage(key: key, header: location))
                context = .stage(stages.count - 1)
            } else {
                if touchpointKeyIndex[key] == nil { touchpointKeyIndex[key] = touchpoints.count }
                touchpointKeyRanges.append(secondWord.start..<secondWord.end)
                touchpoints.append(PendingTouchpoint(key: key, header: location))
                context = .touchpoint(touchpoints.count - 1)
            }
        case "cell":
            guard wordCount == 3 else {
                report("expected '[cell STAGE-KEY TOUCHPOINT-KEY]', such as '[cell awareness web-shop]'", at: start)
                context = .skipped
                return
            }
            // The usual case: the keys are the last cell's stage (or the next) and the touchpoint after the last cell's.
            var stage = -1
            var touchpoint = -1
            if lastCellStage >= 0, source.equals(stageKeyRanges[lastCellStage], from: secondWord.start, to: secondWord.end) {
                stage = lastCellStage
            } else if lastCellStage + 1 < stageKeyRanges.count, source.equals(stageKeyRanges[lastCellStage + 1], from: secondWord.start, to: secondWord.end) {
                stage = lastCellStage + 1
            }
            if stage >= 0 {
                if lastCellTouchpoint + 1 < touchpointKeyRanges.count, source.equals(touchpointKeyRanges[lastCellTouchpoint + 1], from: thirdWord.start, to: thirdWord.end) {
                    touchpoint = lastCellTouchpoint + 1
                } else if !touchpointKeyRanges.isEmpty, source.equals(touchpointKeyRanges[0], from: thirdWord.start, to: thirdWord.end) {
                    touchpoint = 0
                }
            }
            if stage < 0 || touchpoint < 0 {
                guard let stageKey = readKey(secondWord, axis: "stage"), let touchpointKey = readKey(thirdWord, axis: "touchpoint") else {
                    context = .skipped
                    return
                }
                stage = stageKeyIndex[stageKey] ?? unresolvedKey(stageKey)
                touchpoint = touchpointKeyIndex[touchpointKey] ?? unresolvedKey(touchpointKey)
            }
            if stage >= 0 && touchpoint >= 0 {
                lastCellStage = stage
                lastCellTouchpoint = touchpoint
            }
            currentCell = PendingCell(stage: stage, touchpoint: touchpoint, line: location.line, column: location.column)
            context = .cell
        default:
            guard source.isFieldKey(from: kindWord.start, to: kindWord.end) else {
                report("'\(JourneyReader.excerpt(kindText))' is not a block kind: expected 'stage', 'touchpoint' or 'cell' (other kinds are kept as they are, but must be a word of letters, digits and '-')", at: kindWord.start)
                context = .skipped
                return
            }
            extraBlocks.append(ExtraBlock(header: source.joinedWords(from: start + 1, to: close), fields: []))
            context = .extra(extraBlocks.count - 1)
        }
    }

    private mutating func unresolvedKey(_ key: String) -> Int {
        unresolvedKeys.append(key)
        return ~(unresolvedKeys.count - 1)
    }

    /// Moves the cell block just read, if any, to `cellChunks`.
    private mutating func storeCurrentCell() {
        guard let cell = currentCell.take() else { return }
        if cellChunks.isEmpty || cellChunks[cellChunks.count - 1].count == Self.cellChunkSize {
            var chunk: [PendingCell] = []
            chunk.reserveCapacity(Self.cellChunkSize)
            cellChunks.append(chunk)
        }
        cellChunks[cellChunks.count - 1].append(cell)
        cellCount += 1
    }

    private mutating func readKey(_ word: (start: Int, end: Int), axis: String) -> String? {
        guard source.isValidKey(from: word.start, to: word.end) else {
            report(
                "'\(JourneyReader.excerpt(source.string(from: word.start, to: word.end)))' is not a valid \(axis) key: use lowercase letters, digits, '-', '_' and '.', starting with a letter or digit (at most \(NameRules.maximumKeyLength))",
                at: word.start)
            return nil
        }
        return source.string(from: word.start, to: word.end)
    }

    private mutating func resetSeenFields() {
        for index in seenOnLine.indices { seenOnLine[index] = 0 }
    }

    // MARK: Fields

    private mutating func readField(from start: Int, to end: Int) {
        let colon = source.fieldKeyEnd(from: start, to: end)
        guard colon > start, colon < end, bytes[colon] == UInt8(ascii: ":"), Self.isFieldKeyStart(bytes[start]) else {
            if colon < end, TextSafety.rawControlLength(bytes, at: colon, end: end) > 0 {
                report("a control character (\(source.controlName(at: colon))) cannot stand in a field key; keys are letters, digits, '-' and '_'", at: colon)
                return
            }
            report(
                "expected a field such as 'note: Compares prices', a block header such as '[stage awareness]', or a '|' line continuing a value",
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
        guard let value = readValue(from: valueStart, to: valueEnd) else { return }
        assign(value, key: key, rawKey: { $0.string(from: start, to: colon) }, line: lineNumber, column: column)
    }

    /// Decodes a one-line value: quoted when it starts with `"`, otherwise as it stands.
    private mutating func readValue(from start: Int, to end: Int) -> String? {
        if bytes[start] == UInt8(ascii: "\"") {
            return readQuoted(from: start, to: end)
        }
        if let control = source.firstRawControl(from: start, to: end) {
            report("a control character (\(source.controlName(at: control))) cannot stand in a value; write it as an escape in a quoted value, such as \"\\t\" or \"\\u{1B}\"", at: control)
            return nil
        }
        return source.string(from: start, to: end)
    }

    private mutating func readQuoted(from start: Int, to end: Int) -> String? {
        guard end - start >= 2, bytes[end - 1] == UInt8(ascii: "\"") else {
            report("a value starting with '\"' is quoted and must end with '\"' at the end of the line; to start the text with a quotation mark, escape it: \"\\\"Only 3 left\\\" feels like a trick\"", at: end)
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
                    report("a '\\' at the end of a quoted value: write '\\\\' for a backslash", at: index)
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
                    report("unknown escape '\\\(source.string(from: index + 1, to: source.scalarEnd(after: index + 1, limit: close)))': use \\\\, \\\", \\n, \\r, \\t or \\u{HEX}", at: index)
                    return nil
                }
                copiedUpTo = index
                continue
            }
            if byte == UInt8(ascii: "\"") {
                report("a '\"' inside a quoted value must be written '\\\"' (a value starting with '\"' is quoted to its end)", at: index)
                return nil
            }
            let control = TextSafety.rawControlLength(bytes, at: index, end: close)
            if control > 0 {
                report("a control character (\(source.controlName(at: index))) cannot stand in a value; write it as an escape such as \\u{1B}", at: index)
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
    private mutating func readUnicodeEscape(at index: Int, limit: Int) -> (Unicode.Scalar, Int)? {
        var cursor = index + 2
        guard cursor < limit, bytes[cursor] == UInt8(ascii: "{") else {
            report("expected '{' after '\\u', as in \\u{1B}", at: index)
            return nil
        }
        cursor += 1
        var value: UInt32 = 0
        var digits = 0
        while cursor < limit, bytes[cursor] != UInt8(ascii: "}") {
            guard let digit = Self.hexValue(bytes[cursor]), digits < 6 else {
                report("expected 1 to 6 hexadecimal digits in \\u{…}", at: cursor)
                return nil
            }
            value = value * 16 + UInt32(digit)
            digits += 1
            cursor += 1
        }
        guard cursor < limit, digits > 0 else {
            report("expected hexadecimal digits and '}' in \\u{…}", at: index)
            return nil
        }
        guard let scalar = Unicode.Scalar(value) else {
            report(String(format: "\\u{%X} is not a Unicode scalar value (surrogates and values above 10FFFF are not)", value), at: index)
            return nil
        }
        return (scalar, cursor + 1 - index)
    }

    private mutating func readContinuation(from bar: Int, to end: Int) {
        guard pending != nil else {
            report("a '|' line must follow a field whose value starts on the next line, such as 'note:'", at: bar)
            return
        }
        var textStart = bar + 1
        if textStart < end && bytes[textStart] == 0x20 { textStart += 1 }
        let textEnd = max(textStart, source.trimmedEnd(textStart, end))
        if let control = source.firstRawControl(from: textStart, to: textEnd) {
            report("a control character (\(source.controlName(at: control))) cannot stand in a value; use a quoted value with escapes instead", at: control)
            pending = nil
            return
        }
        if pending?.lines ?? 0 > 0 { pending?.text.append(0x0A) }
        pending?.text.append(contentsOf: bytes[textStart..<textEnd])
        pending?.lines += 1
    }

    private mutating func finishPending() {
        guard let value = pending else { return }
        pending = nil
        let text = String(decoding: value.text, as: UTF8.self)
        assign(text, key: value.key, rawKey: { _ in value.rawKey }, line: value.location.line, column: value.location.column)
    }

    /// Puts a decoded value where the current block wants it.
    private mutating func assign(_ value: String, key: FieldKey?, rawKey: (Source) -> String, line: Int, column: Int) {
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
                report("'\(key.spelling)' appears twice in this block (first on line \(first)); keep one", at: FileLocation(path: path, line: line, column: column))
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
                report("unknown map kind '\(JourneyReader.excerpt(value))': expected one of \(JourneyKind.allSpellings)", at: FileLocation(path: path, line: line, column: column))
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
                report("emotion must be a whole number from -2 to +2, found '\(JourneyReader.excerpt(value))'", at: FileLocation(path: path, line: line, column: column))
                return
            }
            currentCell?.cell.emotion = emotion
        case (.cell, .feeling): currentCell?.cell.feeling = value
        case (.cell, .pain): currentCell?.cell.painPoints.append(value)
        case (.cell, .opportunity): currentCell?.cell.opportunities.append(value)
        default:
            report("'\(key.spelling)' does not belong here: it goes \(key.home)", at: FileLocation(path: path, line: line, column: column))
        }
    }

    // MARK: Building the map

    private mutating func build() -> JourneyMap {
        var map = JourneyMap(
            title: title ?? "", persona: persona, scenario: scenario, kind: kind,
            extraFields: topExtras, extraBlocks: extraBlocks)
        var stageLines: [String: Int] = [:]
        // Once there are too many problems the map is not returned, so building it can stop.
        for stage in stages where !stopped {
            guard let name = stage.name, let nameLocation = stage.nameLocation else {
                report("stage '\(stage.key)' has no name: add a line such as 'name: Awareness'", at: stage.header)
                continue
            }
            // A repeated key is found here, before the map throws for it, which is costly when repeated a million times.
            if let first = stageLines[stage.key] {
                report("a second stage with the key '\(stage.key)' (first on line \(first)); keys must be unique", at: stage.header)
                continue
            }
            do {
                try map.appendStage(named: name, goal: stage.goal, key: stage.key, extraFields: stage.extras)
                stageLines[stage.key] = stage.header.line
            } catch {
                switch error {
                case .duplicateKey:
                    report("a second stage with the key '\(stage.key)' (first on line \(stageLines[stage.key] ?? 0)); keys must be unique", at: stage.header)
                case .emptyName:
                    report("a stage name must not be empty", at: nameLocation)
                case .duplicateName:
                    report("there is already a stage named '\(JourneyReader.excerpt(name.trimmingWhitespace()))' (names are compared ignoring case and surrounding spaces)", at: nameLocation)
                case .invalidKey:
                    report(error.description, at: stage.header)
                }
            }
        }
        var touchpointLines: [String: Int] = [:]
        for touchpoint in touchpoints where !stopped {
            guard let name = touchpoint.name, let nameLocation = touchpoint.nameLocation else {
                report("touchpoint '\(touchpoint.key)' has no name: add a line such as 'name: Web shop'", at: touchpoint.header)
                continue
            }
            if let first = touchpointLines[touchpoint.key] {
                report("a second touchpoint with the key '\(touchpoint.key)' (first on line \(first)); keys must be unique", at: touchpoint.header)
                continue
            }
            do {
                try map.appendTouchpoint(named: name, channel: touchpoint.channel, key: touchpoint.key, extraFields: touchpoint.extras)
                touchpointLines[touchpoint.key] = touchpoint.header.line
            } catch {
                switch error {
                case .duplicateKey:
                    report("a second touchpoint with the key '\(touchpoint.key)' (first on line \(touchpointLines[touchpoint.key] ?? 0)); keys must be unique", at: touchpoint.header)
                case .emptyName:
                    report("a touchpoint name must not be empty", at: nameLocation)
                case .duplicateName:
                    report("there is already a touchpoint named '\(JourneyReader.excerpt(name.trimmingWhitespace()))' (names are compared ignoring case and surrounding spaces)", at: nameLocation)
                case .invalidKey:
                    report(error.description, at: touchpoint.header)
                }
            }
        }
        guard diagnostics.isEmpty else { return map }

        // Every stage and touchpoint block is now in the map, at the same index as in `stages` and `touchpoints`.
        let stageCount = map.stages.count
        let touchpointCount = map.touchpoints.count
        var stageIndex: [String: Int] = [:]
        var touchpointIndex: [String: Int] = [:]
        if !unresolvedKeys.isEmpty {
            stageIndex.reserveCapacity(stageCount)
            for (index, stage) in map.stages.enumerated() { stageIndex[stage.key] = index }
            touchpointIndex.reserveCapacity(touchpointCount)
            for (index, touchpoint) in map.touchpoints.enumerated() { touchpointIndex[touchpoint.key] = index }
        }
        // The line of each cell seen, by slot: a flat table when it is not too sparse, else a dictionary.
        let slotCount = stageCount.multipliedReportingOverflow(by: touchpointCount)
        let useTable = !slotCount.overflow && slotCount.partialValue <= max(1 << 20, cellCount * 4) && lineNumber < Int(UInt32.max)
        var seenTable = [UInt32](repeating: 0, count: useTable ? slotCount.partialValue : 0)
        var seenCells: [Int: Int] = [:]
        if !useTable { seenCells.reserveCapacity(cellCount) }
        for chunkIndex in cellChunks.indices where !stopped {
            let chunk = cellChunks[chunkIndex]
            cellChunks[chunkIndex] = []
            for pendingCell in chunk where !stopped {
                let header = FileLocation(path: path, line: pendingCell.line, column: pendingCell.column)
                var stage = pendingCell.stage
                if stage < 0 {
                    let key = unresolvedKeys[~stage]
                    guard let found = stageIndex[key] else {
                        report("this cell names the stage '\(key)', but no [stage \(key)] block defines it", at: header)
                        continue
                    }
                    stage = found
                }
                var touchpoint = pendingCell.touchpoint
                if touchpoint < 0 {
                    let key = unresolvedKeys[~touchpoint]
                    guard let found = touchpointIndex[key] else {
                        report("this cell names the touchpoint '\(key)', but no [touchpoint \(key)] block defines it", at: header)
                        continue
                    }
                    touchpoint = found
                }
                let slot = touchpoint * stageCount + stage
                let first: Int?
                if useTable {
                    let seen = seenTable[slot]
                    first = seen == 0 ? nil : Int(seen)
                    if seen == 0 { seenTable[slot] = UInt32(pendingCell.line) }
                } else {
                    first = seenCells.updateValue(pendingCell.line, forKey: slot)
                }
                if let first {
                    report("a second block for the cell '\(map.stages[stage].key) \(map.touchpoints[touchpoint].key)' (first on line \(first)); each cell appears once", at: header)
                    continue
                }
                map.setCell(pendingCell.cell, stage: stage, touchpoint: touchpoint)
            }
        }
        cellChunks = []
        return map
    }

    // MARK: Helpers

    /// Text from the file as a message quotes it: at most 40 characters, then `…`, so that a
    /// huge value or key cannot make a huge message.
    static func excerpt(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let cut = scalars.index(scalars.startIndex, offsetBy: 40, limitedBy: scalars.endIndex), cut != scalars.endIndex else {
            return text
        }
        return String(scalars[..<cut]) + "…"
    }

    static func isFieldKeyStart(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }

    static func isFieldKeyByte(_ byte: UInt8) -> Bool {
        isFieldKeyStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }

    // MARK: Locations and problems

    /// The location of a byte offset on the current line.
    ///
    /// `mutating` only so that it borrows the reader: a non-mutating call from the reader's
    /// mutating methods copies the whole reader in unoptimised builds.
    private mutating func location(at offset: Int) -> FileLocation {
        FileLocation(path: path, line: lineNumber, column: source.column(of: offset, lineStart: lineStart))
    }

    /// The location of any byte offset in the file, counting lines from the start (used once, for bad UTF-8).
    private func locationOfOffset(_ offset: Int) -> FileLocation {
        var line = 1
        var start = 0
        for index in 0..<offset where bytes[index] == 0x0A {
            line += 1
            start = index + 1
        }
        var column = 1
        var index = start
        if start == 0, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return FileLocation(path: path, line: line, column: column)
    }

    private mutating func report(_ message: String, at offset: Int) {
        guard !stopped else { return }
        report(message, location: location(at: offset))
    }

    private mutating func report(_ message: String, at location: FileLocation) {
        report(message, location: location)
    }

    private mutating func report(_ message: String, line: Int, column: Int) {
        report(message, location: FileLocation(path: path, line: line, column: column))
    }

    private mutating func report(_ message: String, location: FileLocation) {
        guard !stopped else { return }
        if diagnostics.count >= JourneyFormat.maximumDiagnostics {
            diagnostics.append(Diagnostic("too many problems; stopping here", at: location))
            stopped = true
            return
        }
        diagnostics.append(Diagnostic(message, at: location))
    }
}

/// The bytes being read, with the helpers that only look at them.
///
/// Kept apart from ``JourneyReader``'s state so that calling a helper passes two words: a
/// non-mutating method of the reader, called from its mutating methods, would copy the whole
/// reader (retaining every array in it) in unoptimised builds.
private struct Source {
    let bytes: UnsafeBufferPointer<UInt8>

    func string(from start: Int, to end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The end of the character starting at `index`, not beyond `limit`.
    func scalarEnd(after index: Int, limit: Int) -> Int {
        var end = min(index + 1, limit)
        while end < limit && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return end
    }

    /// `end`, moved back over spaces and tabs, not before `start`.
    func trimmedEnd(_ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        return end
    }

    /// Moves from `start` past bytes that cannot begin a raw control character (nor, when `quoted`,
    /// be a `"` or a `\\`), eight at a time where it can; returns the first byte that needs a
    /// closer look, or `end`.
    @inline(__always)
    func skipPlain(from start: Int, to end: Int, quoted: Bool) -> Int {
        var index = start
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            // A byte below 0x20, DEL, 0xC2 (the lead byte of C1 controls), and for quoted text '"' and '\\'.
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            @inline(__always) func hasByte(_ word: UInt64, _ byte: UInt64) -> Bool {
                let match = word ^ (ones &* byte)
                return (match &- ones) & ~match & highs != 0
            }
            while index + 8 <= end {
                let word = (base + index).loadUnaligned(as: UInt64.self)
                if (word &- ones &* 0x20) & ~word & highs != 0 || hasByte(word, 0x7F) || hasByte(word, 0xC2) { break }
                if quoted && (hasByte(word, 0x22) || hasByte(word, 0x5C)) { break }
                index += 8
            }
        }
        while index < end {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F || byte == 0xC2 || (quoted && (byte == 0x22 || byte == 0x5C)) { break }
            index += 1
        }
        return index
    }

    /// The offset of the first raw control character in `start..<end` (see ``TextSafety/rawControlLength(_:at:end:)``).
    func firstRawControl(from start: Int, to end: Int) -> Int? {
        var index = start
        while index < end {
            index = skipPlain(from: index, to: end, quoted: false)
            guard index < end else { break }
            if TextSafety.rawControlLength(bytes, at: index, end: end) > 0 { return index }
            index += 1
        }
        return nil
    }

    /// Whether `start..<end` is a valid stage or touchpoint key, as ``NameRules/isValidKey(_:)`` says.
    func isValidKey(from start: Int, to end: Int) -> Bool {
        guard start < end, end - start <= NameRules.maximumKeyLength, NameRules.isKeyStart(bytes[start]) else { return false }
        for index in start + 1..<end where !NameRules.isKeyByte(bytes[index]) { return false }
        return true
    }

    /// A readable name for the control character at `index`.
    func controlName(at index: Int) -> String {
        let byte = bytes[index]
        if byte == 0xC2, index + 1 < bytes.count { return String(format: "U+%04X", Int(bytes[index + 1])) }
        switch byte {
        case 0x00: return "NUL"
        case 0x1B: return "ESC"
        case 0x07: return "BEL"
        case 0x0D: return "carriage return"
        case 0x7F: return "DEL"
        default: return String(format: "U+%04X", Int(byte))
        }
    }

    /// Whether the bytes of `start..<end` are those of `literal`.
    func equals(_ literal: StaticString, from start: Int, to end: Int) -> Bool {
        guard literal.utf8CodeUnitCount == end - start else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<(end - start) where pointer[offset] != bytes[start + offset] { return false }
        return true
    }

    /// Whether the bytes of `start..<end` are those of `other`.
    @inline(__always)
    func equals(_ other: Range<Int>, from start: Int, to end: Int) -> Bool {
        guard other.count == end - start else { return false }
        guard let base = bytes.baseAddress, start != end else { return true }
        return memcmp(base + other.lowerBound, base + start, end - start) == 0
    }

    /// The words of `start..<end` (separated by spaces and tabs) joined by single spaces.
    func joinedWords(from start: Int, to end: Int) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(end - start)
        var index = start
        while index < end {
            while index < end && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
            guard index < end else { break }
            if !text.isEmpty { text.append(0x20) }
            let wordStart = index
            while index < end && bytes[index] != 0x20 && bytes[index] != 0x09 { index += 1 }
            text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[wordStart..<index]))
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The end of the run of field key bytes (ASCII letters, digits, `-`, `_`) starting at `start`.
    func fieldKeyEnd(from start: Int, to end: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var index = start
        while index < end {
            // Inline rather than a call per byte, which unoptimised builds make slow on long lines.
            let byte = base[index]
            let lower = byte | 0x20
            guard (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F else { break }
            index += 1
        }
        return index
    }

    func isFieldKey(from start: Int, to end: Int) -> Bool {
        guard start < end, JourneyReader.isFieldKeyStart(bytes[start]) else { return false }
        for index in start + 1..<end where !JourneyReader.isFieldKeyByte(bytes[index]) { return false }
        return true
    }

    /// The column of `offset` on the line starting at `lineStart`: one more than the characters
    /// before it, counting every byte that is not a UTF-8 continuation byte.
    func column(of offset: Int, lineStart: Int) -> Int {
        var column = 1
        var index = lineStart
        let end = min(offset, bytes.count)
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            let highs: UInt64 = 0x8080_8080_8080_8080
            while index + 8 <= end {
                let word = (base + index).loadUnaligned(as: UInt64.self)
                column += 8 - (word & highs & ~(word << 1)).nonzeroBitCount
                index += 8
            }
        }
        while index < end {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return column
    }
}
