/// How many terminal columns a character takes: 0, 1 or 2.
///
/// Measures grapheme clusters the way terminals draw them: combining accents and joiners take
/// no column of their own, East Asian wide and fullwidth characters and emoji take two, the rest
/// one. It is pure Swift (no `wcwidth`), so that layout and golden screens do not depend on the
/// machine's locale tables.
public enum DisplayWidth {
    /// The width of a character as drawn, after ``DisplayText/visible(_:)`` made it printable.
    public static func of(_ character: Character) -> Int {
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first {
            return byte >= 0x20 && byte != 0x7F ? 1 : 0
        }
        if let ascii = character.asciiValue {
            return ascii >= 0x20 && ascii != 0x7F ? 1 : 0
        }
        var width = 0
        var first = true
        for scalar in character.unicodeScalars {
            if first {
                width = of(scalar)
                first = false
                if width == 2 { return 2 }
            } else if scalar.value == 0xFE0F {
                // Emoji presentation selector: a text-style symbol drawn as an emoji.
                if scalar.properties.isEmoji || width == 1 { return 2 }
            } else if isRegionalIndicator(scalar) {
                return 2
            }
        }
        return width
    }

    /// The total width of a string.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The width of a single scalar.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }
        if value < 0x300 { return 1 }
        // Blocks the editor draws all the time (box drawing, blocks, arrows, punctuation, faces), whose
        // width the general rules below give without exception, answered without property lookups.
        switch value {
        case 0x300...0x36F: return 0
        case 0x370...0x3FF, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2500...0x25FC: return 1
        case 0x1F300...0x1F64F, 0x1F900...0x1F9FF: return 2
        default: break
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .surrogate:
            return 0
        default:
            break
        }
        if value >= 0x1160 && value <= 0x11FF { return 0 }  // Hangul medial vowels and final consonants
        if properties.isEmojiPresentation { return 2 }
        if isRegionalIndicator(scalar) { return 2 }
        for range in wideRanges where range.contains(value) { return 2 }
        return 1
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x1F1E6 && scalar.value <= 0x1F1FF
    }

    /// East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth.txt, W and F), condensed.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF,
        0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
