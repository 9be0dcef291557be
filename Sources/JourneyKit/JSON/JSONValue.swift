/// A parsed JSON value with the position where it starts, as read by ``JSONReader``.
///
/// Numbers keep their text as written, so that messages can quote them and so that no precision
/// is lost before the value is checked.
struct JSONValue: Sendable {
    /// What a JSON value holds.
    enum Content: Sendable {
        case null
        case bool(Bool)
        /// A number as written, already checked against the JSON grammar, such as `-1.0e2`.
        case number(String)
        case string(String)
        case array([JSONValue])
        case object([JSONMember])
    }

    /// The value.
    var content: Content
    /// Where the value starts.
    var position: JSONPosition

    /// The value as a message shows it after "found": `"happy"`, `1.5`, `true`, `null`,
    /// `an object`, `an array`. Strings are escaped and shortened, so that no control
    /// character reaches a terminal.
    var foundDescription: JSONFound {
        switch content {
        case .null: .literal("null")
        case .bool(let value): .literal(value ? "true" : "false")
        case .number(let text): .literal(JSONValue.shortened(text, limit: 32))
        case .string(let text): .literal("\"" + JSONTextWriter.escapedContent(JSONValue.shortened(text, limit: 40)) + "\"")
        case .array: .anArray
        case .object: .anObject
        }
    }

    /// The value as a whole number, when it is a number with no fractional part (`1`, `1.0`, `-0`, `1e0`).
    var wholeNumber: Int? {
        guard case .number(let text) = content, let value = Double(text), value.isFinite,
              value.rounded() == value, abs(value) < 1e15
        else { return nil }
        // A value that only rounds to a whole number (1e-999999 is 0 as a Double) is not one.
        if value == 0, text.prefix(while: { $0 != "e" && $0 != "E" }).contains(where: { "123456789".contains($0) }) { return nil }
        return Int(value)
    }

    /// `text` cut to `limit` Unicode scalars, with `…` when cut.
    static func shortened(_ text: String, limit: Int) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > limit else { return text }
        var result = String.UnicodeScalarView(scalars.prefix(limit))
        result.append("…")
        return String(result)
    }
}
