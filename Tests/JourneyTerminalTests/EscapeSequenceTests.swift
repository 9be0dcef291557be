@testable import JourneyTerminal
import JourneyScreen
import Testing

/// The escape sequences that reach the editor undecoded become the keys they stand for, and
/// anything else is ignored rather than typed.
@Suite("Escape sequences")
struct EscapeSequenceTests {
    @Test(arguments: [
        ("", "A", Key.up), ("", "B", .down), ("", "C", .right), ("", "D", .left),
        ("1;2", "A", .shiftUp), ("1;2", "B", .shiftDown), ("1;2", "C", .shiftRight), ("1;2", "D", .shiftLeft),
        ("1;6", "C", .shiftRight),  // Shift-Ctrl: the modifier includes Shift
        ("1;5", "A", .up), ("1;3", "D", .left),  // Ctrl, Alt: the plain key
        ("", "a", .shiftUp), ("", "d", .shiftLeft),  // rxvt
        ("", "H", .home), ("", "F", .end), ("", "Z", .backTab),
        ("", "P", .function(1)), ("", "S", .function(4)),
    ] as [(String, Character, Key)])
    func cursorAndFunctionKeys(_ parameters: String, _ final: Character, _ key: Key) {
        #expect(EscapeSequence.csi(parameters: parameters, final: final) == .key(key))
    }

    @Test(arguments: [
        ("1", Key.home), ("7", .home), ("2", .insert), ("3", .delete), ("4", .end), ("8", .end),
        ("5", .pageUp), ("6", .pageDown), ("11", .function(1)), ("15", .function(5)),
        ("17", .function(6)), ("21", .function(10)), ("23", .function(11)), ("24", .function(12)),
        ("3;5", .delete),
    ] as [(String, Key)])
    func tildeKeys(_ parameters: String, _ key: Key) {
        #expect(EscapeSequence.csi(parameters: parameters, final: "~") == .key(key))
    }

    @Test func rxvtModifiedTildeKeys() {
        #expect(EscapeSequence.csi(parameters: "5", final: "^") == .key(.pageUp))
        #expect(EscapeSequence.csi(parameters: "3", final: "$") == .key(.delete))
    }

    @Test func bracketedPasteStartsButItsEndAloneIsIgnored() {
        #expect(EscapeSequence.csi(parameters: "200", final: "~") == .pasteStart)
        #expect(EscapeSequence.csi(parameters: "201", final: "~") == .ignored)
    }

    @Test(arguments: [
        ("<0;10;5", "M"),  // an SGR mouse report
        ("?1;2", "c"),  // a device attributes reply
        (">41;330;0", "c"),  // a secondary device attributes reply
        ("1;x", "A"),  // a parameter that is not a number
        ("", "z"), ("99", "~"), ("", "~"),  // finals and numbers without a key
    ] as [(String, Character)])
    func repliesAndUnknownSequencesAreIgnored(_ parameters: String, _ final: Character) {
        #expect(EscapeSequence.csi(parameters: parameters, final: final) == .ignored)
    }

    @Test func aCursorPositionReportReadsLikeShiftF3() {
        // `ESC [ 1 ; 2 R` is both Shift-F3 and a cursor position report: why the session
        // discards unread input after `$EDITOR` has run (its replies would arrive as F3).
        #expect(EscapeSequence.csi(parameters: "1;2", final: "R") == .key(.function(3)))
    }

    @Test(arguments: [
        ("A", Key.up), ("B", .down), ("C", .right), ("D", .left), ("a", .up), ("d", .left),
        ("H", .home), ("F", .end), ("M", .enter), ("P", .function(1)), ("Q", .function(2)),
        ("R", .function(3)), ("S", .function(4)),
    ] as [(Character, Key)])
    func singleShiftKeys(_ final: Character, _ key: Key) {
        #expect(EscapeSequence.ss3(final) == .key(key))
    }

    @Test func unknownSingleShiftsAreIgnored() {
        #expect(EscapeSequence.ss3("x") == .ignored)
        #expect(EscapeSequence.ss3("~") == .ignored)
    }
}
