/// The string catalogue of the JSON reader's and the JSON map builder's problems (see
/// ``DiagnosticStrings``). Keys and values quoted from the file arrive shortened and escaped.
enum JSONReaderStrings: Hashable, Sendable {
    /// A problem at a JSON path that is not the root: `cells[2].emotion: message`.
    indirect case atPath(String, JSONReaderStrings)
    case invalidUTF8(byte: UInt8, looksLikeUTF16: Bool)
    // Syntax.
    case emptyInput
    case trailingContent(JSONFound)
    case endsWhereValueExpected
    case singleQuotedKey
    case expectedKey(JSONFound)
    case expectedColon(key: String, found: JSONFound)
    case expectedCommaOrBrace(JSONFound)
    case trailingCommaInObject
    case expectedCommaOrBracket(JSONFound)
    case trailingCommaInArray
    case tooDeep(Int)
    case digitAfterMinus
    case leadingZero
    case digitAfterPoint
    case digitInExponent
    case unclosedString
    case lineBreakInString
    case rawTab
    case rawControl(ControlCharacter)
    case endsWithBackslash
    case loneHighSurrogate(String)
    case surrogateNotPaired(String, second: String)
    case loneLowSurrogate(String)
    case notACharacter(String)
    case unknownEscape(JSONEscapedCharacter)
    case expectedFourHexDigits
    case unclosed(JSONContainer, line: Int, column: Int, expecting: JSONExpectation)
    case singleQuotedString
    case noComments
    case expectedValue(JSONFound)
    case notAValue(String)
    case expectedAnyValue(JSONFound)
    // The map.
    case topLevelNotObject(JSONFound)
    case versionNotNumber(JSONFound)
    case newerVersion(Int)
    case unknownVersion(Int)
    case kindNotString(JSONFound)
    case unknownKind(JSONFound)
    case model(JourneyModelError)
    case emptyName(MapAxis)
    case duplicateName(MapAxis, String)
    case expectedEntryObject(MapAxis, JSONFound)
    case needsName(JSONObjectSchema)
    case duplicateKey(String, in: JSONObjectSchema, line: Int, column: Int)
    case unknownKey(String, suggestion: String?, in: JSONObjectSchema)
    case expectedString(JSONFound)
    case expectedStringOrNull(JSONFound)
    case expectedArrayOf(JSONObjectSchema, JSONFound)
    case expectedArrayOfStrings(JSONFound)
    case expectedCellObject(JSONFound)
    case noStageNamed(String)
    case noTouchpointNamed(String)
    case emotionRange(JSONFound)
    case evidence(JSONFound)
    case cellNeedsStage
    case cellNeedsTouchpoint
    case duplicateCell(stage: String, touchpoint: String, first: Int)
    case votesRange(JSONFound)
    case scoreRange(JSONFound)
    case itemNeedsText
    case expectedMetricObject(JSONFound)
    case expectedNumber(JSONFound)
    case metricNeedsName
    case metricNeedsValue
}

/// An object or an array, as a message names the one left open.
enum JSONContainer: Hashable, Sendable {
    case object, array
}

/// What the reader expected when the input ended inside an object or an array.
enum JSONExpectation: Hashable, Sendable {
    case key, colon, commaOrBrace, value, commaOrBracket
}

/// What a message shows after "found": a value from the file, a kind of value, or a character.
enum JSONFound: Hashable, Sendable {
    /// A value shown as written (`"happy"`, `1.5`, `true`, `null`), shortened and escaped.
    case literal(String)
    case anArray, anObject
    case endOfInput
    /// A control character, by its name.
    case control(ControlCharacter)
    /// A character that cannot be shown, by its code point (`U+202E`).
    case codePoint(String)
    /// A character shown as itself, with its code point when not ASCII.
    case character(String, code: String?)

    func text(in l: Language) -> String {
        switch self {
        case .literal(let text): text
        case .anArray: l.choose(en: "an array", es: "un array")
        case .anObject: l.choose(en: "an object", es: "un objeto")
        case .endOfInput: l.choose(en: "the end of the input", es: "el final de la entrada")
        case .control(let control): l.choose(en: "a control character (\(control.text(in: l)))", es: "un carácter de control (\(control.text(in: l)))")
        case .codePoint(let code): l.choose(en: "the character \(code)", es: "el carácter \(code)")
        case .character(let character, let code): l.choose(en: "'\(character)'", es: "«\(character)»") + (code.map { " (\($0))" } ?? "")
        }
    }
}

/// The character after a backslash that starts no JSON escape, as a message shows it.
enum JSONEscapedCharacter: Hashable, Sendable {
    /// A character shown as itself, or by its code point (`U+202E`) when it cannot be shown.
    case shown(String)
    /// A C0 control character or DEL, by its name.
    case control(ControlCharacter)

    func text(in l: Language) -> String {
        switch self {
        case .shown(let text): text
        case .control(let control): control.text(in: l)
        }
    }
}
