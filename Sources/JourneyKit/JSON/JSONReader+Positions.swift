/// Moving over white space, and the line and column of an offset, which every value and message carries.
extension JSONReader {
    // MARK: Whitespace and positions

    mutating func skipWhitespace() {
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
    mutating func position(at offset: Int) -> JSONPosition {
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
}
