/// Makes text from a map, a file name or an error safe to show in a terminal.
///
/// Control characters (ESC, BEL, the C1 controls), bidirectional overrides and other invisible
/// formatting characters could move the cursor, change the terminal's title or hide text. Every
/// piece of text the editor draws passes through here and gets a visible placeholder for them
/// instead: `␛` for ESC, `␇` for BEL, `�` for C1 controls and direction overrides.
public enum DisplayText {
    /// The character to draw for `character`, never a control or invisible character.
    ///
    /// A line feed becomes `↵`, a tab `␉`; in ASCII mode every non-ASCII character becomes `?`.
    public static func visible(_ character: Character, ascii: Bool = false) -> Character {
        if let value = character.asciiValue {
            if value >= 0x20 && value < 0x7F { return character }
            if ascii { return value == 0x0A || value == 0x0D ? "/" : "?" }
            if value == 0x0A { return "↵" }
            if value == 0x7F { return "␡" }
            if let picture = Unicode.Scalar(0x2400 + UInt32(value)) { return Character(picture) }
            return "�"
        }
        if ascii { return asciiFallback(for: character) }
        guard let first = character.unicodeScalars.first else { return "�" }
        if needsPlaceholder(first) { return "�" }
        if character.unicodeScalars.count > 1, character.unicodeScalars.contains(where: needsPlaceholder) {
            // A cluster that carries an override or control after its base: draw the base alone.
            return needsPlaceholder(first) ? "�" : Character(first)
        }
        if DisplayWidth.of(character) == 0 {
            // A lone combining mark or other zero-width character: show it on a dotted circle.
            return Character("◌" + String(character))
        }
        return character
    }

    /// What a cell shows for `character` and how many columns it takes: the same as
    /// `(visible(character, ascii:), max(1, DisplayWidth.of(visible(character, ascii:))))`, found with
    /// one look at the character, for the renderer's inner loop.
    @inline(__always)
    public static func glyph(for character: Character, ascii: Bool) -> (shown: Character, width: Int) {
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first, byte >= 0x20, byte < 0x7F {
            return (character, 1)
        }
        return slowGlyph(for: character, ascii: ascii)
    }

    private static func slowGlyph(for character: Character, ascii: Bool) -> (shown: Character, width: Int) {
        if !ascii {
            var scalars = character.unicodeScalars.makeIterator()
            if let first = scalars.next(), scalars.next() == nil, !first.isASCII, !needsPlaceholder(first) {
                // One scalar that may stand as itself: `visible` keeps it unless it has no width.
                let width = DisplayWidth.of(first)
                if width > 0 { return (character, width) }
            }
        }
        let shown = visible(character, ascii: ascii)
        return (shown, max(1, DisplayWidth.of(shown)))
    }

    /// The nearest ASCII character, for terminals whose locale is not UTF-8: accents are dropped
    /// (`é` shows as `e`), common symbols get their ASCII look-alike, anything else is `?`.
    public static func asciiFallback(for character: Character) -> Character {
        if let mapped = asciiLookAlikes[character] { return mapped }
        if let base = TextFolding.baseLatinLetter(of: character) { return base }
        return "?"
    }

    private static let asciiLookAlikes: [Character: Character] = [
        "·": "-", "—": "-", "–": "-", "…": "~", "←": "<", "→": ">", "↑": "^", "↓": "v",
        "◀": "<", "▶": ">", "▲": "^", "▼": "v", "×": "x", "“": "\"", "”": "\"", "‘": "'", "’": "'",
        "«": "\"", "»": "\"", "¡": "!", "¿": "?", "│": "|", "─": "-", "┼": "+", "↵": "/", "€": "E",
        "ñ": "n", "Ñ": "N", "ß": "s", "æ": "a", "ø": "o", "Ø": "O", "ł": "l",
    ]

    /// Whether a scalar must never reach the terminal as itself.
    public static func needsPlaceholder(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return true
        case 0xFFF9...0xFFFB: return true
        default: return false
        }
    }

    /// A string with every character made ``visible(_:ascii:)``.
    public static func sanitized(_ text: String, ascii: Bool = false) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text { result.append(visible(character, ascii: ascii)) }
        return result
    }
}
