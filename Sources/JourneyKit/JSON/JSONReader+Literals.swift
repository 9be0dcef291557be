/// Reading the values written as a word or a number: `true`, `false`, `null`, `-12.5e3`.
extension JSONReader {
    // MARK: Literals and numbers

    mutating func readLiteral() throws(Failure) -> JSONValue {
        let position = position(at: index)
        if matches("true") { return JSONValue(content: .bool(true), position: position) }
        if matches("false") { return JSONValue(content: .bool(false), position: position) }
        if matches("null") { return JSONValue(content: .null, position: position) }
        throw unexpectedValue()
    }

    /// Consumes `literal` when the input continues with it and no further letter or digit follows.
    mutating func matches(_ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<length where bytes[index + offset] != pointer[offset] { return false }
        if index + length < bytes.count && isWordByte(bytes[index + length]) { return false }
        index += length
        return true
    }

    mutating func readNumber() throws(Failure) -> JSONValue {
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

    func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
    }
}
