import CNcursesw
import Glibc
@testable import JourneyTerminal
import JourneyScreen
import Testing

/// ncurses' key codes become the editor's keys, including the codes it assigns at run time to
/// modified keys from the terminal's terminfo entry (xterm-256color here).
@Suite("Key codes", .serialized)
struct KeyCodeTableTests {
    /// Builds the table on an ncurses screen for xterm-256color that draws to /dev/null.
    static func withTable(_ body: (KeyCodeTable) throws -> Void) throws {
        let output = try #require(fopen("/dev/null", "w"))
        let input = try #require(fopen("/dev/null", "r"))
        defer {
            fclose(output)
            fclose(input)
        }
        let screen = try #require(newterm("xterm-256color", output, input), "no terminfo entry for xterm-256color")
        defer {
            endwin()
            delscreen(screen)
        }
        // As NcursesTerminal.open does: keypad mode makes ncurses load the terminal's key
        // sequences, extended ones included, and assign their codes.
        _ = keypad(journey_stdscr(), true)
        try body(KeyCodeTable.forCurrentTerminal())
    }

    @Test func standardCodes() throws {
        try Self.withTable { table in
            let expected: [(Int32, Key)] = [
                (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
                (KEY_SR, .shiftUp), (KEY_SF, .shiftDown), (KEY_SLEFT, .shiftLeft), (KEY_SRIGHT, .shiftRight),
                (KEY_HOME, .home), (KEY_FIND, .home), (KEY_END, .end), (KEY_SELECT, .end),
                (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_DC, .delete), (KEY_IC, .insert),
                (KEY_BACKSPACE, .backspace), (KEY_BTAB, .backTab), (KEY_ENTER, .enter),
                (journey_key_f(1), .function(1)), (journey_key_f(12), .function(12)),
            ]
            for (code, key) in expected {
                #expect(table[code] == key, "key code \(code)")
            }
            #expect(table[KEY_MOUSE] == nil)
            #expect(table[KEY_RESIZE] == nil)
        }
    }

    @Test func modifiedKeysFromTheTerminfoEntry() throws {
        try Self.withTable { table in
            // xterm sends ESC [ 1 ; modifier A for modified arrows; ncurses gives each its own code.
            let expected: [(String, Key)] = [
                ("\u{1B}[1;5A", .up),  // Ctrl-Up (kUP5)
                ("\u{1B}[1;6A", .shiftUp),  // Shift-Ctrl-Up (kUP6)
                ("\u{1B}[1;3D", .left),  // Alt-Left (kLFT3)
                ("\u{1B}[1;4C", .shiftRight),  // Shift-Alt-Right (kRIT4)
                ("\u{1B}[3;5~", .delete),  // Ctrl-Delete (kDC5)
            ]
            for (sequence, key) in expected {
                let code = key_defined(sequence)
                #expect(code > 0, "ncurses knows no key for \(sequence.debugDescription)")
                #expect(table[code] == key, "\(sequence.debugDescription)")
            }
        }
    }
}
