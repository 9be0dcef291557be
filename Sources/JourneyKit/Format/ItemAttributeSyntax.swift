/// The attribute bracket that may end an item's line in a `.journey` file, as in
/// `pain: Pide crear cuenta  [votes 4]`: recognising it, shared by the reader and the writer so
/// that the writer knows when an item's text must be quoted to read back as itself.
///
/// ```
/// bracket = "[" *WSP attribute *( *WSP "," *WSP attribute ) *WSP "]"
/// attribute = name 1*WSP ( quoted / word )
/// name = %x61-7A *( %x61-7A / DIGIT / "-" )
/// word = 1*( any character but white space, control characters, "," "[" "]" DQUOTE )
/// ```
///
/// After bare text, a bracket counts only when a space or tab stands before it, it ends the
/// line, and it names at least one attribute journey knows (``ItemAttributeKind``), so that text
/// written before attributes existed, such as `pain: Falla el pago [paso 2]`, reads as before.
/// After quoted text any bracket counts.
enum ItemAttributeSyntax {
    /// One attribute of a bracket: where its name and its value stand.
    struct Token {
        var key: Range<Int>
        var value: Range<Int>
        var isQuoted: Bool
    }

    /// The offset of the `[` that starts the bracket ending bare text `start..<end`, or `nil` when
    /// the text does not end with one.
    static func bracketStart(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard end - start >= 3, bytes[end - 1] == UInt8(ascii: "]") else { return nil }
        var index = start + 1
        while index < end - 1 {
            if bytes[index] == UInt8(ascii: "["), isSpace(bytes[index - 1]),
               let tokens = tokens(in: bytes, from: index, to: end),
               tokens.contains(where: { isKnownKey(bytes, $0.key) }) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The attributes of the bracket `open..<end` (`bytes[open]` is `[`, `bytes[end - 1]` is `]`),
    /// or `nil` when it is not one.
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>, from open: Int, to end: Int) -> [Token]? {
        guard open < end, bytes[open] == UInt8(ascii: "["), bytes[end - 1] == UInt8(ascii: "]") else { return nil }
        let close = end - 1
        var result: [Token] = []
        var index = open + 1
        func skipSpaces() { while index < close && isSpace(bytes[index]) { index += 1 } }
        skipSpaces()
        while true {
            // The name.
            let keyStart = index
            guard index < close, bytes[index] >= 0x61, bytes[index] <= 0x7A else { return nil }
            while index < close, isNameByte(bytes[index]) { index += 1 }
            let keyEnd = index
            guard index < close, isSpace(bytes[index]) else { return nil }
            skipSpaces()
            // The value.
            guard index < close else { return nil }
            let valueStart = index
            let quoted = bytes[index] == UInt8(ascii: "\"")
            if quoted {
                guard let closing = closingQuote(in: bytes, from: index, to: close) else { return nil }
                index = closing + 1
            } else {
                while index < close, isWordByte(bytes[index]) { index += 1 }
                guard index > valueStart else { return nil }
            }
            result.append(Token(key: keyStart..<keyEnd, value: valueStart..<index, isQuoted: quoted))
            skipSpaces()
            if index == close { return result }
            guard bytes[index] == UInt8(ascii: ",") else { return nil }
            index += 1
            skipSpaces()
        }
    }

    /// The offset of the `"` closing the quoted text that starts at `open`, skipping escapes, or `nil`.
    static func closingQuote(in bytes: UnsafeBufferPointer<UInt8>, from open: Int, to end: Int) -> Int? {
        var index = open + 1
        while index < end {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index
            default: index += 1
            }
        }
        return nil
    }

    /// The known attribute a name spells, if any.
    static func knownKey(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> ItemAttributeKind? {
        ItemAttributeKind.allCases.first { kind in
            kind.rawValue.utf8.count == range.count && kind.rawValue.utf8.elementsEqual(bytes[range])
        }
    }

    private static func isKnownKey(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        knownKey(bytes, range) != nil
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    @inline(__always)
    static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
    }

    /// Whether a byte may stand in an unquoted value: not white space, a control character, `,`,
    /// `[`, `]` or `"`. (Bytes of C1 controls are refused when the value is read.)
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte != 0x7F && byte != 0x2C && byte != 0x5B && byte != 0x5D && byte != 0x22
    }
}
