/// Reads JSON text (RFC 8259) into a tree of ``JSONValue``s that remember where each value starts.
///
/// The reader is strict: it accepts exactly the JSON grammar (and a leading UTF-8 byte order mark),
/// and stops at the first syntax error with a message that says what was expected, where, and on
/// which path of the document. It works in time linear in the input and refuses nesting deeper
/// than ``maximumDepth``, so that no input can make it hang or overflow the stack. The input must
/// already be checked to be valid UTF-8.
struct JSONReader {
    /// The deepest nesting of objects and arrays accepted.
    static let maximumDepth = 64

    /// A syntax error: what is wrong, where, and the path of the value being read.
    struct Failure: Error {
        var message: JSONReaderStrings
        var position: JSONPosition
        var path: String
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index: Int
    private var line = 1
    private var lineStart: Int
    /// A byte offset on the current line whose column is known, so that columns cost linear time overall.
    private var knownOffset: Int
    private var knownColumn = 1
    private var depth = 0
    private var path: [JSONPath.Component] = []

    /// Creates a reader over UTF-8 `bytes`, skipping a byte order mark.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        let start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        index = start
        lineStart = start
        knownOffset = start
    }

    /// Reads the single value that the document must consist of.
    mutating func readDocument() throws(Failure) -> JSONValue {
        skipWhitespace()
        guard index < bytes.count else {
            throw failure(
                .emptyInput,
                at: index)
        }
        let value = try readValue()
        skipWhitespace()
        if index < bytes.count {
            throw failure(
                .trailingContent(describeCharacter(at: index)),
                at: index)
        }
        return value
    }

    // MARK: Values

    private mutating func readValue() throws(Failure) -> JSONValue {
        guard index < bytes.count else {
            throw failure(.endsWhereValueExpected, at: index)
        }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            return try readObject()
        case UInt8(ascii: "["):
            return try readArray()
        case UInt8(ascii: "\""):
            let position = position(at: index)
            return JSONValue(content: .string(try readString()), position: position)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try readNumber()
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            return try readLiteral()
        default:
            throw unexpectedValue()
        }
    }

    private mutating func readObject() throws(Failure) -> JSONValue {
        let start = try enterContainer()
        index += 1
        var members: [JSONMember] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return JSONValue(content: .object(members), position: start)
        }
        while true {
            guard index < bytes.count else { throw unclosed(.object, opened: start, expecting: .key) }
            guard bytes[index] == UInt8(ascii: "\"") else {
                if bytes[index] == UInt8(ascii: "'") {
                    throw failure(.singleQuotedKey, at: index)
                }
                throw failure(.expectedKey(describeCharacter(at: index)), at: index)
            }
            let keyPosition = position(at: index)
            let key = try readString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                if index >= bytes.count { throw unclosed(.object, opened: start, expecting: .colon) }
                throw failure(
                    .expectedColon(key: JSONTextWriter.escapedContent(JSONValue.shortened(key, limit: 40)), found: describeCharacter(at: index)),
                    at: index)
            }
            index += 1
            skipWhitespace()
            path.append(.key(key))
            let value = try readValue()
            path.removeLast()
            members.append(JSONMember(key: key, keyPosition: keyPosition, value: value))
            skipWhitespace()
            guard index < bytes.count else { throw unclosed(.object, opened: start, expecting: .commaOrBrace) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "}") {
                index += 1
                break
            }
            guard byte == UInt8(ascii: ",") else {
                throw failure(.expectedCommaOrBrace(describeCharacter(at: index)), at: index)
            }
            let comma = position(at: index)
            index += 1
            skipWhitespace()
            if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
                throw failure(.trailingCommaInObject, at: comma)
            }
        }
        depth -= 1
        return JSONValue(content: .object(members), position: start)
    }

    private mutating func readArray() throws(Failure) -> JSONValue {
        let start = try enterContainer()
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return JSONValue(content: .array(elements), position: start)
        }
        while true {
            guard index < bytes.count else { throw unclosed(.array, opened: start, expecting: .value) }
            path.append(.index(elements.count))
            elements.append(try readValue())
            path.removeLast()
            skipWhitespace()
            guard index < bytes.count else { throw unclosed(.array, opened: start, expecting: .commaOrBracket) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "]") {
                index += 1
                break
            }
            guard byte == UInt8(ascii: ",") else {
                throw failure(.expectedCommaOrBracket(describeCharacter(at: index)), at: index)
            }
            let comma = position(at: index)
            index += 1
            skipWhitespace()
            if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
                throw failure(.trailingCommaInArray, at: comma)
            }
        }
        depth -= 1
        return JSONValue(content: .array(elements), position: start)
    }

    /// Counts one more level of nesting at the bracket under `index`, refusing too deep a document.
    private mutating func enterContainer() throws(Failure) -> JSONPosition {
        depth += 1
        if depth > JSONReader.maximumDepth {
            throw failure(.tooDeep(JSONReader.maximumDepth), at: index)
        }
        return position(at: index)
    }

    private mutating func readLiteral() throws(Failure) -> JSONValue {
        let position = position(at: index)
        if matches("true") { return JSONValue(content: .bool(true), position: position) }
        if matches("false") { return JSONValue(content: .bool(false), position: position) }
        if matches("null") { return JSONValue(content: .null, position: position) }
        throw unexpectedValue()
    }

    /// Consumes `literal` when the input continues with it and no further letter or digit follows.
    private mutating func matches(_ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<length where bytes[index + offset] != pointer[offset] { return false }
        if index + length < bytes.count && isWordByte(bytes[index + length]) { return false }
        index += length
        return true
    }

    private mutating func readNumber() throws(Failure) -> JSONValue {
        let start = index
        let position = position(at: index)
        if bytes[index] == UInt8(ascii: "-") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw failure(.digitAfterMinus, at: index)
            }
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count && isDigit(bytes[index]) {
                throw failure(.leadingZero, at: start)
            }
        } else {
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw failure(.digitAfterPoint, at: index)
            }
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw failure(.digitInExponent, at: index)
            }
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        return JSONValue(content: .number(text), position: position)
    }

    // MARK: Strings

    /// Reads a string at its opening quote and returns its text with the escapes resolved.
    private mutating func readString() throws(Failure) -> String {
        let quote = index
        index += 1
        var decoded: [UInt8] = []
        var runStart = index
        let count = bytes.count
        while true {
            skipPlainStringBytes()
            guard index < count else {
                throw failure(.unclosedString, at: quote)
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                try readEscape(into: &decoded)
                runStart = index
                continue
            }
            // A control character.
            if byte == 0x0A || byte == 0x0D {
                throw failure(
                    .lineBreakInString,
                    at: quote)
            }
            if byte == 0x09 {
                throw failure(.rawTab, at: index)
            }
            throw failure(
                .rawControl(ControlCharacter(UInt32(byte))),
                at: index)
        }
        let end = index
        index += 1
        if decoded.isEmpty && runStart == quote + 1 {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<end]), as: UTF8.self)
        }
        decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end]))
        return String(decoding: decoded, as: UTF8.self)
    }

    /// Moves `index` past bytes that stand for themselves in a string, eight at a time where it can.
    private mutating func skipPlainStringBytes() {
        let count = bytes.count
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index + 8 <= count {
                let word = (base + index).loadUnaligned(as: UInt64.self)
                if JSONReader.hasSpecialStringByte(word) { break }
                index += 8
            }
        }
        while index < count {
            let byte = bytes[index]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 { return }
            index += 1
        }
    }

    /// Whether any of the eight bytes in `word` is `"`, `\` or a control character below 0x20.
    @inline(__always)
    private static func hasSpecialStringByte(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let quote = hasZeroByte(word ^ (ones &* 0x22))
        let backslash = hasZeroByte(word ^ (ones &* 0x5C))
        // A byte below 0x20: subtracting 0x20 borrows into its high bit (only bytes without the high bit count).
        let control = (word &- (ones &* 0x20)) & ~word & highs != 0
        return quote || backslash || control
    }

    /// Reads one escape at the backslash under `index` and appends the UTF-8 of what it stands for.
    private mutating func readEscape(into output: inout [UInt8]) throws(Failure) {
        let backslash = index
        guard index + 1 < bytes.count else {
            throw failure(.endsWithBackslash, at: backslash)
        }
        let escape = bytes[index + 1]
        switch escape {
        case UInt8(ascii: "\""): output.append(0x22)
        case UInt8(ascii: "\\"): output.append(0x5C)
        case UInt8(ascii: "/"): output.append(0x2F)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            index += 2
            let first = try readHex4(escapeAt: backslash)
            var scalarValue = first
            if first >= 0xD800 && first <= 0xDBFF {
                let lowStart = index
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw failure(
                        .loneHighSurrogate(JSONReader.hex4(first)),
                        at: backslash)
                }
                index += 2
                let second = try readHex4(escapeAt: lowStart)
                guard second >= 0xDC00 && second <= 0xDFFF else {
                    throw failure(
                        .surrogateNotPaired(JSONReader.hex4(first), second: JSONReader.hex4(second)),
                        at: backslash)
                }
                scalarValue = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            } else if first >= 0xDC00 && first <= 0xDFFF {
                throw failure(
                    .loneLowSurrogate(JSONReader.hex4(first)),
                    at: backslash)
            }
            guard let scalar = Unicode.Scalar(scalarValue) else {
                throw failure(.notACharacter(JSONReader.hex4(first)), at: backslash)
            }
            output.append(contentsOf: String(Character(scalar)).utf8)
            return
        default:
            throw failure(
                .unknownEscape(escapedCharacter(at: index + 1)),
                at: backslash)
        }
        index += 2
    }

    /// Reads four hexadecimal digits at `index`.
    private mutating func readHex4(escapeAt backslash: Int) throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = JSONReader.hexValue(bytes[index]) else {
                throw failure(.expectedFourHexDigits, at: backslash)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    // MARK: Whitespace and positions

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D:
                index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default:
                return
            }
        }
    }

    /// The line and column of a byte offset on the current line.
    private mutating func position(at offset: Int) -> JSONPosition {
        if knownOffset < lineStart || offset < knownOffset {
            knownOffset = lineStart
            knownColumn = 1
        }
        var column = knownColumn
        var cursor = knownOffset
        let end = min(offset, bytes.count)
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            // Eight bytes at a time: every byte but a continuation byte (10xxxxxx) starts a scalar.
            let highs: UInt64 = 0x8080_8080_8080_8080
            while cursor + 8 <= end {
                let word = (base + cursor).loadUnaligned(as: UInt64.self)
                let continuations = word & highs & ~(word << 1)
                column += 8 - continuations.nonzeroBitCount
                cursor += 8
            }
        }
        while cursor < end {
            if bytes[cursor] & 0xC0 != 0x80 { column += 1 }
            cursor += 1
        }
        knownOffset = end
        knownColumn = column
        return JSONPosition(line: line, column: column)
    }

    // MARK: Messages

    private mutating func failure(_ message: JSONReaderStrings, at offset: Int) -> Failure {
        failure(message, at: position(at: offset))
    }

    private func failure(_ message: JSONReaderStrings, at position: JSONPosition) -> Failure {
        Failure(message: message, position: position, path: JSONPath.render(path))
    }

    private mutating func unclosed(_ what: JSONContainer, opened: JSONPosition, expecting: JSONExpectation) -> Failure {
        Failure(
            message: .unclosed(what, line: opened.line, column: opened.column, expecting: expecting),
            position: position(at: bytes.count),
            path: JSONPath.render(path))
    }

    /// The failure for a character that cannot start a value.
    private mutating func unexpectedValue() -> Failure {
        let byte = bytes[index]
        if byte == UInt8(ascii: "'") {
            return failure(.singleQuotedString, at: index)
        }
        if byte == UInt8(ascii: "/") {
            return failure(.noComments, at: index)
        }
        if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
            return failure(.expectedValue(describeCharacter(at: index)), at: index)
        }
        if isWordByte(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") {
            var end = index + 1
            while end < bytes.count && end - index < 24 && (isWordByte(bytes[end]) || bytes[end] == UInt8(ascii: ".")) { end += 1 }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
            return failure(
                .notAValue(word),
                at: index)
        }
        return failure(
            .expectedAnyValue(describeCharacter(at: index)),
            at: index)
    }

    /// Names the character at `offset` safely for a message: `'x'`, `'é' (U+00E9)`, `ESC (U+001B)`, `U+202E`.
    private func describeCharacter(at offset: Int) -> JSONFound {
        guard offset < bytes.count else { return .endOfInput }
        let byte = bytes[offset]
        if byte < 0x80 {
            if byte < 0x20 || byte == 0x7F {
                return .control(ControlCharacter(UInt32(byte)))
            }
            return .character(String(Character(Unicode.Scalar(byte))), code: nil)
        }
        let scalar = scalar(at: offset)
        let code = "U+" + JSONReader.hex4(scalar.value).uppercased()
        if TextSafety.mustEscape(scalar) || scalar.properties.generalCategory == .format
            || scalar.properties.isWhitespace
        {
            return .codePoint(code)
        }
        return .character(String(Character(scalar)), code: code)
    }

    /// The character after a backslash, safe to show.
    private func escapedCharacter(at offset: Int) -> JSONEscapedCharacter {
        let byte = bytes[offset]
        if byte >= 0x20 && byte < 0x7F { return .shown(String(Character(Unicode.Scalar(byte)))) }
        if byte < 0x80 { return .control(ControlCharacter(UInt32(byte))) }
        let scalar = scalar(at: offset)
        if TextSafety.mustEscape(scalar) { return .shown("U+" + JSONReader.hex4(scalar.value).uppercased()) }
        return .shown(String(Character(scalar)))
    }

    /// Decodes the scalar whose UTF-8 starts at `offset` (the input is valid UTF-8).
    private func scalar(at offset: Int) -> Unicode.Scalar {
        let lead = bytes[offset]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        let end = min(offset + length, bytes.count)
        var decoder = UTF8()
        var iterator = UnsafeBufferPointer(rebasing: bytes[offset..<end]).makeIterator()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return Unicode.Scalar(0xFFFD) ?? "?"
    }

    /// Four hexadecimal digits, lowercase: `001b`.
    static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
    }
}
