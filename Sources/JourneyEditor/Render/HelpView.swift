import JourneyKit

extension ScreenPainter {
    /// One screen row of the help: a heading, or keys and a piece of their description.
    struct HelpLine {
        var keys = ""
        var text = ""
        var heading = false
    }

    /// The width of the keys column of the help.
    var helpKeyWidth: Int { min(36, max(14, width * 2 / 5)) }

    /// The help's rows at this screen's width: headings, then each entry's keys beside its
    /// description, wrapped (keys too long for their column get rows of their own).
    func helpLines(_ sections: [CommandReference.Section]) -> [HelpLine] {
        var lines = [HelpLine(text: text(.helpTitle), heading: true), HelpLine()]
        let keyWidth = helpKeyWidth
        let textWidth = max(8, width - keyWidth - 2)
        for section in sections {
            lines.append(HelpLine(text: section.title, heading: true))
            for entry in section.rows {
                let keysFit = DisplayWidth.of(entry.keys) <= keyWidth - 3
                if !keysFit {
                    for piece in TextLayout.wrap(entry.keys, width: max(8, width - 4), maxLines: 4) {
                        lines.append(HelpLine(keys: piece))
                    }
                }
                for (index, piece) in TextLayout.wrap(entry.text, width: textWidth, maxLines: 8).enumerated() {
                    lines.append(HelpLine(keys: index == 0 && keysFit ? entry.keys : "", text: piece))
                }
            }
            lines.append(HelpLine())
        }
        return lines
    }

    /// The rows the help has for its lines (between the title bar and the status line).
    private var helpRows: Int { max(1, layout.statusRow - 1) }

    /// Whether lines of the help lie below what the scroll position shows.
    func helpHasMore(scroll: Int) -> Bool {
        let count = helpLines(CommandReference.sections(in: language)).count
        return min(scroll, max(0, count - helpRows)) + helpRows < count
    }

    /// The key and command reference over the grid, wrapped to the screen and scrolled.
    mutating func paintHelp(scroll: Int) {
        paintHelp(CommandReference.sections(in: language), scroll: scroll)
    }

    mutating func paintHelp(_ sections: [CommandReference.Section], scroll: Int) {
        let top = 1
        buffer.fill(x: 0, y: top, width: width, height: helpRows, role: .normal)
        let lines = helpLines(sections)
        let first = max(0, min(scroll, lines.count - helpRows))
        let keyWidth = helpKeyWidth
        for (offset, line) in lines.dropFirst(first).prefix(helpRows).enumerated() {
            let y = top + offset
            if line.heading {
                buffer.write(" " + line.text, x: 0, y: y, width: width, role: .detailHeading)
                continue
            }
            if !line.keys.isEmpty {
                let keysWidth = line.text.isEmpty ? width - 2 : keyWidth
                buffer.write("  " + line.keys, x: 0, y: y, width: keysWidth, role: .keyName)
            }
            if !line.text.isEmpty {
                buffer.write(line.text, x: keyWidth + 1, y: y, width: width - keyWidth - 1, role: .normal)
            }
        }
        if first > 0 { buffer.put(glyphs.moreAbove, x: width - 1, y: top, role: .scrollMarker) }
    }
}
