import JourneyKit

extension ScreenPainter {
    /// The key and command reference, scrollable, over the grid.
    /// The help screen's lines: headings, and keys with what they do.
    static func helpLines(in language: Language) -> [(keys: String, text: String, heading: Bool)] {
        var lines: [(keys: String, text: String, heading: Bool)] = [("", language.choose(en: "journey: keys and commands", es: "journey: teclas y órdenes"), true), ("", "", false)]
        for section in CommandReference.sections(in: language) {
            lines.append(("", section.title, true))
            for row in section.rows { lines.append((row.keys, row.text, false)) }
            lines.append(("", "", false))
        }
        return lines
    }

    var helpLineCount: Int { Self.helpLines(in: state.language).count }

    mutating func paintHelp(scroll: Int) {
        let top = 1, bottom = layout.statusRow
        buffer.fill(x: 0, y: top, width: width, height: bottom - top, role: .normal)
        let lines = Self.helpLines(in: state.language)
        let visible = bottom - top
        let first = max(0, min(scroll, lines.count - visible))
        let keyWidth = min(52, max(16, width * 2 / 5))
        for (offset, line) in lines.dropFirst(first).prefix(visible).enumerated() {
            let y = top + offset
            if line.heading {
                buffer.write(" " + line.text, x: 0, y: y, width: width, role: .detailHeading)
            } else {
                buffer.write("  " + line.keys, x: 0, y: y, width: keyWidth, role: .keyName)
                buffer.write(line.text, x: keyWidth + 1, y: y, width: width - keyWidth - 1, role: .normal)
            }
        }

    }
}
