/// Assembles characters from the bytes a terminal sends as UTF-8, for when the locale's character
/// set is not UTF-8 (`LANG=C` over SSH): ncurses would then decode the bytes in that character set
/// and lose every accented letter, while the terminal itself almost always sends UTF-8.
enum UTF8ByteDecoder {
    /// What a byte and those after it make.
    enum Outcome: Equatable {
        /// A character, as its scalar value.
        case scalar(UInt32)
        /// Bytes that are not UTF-8 (a stray continuation byte, a sequence cut short, an overlong
        /// or surrogate form).
        case invalid([UInt8])
    }

    /// How many bytes a UTF-8 sequence with this first byte has, or `nil` when no sequence starts
    /// with it.
    static func length(startingWith byte: UInt8) -> Int? {
        switch byte {
        case 0x00...0x7F: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: nil
        }
    }

    /// Decodes the character that starts with `first`, taking the bytes after it from `next`
    /// (`nil` when none came in time). A byte that cannot continue the sequence is handed back
    /// through `unread`, to be read again as the start of what follows.
    static func decode(first: UInt8, next: () -> UInt8?, unread: (UInt8) -> Void) -> Outcome {
        guard let length = length(startingWith: first) else { return .invalid([first]) }
        var bytes = [first]
        while bytes.count < length {
            guard let byte = next() else { return .invalid(bytes) }
            guard byte & 0xC0 == 0x80 else {
                unread(byte)
                return .invalid(bytes)
            }
            bytes.append(byte)
        }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        switch decoder.decode(&iterator) {
        case .scalarValue(let scalar) where iterator.next() == nil:
            return .scalar(scalar.value)
        default:
            return .invalid(bytes)
        }
    }
}
