/// The failures the reader throws: the message, where it is, and the path of the value being read;
/// and the characters a message names, shown safely.
extension JSONReader {
    // MARK: Messages

    mutating func failure(_ message: JSONReaderStrings, at offset: Int) -> Failure {
        failure(message, at: position(at: offset))
    }

    func failure(_ message: JSONReaderStrings, at position: JSONPosition) -> Failure {
        Failure(message: message, position: position, path: JSONPath.render(path))
    }

    mutating func unclosed(_ what: JSONContainer, opened: JSONPosition, expecting: JSONExpectation) -> Failure {
        Failure(
            message: .unclosed(what, line: opened.line, column: opened.column, expecting: expecting),
            position: position(at: bytes.count),
            path: JSONPath.render(path))
    }

    /// The failure for a character that cannot start a value.
    mutating func unexpectedValue() -> Failure {
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
    func describeCharacter(at offset: Int) -> JSONFound {
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
    func escapedCharacter(at offset: Int) -> JSONEscapedCharacter {
        let byte = bytes[offset]
        if byte >= 0x20 && byte < 0x7F { return .shown(String(Character(Unicode.Scalar(byte)))) }
        if byte < 0x80 { return .control(ControlCharacter(UInt32(byte))) }
        let scalar = scalar(at: offset)
        if TextSafety.mustEscape(scalar) { return .shown("U+" + JSONReader.hex4(scalar.value).uppercased()) }
        return .shown(String(Character(scalar)))
    }

    /// Decodes the scalar whose UTF-8 starts at `offset` (the input is valid UTF-8).
    func scalar(at offset: Int) -> Unicode.Scalar {
        let lead = bytes[offset]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        let end = min(offset + length, bytes.count)
        var decoder = UTF8()
        var iterator = UnsafeBufferPointer(rebasing: bytes[offset..<end]).makeIterator()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return Unicode.Scalar(0xFFFD) ?? "?"
    }
}
