/// Reading strings: the run of plain bytes, the escapes (`\n`, `\u00e9`, surrogate pairs), and the
/// control characters that may not stand raw inside one.
extension JSONReader {
    // MARK: Strings

    /// Reads a string at its opening quote and returns its text with the escapes resolved.
    mutating func readString() throws(Failure) -> String {
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
    mutating func skipPlainStringBytes() {
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
    static func hasSpecialStringByte(_ word: UInt64) -> Bool {
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
    mutating func readEscape(into output: inout [UInt8]) throws(Failure) {
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
    mutating func readHex4(escapeAt backslash: Int) throws(Failure) -> UInt32 {
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

    /// Four hexadecimal digits, lowercase: `001b`.
    static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
