/// Which characters of a text may stand as themselves in a `.journey` file, and which must be
/// written as escapes so that the file stays readable and reviewable.
///
/// Control characters, line and paragraph separators, bidirectional overrides and invisible
/// characters are escaped (`\u{202E}`), so that a file shown in a terminal or a code review
/// cannot hide text or take over the screen.
enum TextSafety {
    /// Whether the scalar must be escaped inside a quoted value (the line feed is handled apart).
    static func mustEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x00...0x1F, 0x7F, 0x80...0x9F: return true
        case 0x061C, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF:
            return true
        default: return false
        }
    }

    /// The length of an escape-needing sequence starting at `index` in UTF-8 `bytes`, or 0 when the
    /// character there may stand as itself. A line feed counts as needing nothing here.
    @inline(__always)
    static func unsafeSequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 {
            return (byte < 0x20 && byte != 0x0A) || byte == 0x7F ? 1 : 0
        }
        let remaining = bytes.count - index
        switch byte {
        case 0xC2:
            if remaining >= 2, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x9F { return 2 }
        case 0xD8:
            if remaining >= 2, bytes[index + 1] == 0x9C { return 2 }
        case 0xE2:
            guard remaining >= 3 else { return 0 }
            let second = bytes[index + 1], third = bytes[index + 2]
            if second == 0x80, third == 0x8B || third == 0x8E || third == 0x8F || (third >= 0xA8 && third <= 0xAE) { return 3 }
            if second == 0x81, third == 0xA0 || (third >= 0xA6 && third <= 0xA9) { return 3 }
        case 0xEF:
            if remaining >= 3, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { return 3 }
        default:
            break
        }
        return 0
    }

    /// Whether a raw byte at `index` starts a control character that may not appear unescaped in a
    /// file (C0 controls but the tab, DEL, and C1 controls). Returns its length in bytes, or 0.
    @inline(__always)
    static func rawControlLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x20 { return byte == 0x09 ? 0 : 1 }
        if byte == 0x7F { return 1 }
        if byte == 0xC2, index + 1 < end, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x9F { return 2 }
        return 0
    }
}
