import JourneyScreen

/// Decodes the escape sequences that reach the editor undecoded, because the terminal's
/// terminfo entry does not list them (a `TERM` that does not quite match the terminal, keys with
/// modifiers, rxvt's variants).
///
/// ```swift
/// EscapeSequence.csi(parameters: "1;2", final: "A")   // .key(.shiftUp)
/// EscapeSequence.csi(parameters: "200", final: "~")   // .pasteStart
/// EscapeSequence.ss3("P")                              // .key(.function(1))
/// ```
/// Anything else is `.ignored`, so that no part of an unknown sequence turns into typed text.
enum EscapeSequence: Equatable {
    /// A key.
    case key(Key)
    /// `ESC [ 200 ~`: a bracketed paste begins.
    case pasteStart
    /// A sequence the editor has no use for.
    case ignored

    /// The longest sequence accepted; longer ones are dropped.
    static let maximumLength = 32

    /// Decodes `ESC [ parameters final` (a control sequence, CSI).
    ///
    /// - Parameters:
    ///   - parameters: the parameter and intermediate bytes, such as `1;2` or `<0;10;5`.
    ///   - final: the final byte, `@` to `~`.
    static func csi(parameters: String, final: Character) -> EscapeSequence {
        if parameters.first.map({ "<=>?".contains($0) }) == true { return .ignored }  // mouse reports, private replies
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        if numbers.contains(where: { $0 == nil }) && !parameters.isEmpty { return .ignored }
        let first = numbers.first.flatMap { $0 }
        let modifier = numbers.count > 1 ? (numbers[1] ?? 1) : 1
        let shifted = modifier > 1 && (modifier - 1) % 2 == 1
        switch final {
        case "A": return .key(shifted ? .shiftUp : .up)
        case "B": return .key(shifted ? .shiftDown : .down)
        case "C": return .key(shifted ? .shiftRight : .right)
        case "D": return .key(shifted ? .shiftLeft : .left)
        case "a": return .key(.shiftUp)  // rxvt
        case "b": return .key(.shiftDown)
        case "c": return .key(.shiftRight)
        case "d": return .key(.shiftLeft)
        case "H": return .key(.home)
        case "F": return .key(.end)
        case "Z": return .key(.backTab)
        case "P": return .key(.function(1))
        case "Q": return .key(.function(2))
        case "R": return .key(.function(3))
        case "S": return .key(.function(4))
        case "~", "$", "^":
            return first.map(tilde) ?? .ignored
        default:
            return .ignored
        }
    }

    /// Decodes `ESC O final` (a single shift, SS3, as keypads in application mode send).
    static func ss3(_ final: Character) -> EscapeSequence {
        switch final {
        case "A": return .key(.up)
        case "B": return .key(.down)
        case "C": return .key(.right)
        case "D": return .key(.left)
        case "a": return .key(.up)  // rxvt: Ctrl-arrows
        case "b": return .key(.down)
        case "c": return .key(.right)
        case "d": return .key(.left)
        case "H": return .key(.home)
        case "F": return .key(.end)
        case "M": return .key(.enter)
        case "P": return .key(.function(1))
        case "Q": return .key(.function(2))
        case "R": return .key(.function(3))
        case "S": return .key(.function(4))
        default: return .ignored
        }
    }

    /// The `ESC [ number ~` keys (vt220 and xterm numbering).
    private static func tilde(_ number: Int) -> EscapeSequence {
        switch number {
        case 1, 7: return .key(.home)
        case 2: return .key(.insert)
        case 3: return .key(.delete)
        case 4, 8: return .key(.end)
        case 5: return .key(.pageUp)
        case 6: return .key(.pageDown)
        case 11...15: return .key(.function(number - 10))
        case 17...21: return .key(.function(number - 11))
        case 23, 24: return .key(.function(number - 12))
        case 200: return .pasteStart
        default: return .ignored
        }
    }
}
