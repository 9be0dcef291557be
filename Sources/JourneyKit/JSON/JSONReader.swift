/// Reads JSON text (RFC 8259) into a tree of ``JSONValue``s that remember where each value starts.
///
/// The reader is strict: it accepts exactly the JSON grammar (and a leading UTF-8 byte order mark),
/// and stops at the first syntax error with a message that says what was expected, where, and on
/// which path of the document. It works in time linear in the input and refuses nesting deeper
/// than ``maximumDepth``, so that no input can make it hang or overflow the stack. The input must
/// already be checked to be valid UTF-8.
///
/// This file reads objects and arrays; the other jobs live beside it: `JSONReader+Strings`
/// (strings and escapes), `JSONReader+Literals` (numbers, `true`, `false`, `null`),
/// `JSONReader+Positions` (white space, lines and columns) and `JSONReader+Failures` (the errors
/// and how they name a character).
struct JSONReader {
    /// The deepest nesting of objects and arrays accepted.
    static let maximumDepth = 64

    /// A syntax error: what is wrong, where, and the path of the value being read.
    struct Failure: Error {
        var message: JSONReaderStrings
        var position: JSONPosition
        var path: String
    }

    // The reading state, shared with the extensions in the files beside this one; only
    // `readDocument()` is meant to be called from outside the reader.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte to read.
    var index: Int
    var line = 1
    var lineStart: Int
    /// A byte offset on the current line whose column is known, so that columns cost linear time overall.
    var knownOffset: Int
    var knownColumn = 1
    var depth = 0
    var path: [JSONPath.Component] = []

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

    mutating func readValue() throws(Failure) -> JSONValue {
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

    mutating func readObject() throws(Failure) -> JSONValue {
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

    mutating func readArray() throws(Failure) -> JSONValue {
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
    mutating func enterContainer() throws(Failure) -> JSONPosition {
        depth += 1
        if depth > JSONReader.maximumDepth {
            throw failure(.tooDeep(JSONReader.maximumDepth), at: index)
        }
        return position(at: index)
    }
}
