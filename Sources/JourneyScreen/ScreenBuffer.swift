/// A screen's worth of styled character cells: what the editor renders into and what the
/// terminal layer copies to the terminal.
///
/// Everything drawn is measured by display width and clipped to the area it is drawn in, so
/// that a long or wide text never spills into the next column; text passes through
/// ``DisplayText`` so that no control character is ever drawn.
///
/// ```swift
/// var buffer = ScreenBuffer(size: ScreenSize(width: 10, height: 1))
/// buffer.write("Consideración", x: 0, y: 0, width: 10)
/// buffer.lines   // ["Considera…"]
/// ```
public struct ScreenBuffer: Hashable, Sendable {
    /// The buffer's size.
    public let size: ScreenSize
    /// Whether only ASCII may be drawn (the terminal's locale is not UTF-8).
    public let ascii: Bool
    /// The cells, row by row.
    public private(set) var cells: [ScreenCell]

    /// Creates a blank buffer.
    public init(size: ScreenSize, ascii: Bool = false) {
        self.size = size
        self.ascii = ascii
        self.cells = Array(repeating: .blank, count: size.width * size.height)
    }

    /// The cell at a column and row.
    public subscript(x: Int, y: Int) -> ScreenCell {
        cells[y * size.width + x]
    }

    /// The ellipsis drawn where text is cut.
    public var ellipsis: Character { ascii ? "~" : "…" }

    /// Fills a rectangle with blanks of a role (clipped to the screen).
    public mutating func fill(x: Int, y: Int, width: Int, height: Int, role: StyleRole, character: Character = " ") {
        let left = max(0, x), right = min(size.width, x + width)
        let top = max(0, y), bottom = min(size.height, y + height)
        guard left < right, top < bottom else { return }
        let cell = ScreenCell(character, role: role)
        for row in top..<bottom {
            let base = row * size.width
            for column in left..<right { cells[base + column] = cell }
        }
    }

    /// Sets the role of a rectangle's cells without changing their characters.
    public mutating func restyle(x: Int, y: Int, width: Int, height: Int, role: StyleRole) {
        let left = max(0, x), right = min(size.width, x + width)
        let top = max(0, y), bottom = min(size.height, y + height)
        guard left < right, top < bottom else { return }
        for row in top..<bottom {
            let base = row * size.width
            for column in left..<right { cells[base + column].role = role }
        }
    }

    /// Draws one character at a position and returns the columns it took (0 when it did not fit).
    ///
    /// A wide character that would cross `limit` (or the screen's edge) is not drawn.
    @discardableResult
    public mutating func put(_ character: Character, x: Int, y: Int, role: StyleRole, limit: Int? = nil) -> Int {
        place(DisplayText.glyph(for: character, ascii: ascii), x: x, y: y, role: role, limit: limit ?? size.width)
    }

    /// Draws a character already made visible and measured, as ``put(_:x:y:role:limit:)`` does.
    @inline(__always)
    private mutating func place(_ glyph: (shown: Character, width: Int), x: Int, y: Int, role: StyleRole, limit: Int) -> Int {
        guard y >= 0, y < size.height, x >= 0 else { return 0 }
        let right = min(limit, size.width)
        let width = glyph.width
        guard x + width <= right else { return 0 }
        let base = y * size.width
        clearWideCharacter(at: base, x: x)
        cells[base + x] = ScreenCell(glyph.shown, role: role)
        if width == 2 {
            clearWideCharacter(at: base, x: x + 1)
            cells[base + x + 1] = ScreenCell(" ", role: role, isContinuation: true)
        }
        return width
    }

    /// When overwriting half of a wide character, blank its other half so no stray half remains.
    private mutating func clearWideCharacter(at base: Int, x: Int) {
        if cells[base + x].isContinuation, x > 0 {
            cells[base + x - 1] = ScreenCell(" ", role: cells[base + x - 1].role)
        } else if x + 1 < size.width, cells[base + x + 1].isContinuation {
            cells[base + x + 1] = ScreenCell(" ", role: cells[base + x + 1].role)
        }
    }

    /// Draws text on one row within `width` columns from `x`, cutting it with an ellipsis when it
    /// does not fit, and returns the columns used. Line breaks are drawn as `↵`.
    ///
    /// Costs time in proportion to the columns drawn, not to the length of the text; each character
    /// is made visible and measured once.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, width: Int, role: StyleRole = .normal, ellipsis useEllipsis: Bool = true) -> Int {
        guard width > 0, y >= 0, y < size.height, x < size.width else { return 0 }
        let limit = min(x + width, size.width)
        let reserve = useEllipsis ? 1 : 0
        var column = x
        var characters = text.makeIterator()
        while let character = characters.next() {
            let glyph = DisplayText.glyph(for: character, ascii: ascii)
            if column + glyph.width > limit - reserve {
                // Room is short: draw the rest only if all of it fits exactly, else cut here.
                if useEllipsis && restFits(glyph.width, then: characters, in: limit - column) {
                    column += place(glyph, x: column, y: y, role: role, limit: limit)
                    while let next = characters.next() {
                        column += place(DisplayText.glyph(for: next, ascii: ascii), x: column, y: y, role: role, limit: limit)
                    }
                    return column - x
                }
                if useEllipsis { column += put(ellipsis, x: column, y: y, role: role, limit: limit) }
                return column - x
            }
            column += place(glyph, x: column, y: y, role: role, limit: limit)
        }
        return column - x
    }

    /// Whether a character of `width` columns and the characters `rest` still holds fit in `room`
    /// columns; looks at no more than `room + 1` characters.
    private func restFits<Characters: IteratorProtocol<Character>>(_ width: Int, then rest: Characters, in room: Int) -> Bool {
        var used = width
        if used > room { return false }
        var rest = rest
        while let character = rest.next() {
            used += DisplayText.glyph(for: character, ascii: ascii).width
            if used > room { return false }
        }
        return true
    }

    /// The text of each row, wide characters once, for golden-screen tests and debugging.
    public var lines: [String] {
        (0..<size.height).map { row in
            var line = ""
            for column in 0..<size.width {
                let cell = self[column, row]
                if !cell.isContinuation { line.append(cell.character) }
            }
            return line
        }
    }

    /// The screen as text, rows joined by line feeds, with trailing spaces kept.
    public var text: String { lines.joined(separator: "\n") }
}
