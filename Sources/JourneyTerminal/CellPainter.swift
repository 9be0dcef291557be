import CNcursesw
import JourneyScreen

/// Copies cells of a ``ScreenBuffer`` into an ncurses window with `setcchar` and `mvwadd_wch`.
///
/// Wide characters take their own cell and the continuation cell after it. A cell holds one
/// spacing character and up to four marks (`CCHARW_MAX`); longer clusters keep what fits.
/// Where the C library measures a character differently from ``DisplayWidth``, the painter
/// keeps ncurses' picture in step with the buffer: a character it cannot print (or finds
/// zero-width) becomes U+FFFD (or `?`), and one it finds narrow in a wide cell gets a blank
/// after it.
struct CellPainter {
    private let window: UnsafeMutablePointer<WINDOW>
    private let palette: StylePalette
    private let replacement: Character
    private let clusterLimit = Int(journey_ccharw_max())
    private static let zeroWidthJoiner: wchar_t = 0x200D
    /// Room for one cchar_t's characters and the terminating NUL.
    private var characters: [wchar_t]
    private var cell = cchar_t()

    init(window: UnsafeMutablePointer<WINDOW>, palette: StylePalette, usesASCII: Bool) {
        self.window = window
        self.palette = palette
        self.replacement = usesASCII || journey_wcwidth(0xFFFD) < 1 ? "?" : "\u{FFFD}"
        self.characters = Array(repeating: 0, count: Int(journey_ccharw_max()) + 1)
    }

    /// Copies the first `columns` cells of a row.
    mutating func paintRow(_ y: Int, of buffer: ScreenBuffer, columns: Int) {
        var covered = -1  // the column the last wide character drawn reaches into
        for x in 0..<columns {
            let cell = buffer[x, y]
            let style = palette[cell.role]
            if cell.isContinuation {
                if x != covered { paint(" ", style: style, x: x, y: y) }  // a stray half: blank it
                continue
            }
            let wide = x + 1 < buffer.size.width && buffer[x + 1, y].isContinuation
            if wide && x + 1 >= columns {
                paint(" ", style: style, x: x, y: y)  // the right half would be clipped
                continue
            }
            let drawnWidth = paint(cell.character, style: style, x: x, y: y)
            if wide {
                if drawnWidth < 2 { paint(" ", style: style, x: x + 1, y: y) }
                covered = x + 1
            }
        }
    }

    /// Draws a character at a position and returns the columns ncurses gave it.
    @discardableResult
    private mutating func paint(_ character: Character, style: StylePalette.Style, x: Int, y: Int) -> Int {
        if let ascii = character.asciiValue {
            // Control characters never reach here (DisplayText), but curses would draw them as ^X.
            guard ascii >= 0x20 && ascii != 0x7F else { return paint("?", style: style, x: x, y: y) }
            characters[0] = wchar_t(ascii)
            characters[1] = 0
            put(style: style, x: x, y: y)
            return 1
        }
        let scalars = character.unicodeScalars.map { wchar_t($0.value) }
        guard let base = scalars.first else { return 0 }
        let baseWidth = Int(journey_wcwidth(base))
        if baseWidth < 1 {
            // Unprintable for the C library, or a mark with no base that curses would attach to
            // the cell before.
            return paint(replacement, style: style, x: x, y: y)
        }
        // What ncurses keeps in one cell: the base and the marks (zero-width scalars) after it.
        // A cluster of several spacing characters (a family emoji, a flag) keeps its first one,
        // without a dangling joiner that could glue the next cell's character to it.
        var cluster = [base] + scalars.dropFirst().prefix { journey_wcwidth($0) == 0 }
        if cluster.count < scalars.count {
            while cluster.count > 1 && cluster.last == Self.zeroWidthJoiner { cluster.removeLast() }
        }
        if cluster.count <= clusterLimit {
            for (index, scalar) in cluster.enumerated() { characters[index] = scalar }
            characters[cluster.count] = 0
            put(style: style, x: x, y: y)
        } else {
            // More marks than a cchar_t holds: ncurses attaches them to the base one by one
            // (keeping what fits); they never move the cursor past the cell.
            _ = wattr_set(window, style.attributes, style.pair, nil)
            _ = cluster.withUnsafeBufferPointer { mvwaddnwstr(window, Int32(y), Int32(x), $0.baseAddress, Int32($0.count)) }
            _ = wattr_set(window, 0, 0, nil)
        }
        return max(1, baseWidth)
    }

    /// Sets the cchar_t from `characters` and adds it at a position. At the bottom-right corner
    /// `mvwadd_wch` reports an error because the cursor cannot move on (scrolling is off), but
    /// the character is placed.
    private mutating func put(style: StylePalette.Style, x: Int, y: Int) {
        let set = characters.withUnsafeBufferPointer { journey_setcchar(&cell, $0.baseAddress, style.attributes, style.pair) }
        guard set == OK else { return }
        _ = mvwadd_wch(window, Int32(y), Int32(x), &cell)
    }
}
