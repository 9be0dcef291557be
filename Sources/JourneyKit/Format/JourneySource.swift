import Foundation

/// The bytes being read, with the helpers that only look at them.
///
/// Kept apart from ``JourneyReader``'s state so that calling a helper passes two words: a
/// non-mutating method of the reader, called from its mutating methods, would copy the whole
/// reader (retaining every array in it) in unoptimised builds.
struct JourneySource {
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

    /// The control character at `index`: a C0 control, DEL, or a C1 control (two bytes, 0xC2 first).
    func control(at index: Int) -> ControlCharacter {
        let byte = bytes[index]
        if byte == 0xC2, index + 1 < bytes.count { return ControlCharacter(UInt32(bytes[index + 1])) }
        return ControlCharacter(UInt32(byte))
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
