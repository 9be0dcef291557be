/// Finds the first byte that is not part of well-formed UTF-8.
enum UTF8Validation {
    /// The offset of the first byte of the first ill-formed sequence, or `nil` when all of `bytes` is valid UTF-8.
    ///
    /// Rejects overlong forms, surrogates and scalars above U+10FFFF, as the Unicode standard requires.
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return nil }
        let count = bytes.count
        var index = 0
        while index < count {
            // Fast path: 32, then eight ASCII bytes at a time.
            while index + 32 <= count {
                let word = (base + index).loadUnaligned(as: UInt64.self)
                    | (base + index + 8).loadUnaligned(as: UInt64.self)
                    | (base + index + 16).loadUnaligned(as: UInt64.self)
                    | (base + index + 24).loadUnaligned(as: UInt64.self)
                guard word & 0x8080_8080_8080_8080 == 0 else { break }
                index += 32
            }
            guard index < count else { break }
            if index + 8 <= count {
                let word = (base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= lower && second <= upper else { return index }
            var position = index + 2
            while position < index + length {
                guard bytes[position] & 0xC0 == 0x80 else { return index }
                position += 1
            }
            index += length
        }
        return nil
    }
}
