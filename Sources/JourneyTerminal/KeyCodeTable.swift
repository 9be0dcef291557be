import CNcursesw
import JourneyScreen

/// Which ``Key`` each ncurses key code (a `KEY_CODE_YES` value from `wget_wch`) stands for.
///
/// Holds the standard codes (arrows, Home/End and their `KEY_FIND`/`KEY_SELECT` and keypad
/// variants, paging, editing and function keys) and, when the terminal's terminfo entry has them,
/// the extended codes ncurses assigns at run time to modified keys such as `kUP5` (Ctrl-Up):
/// keys held with Shift become the shifted arrows, other modifiers the plain key.
struct KeyCodeTable {
    private var keys: [Int32: Key] = [:]

    /// The key a code stands for, or `nil` for a key the editor does not use.
    subscript(code: Int32) -> Key? {
        keys[code]
    }

    /// Builds the table for the current screen (the extended codes depend on its terminfo entry).
    static func forCurrentTerminal() -> KeyCodeTable {
        var table = KeyCodeTable()
        let standard: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_SR, .shiftUp), (KEY_SF, .shiftDown), (KEY_SLEFT, .shiftLeft), (KEY_SRIGHT, .shiftRight),
            (KEY_HOME, .home), (KEY_FIND, .home), (KEY_A1, .home), (KEY_SHOME, .home), (KEY_BEG, .home),
            (KEY_END, .end), (KEY_SELECT, .end), (KEY_C1, .end), (KEY_SEND, .end), (KEY_LL, .end),
            (KEY_PPAGE, .pageUp), (KEY_A3, .pageUp), (KEY_SPREVIOUS, .pageUp),
            (KEY_NPAGE, .pageDown), (KEY_C3, .pageDown), (KEY_SNEXT, .pageDown),
            (KEY_DC, .delete), (KEY_SDC, .delete), (KEY_IC, .insert), (KEY_SIC, .insert),
            (KEY_BACKSPACE, .backspace), (KEY_BTAB, .backTab), (KEY_ENTER, .enter),
        ]
        for (code, key) in standard { table.keys[code] = key }
        for number in 1...12 { table.keys[journey_key_f(Int32(number))] = .function(number) }

        // Extended capabilities: kUP (Shift-Up in some entries), kUP3 … kUP7 for Alt, Ctrl and
        // their combinations. Modifier 2 is Shift, then Alt (3), Shift-Alt (4), Ctrl (5),
        // Shift-Ctrl (6), Alt-Ctrl (7): even numbers include Shift.
        let families: [(name: String, plain: Key, shifted: Key)] = [
            ("kUP", .up, .shiftUp), ("kDN", .down, .shiftDown),
            ("kLFT", .left, .shiftLeft), ("kRIT", .right, .shiftRight),
            ("kHOM", .home, .home), ("kEND", .end, .end),
            ("kPRV", .pageUp, .pageUp), ("kNXT", .pageDown, .pageDown),
            ("kDC", .delete, .delete), ("kIC", .insert, .insert),
        ]
        for family in families {
            table.addCapability(family.name, as: family.shifted)
            for modifier in 3...7 {
                table.addCapability("\(family.name)\(modifier)", as: modifier.isMultiple(of: 2) ? family.shifted : family.plain)
            }
        }
        return table
    }

    /// Maps the code ncurses gives a terminfo key capability, if the terminal defines it.
    private mutating func addCapability(_ name: String, as key: Key) {
        guard let sequence = NcursesTerminal.stringCapability(name) else { return }
        let code = key_defined(sequence)
        guard code > 0, keys[code] == nil else { return }
        keys[code] = key
    }
}
