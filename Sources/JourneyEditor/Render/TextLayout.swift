/// Breaking text into lines that fit a width, by display width, for the detail pane.
enum TextLayout {
    /// The text's lines wrapped at `width` columns (at spaces where possible), at most `maxLines`
    /// of them; the last line ends with `…` when text was left out. Work stops once `maxLines`
    /// are full, however long the text.
    static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
        guard width > 0, maxLines > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        var lastSpace: String.Index?
        var truncated = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isNewline {
                lines.append(current)
                current = ""
                currentWidth = 0
                lastSpace = nil
                index = text.index(after: index)
                if lines.count == maxLines { truncated = index < text.endIndex; break }
                continue
            }
            let characterWidth = max(1, DisplayWidth.of(DisplayText.visible(character)))
            if currentWidth + characterWidth > width {
                if let space = lastSpace, space > current.startIndex {
                    let head = String(current[..<space])
                    let tail = String(current[current.index(after: space)...])
                    lines.append(head)
                    current = tail
                    currentWidth = DisplayWidth.of(DisplayText.sanitized(tail))
                } else {
                    lines.append(current)
                    current = ""
                    currentWidth = 0
                }
                lastSpace = nil
                if lines.count == maxLines { truncated = true; break }
            }
            if character == " " { lastSpace = current.endIndex }
            current.append(character)
            currentWidth += characterWidth
            index = text.index(after: index)
        }
        if lines.count < maxLines {
            if !current.isEmpty || lines.isEmpty || text.last?.isNewline == true { lines.append(current) }
        } else if !current.isEmpty {
            truncated = true
        }
        if truncated, let last = lines.popLast() {
            lines.append(last + "…")
        }
        return lines
    }
}
