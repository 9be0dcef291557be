/// A control character that a reader found where it may not stand, named for a message in the
/// reader's language.
///
/// Every reader names a control character through this one type, so that a message never shows
/// the character itself (it could move the cursor or retitle the window) and never an English
/// word inside a Spanish sentence:
///
/// ```swift
/// ControlCharacter(0x0D).text(in: .english)   // "carriage return"
/// ControlCharacter(0x0D).text(in: .spanish)   // "retorno de carro"
/// ControlCharacter(0x1B).text(in: .spanish)   // "ESC"
/// ControlCharacter(0x85).text(in: .spanish)   // "U+0085"
/// ```
///
/// The usual abbreviations (NUL, BEL, ESC, DEL) and the code point form (`U+0085`) are the same
/// in every language.
struct ControlCharacter: Hashable, Sendable, Localized {
    /// The character's Unicode code point (a C0 or C1 control, or DEL).
    let codePoint: UInt32

    /// The control character with this code point.
    init(_ codePoint: UInt32) {
        self.codePoint = codePoint
    }

    /// The character's name: a word in the language, an abbreviation, or its code point.
    func text(in l: Language) -> String {
        switch codePoint {
        case 0x00: "NUL"
        case 0x07: "BEL"
        case 0x08: l.choose(en: "backspace", es: "retroceso")
        case 0x09: l.choose(en: "tab", es: "tabulador")
        case 0x0A: l.choose(en: "line feed", es: "salto de línea")
        case 0x0C: l.choose(en: "form feed", es: "salto de página")
        case 0x0D: l.choose(en: "carriage return", es: "retorno de carro")
        case 0x1B: "ESC"
        case 0x7F: "DEL"
        default: codePointText
        }
    }

    /// `U+` and at least four uppercase hexadecimal digits: `U+0085`.
    private var codePointText: String {
        let digits = String(codePoint, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
