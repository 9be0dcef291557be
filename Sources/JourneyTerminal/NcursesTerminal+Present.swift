import CNcursesw
import JourneyScreen

extension NcursesTerminal {
    /// Shows a frame: copies the rows that changed since the last frame to ncurses' screen,
    /// places (or hides) the cursor, and lets ncurses send the differences to the terminal.
    ///
    /// A buffer larger than the screen is clipped; a smaller one leaves the rest blank.
    public func present(_ frame: Frame) {
        guard phase == .active else { return }
        let buffer = frame.buffer
        let screenSize = size
        let rows = min(screenSize.height, buffer.size.height)
        let columns = min(screenSize.width, buffer.size.width)
        let copyAll = copyEverything || previous?.size != buffer.size
        if copyAll && buffer.size != screenSize { _ = werase(window) }

        var painter = CellPainter(window: window, palette: palette, usesASCII: usesASCII)
        let width = buffer.size.width
        for y in 0..<rows {
            let row = y * width..<(y + 1) * width
            if !copyAll, let previous, previous.cells[row] == buffer.cells[row] { continue }
            painter.paintRow(y, of: buffer, columns: columns)
        }
        previous = buffer
        copyEverything = false

        if let point = frame.cursor, (0..<rows).contains(point.y), (0..<columns).contains(point.x) {
            _ = leaveok(window, false)
            _ = wmove(window, Int32(point.y), Int32(point.x))
            _ = wnoutrefresh(window)
            _ = doupdate()
            showCursor(true)
        } else {
            showCursor(false)
            _ = leaveok(window, true)
            _ = wnoutrefresh(window)
            _ = doupdate()
        }
    }
}
