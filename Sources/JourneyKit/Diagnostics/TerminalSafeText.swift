/// Makes text from a file safe to print to a terminal in a message: control characters,
/// bidirectional overrides and other invisible characters are written as `\u{1B}`-style escapes,
/// so a hostile file name or value cannot move the cursor or retitle the window.
public enum TerminalSafeText {
    /// The text with every character that must not reach a terminal raw written as an escape.
    /// Line feeds are escaped too (`\n`), so one message stays one line.
    public static func escaping(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: TextSafety.mustEscape) || text.contains("\n") else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                result += "\\n"
            } else if TextSafety.mustEscape(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
