import JourneyKit

extension ScreenPainter {
    /// A panel over the bottom of the screen (or the side pane) for what needs the user's answer
    /// and more than a status line to explain: a save's conflicts with the file on disk, and
    /// unsaved changes found in a recovery file.
    mutating func paintNoticePanel() {
        switch state.mode {
        case .conflicts:
            guard let review = state.conflictReview, let conflict = review.current else { return }
            var lines: [(String, StyleRole)] = [
                (text(review.isFromFile ? .fileConflictIntro : .conflictIntro), .normal),
                (conflict.summary(in: state.language), .detailHeading),
                (text(.conflictOurs) + shown(conflict.ours(in: state.language)), review.choices[conflict.id] == .ours ? .selection : .normal),
                (text(.conflictTheirs) + shown(conflict.theirs(in: state.language)), review.choices[conflict.id] == .theirs ? .selection : .normal),
                (text(.conflictBase) + shown(conflict.base), .dim),
            ]
            let others = review.result.conflicts.count - 1
            if others > 0 { lines.append((text(.conflictsToGo(others)), .dim)) }
            paintPanel(title: text(.conflictTitle(index: review.index + 1, count: review.result.conflicts.count)), lines: lines)
        case .question(.restoreRecovery):
            guard let offer = state.recoveryOffer else { return }
            let name = state.document.displayName
            var lines: [(String, StyleRole)] = [
                (text(.recoveryIntro(savedAt: offer.savedAt, file: name, olderThanFile: offer.isOlderThanFile)), .normal),
                (offer.summary, .detailHeading),
                (text(.recoveryRestore), .normal),
                (text(.recoveryKeep(file: name)), .normal),
            ]
            if offer.base != nil {
                if offer.keepsLaterChanges { lines.append((text(.recoveryKeepsLaterChanges(clashes: offer.clashes)), .dim)) }
            } else if offer.isOlderThanFile {
                lines.append((text(.recoveryOlder), .dim))
            }
            paintPanel(title: text(.recoveryTitle), lines: lines)
        case .grid, .detail:
            paintLongMessage()
        default:
            return
        }
    }

    /// A message too long for the status line is shown whole, wrapped, just above it, so that an
    /// error's path, line, column and reason are never cut off.
    private mutating func paintLongMessage() {
        guard let message = state.message else { return }
        let text = message.text(in: state.language)
        guard !text.isEmpty else { return }
        let room = width - 14  // what the status line leaves beside the cursor position
        guard DisplayWidth.of(DisplayText.sanitized(text, ascii: glyphs.ascii)) + 1 > room else { return }
        let lines = TextLayout.wrap(text, width: max(1, width - 2), maxLines: max(1, min(6, layout.statusRow - layout.gridTop - 1)))
        let top = layout.statusRow - lines.count - 1
        guard top >= layout.gridTop else { return }
        let role: StyleRole = message.kind == .error ? .error : .normal
        buffer.fill(x: 0, y: top, width: width, height: 1, role: role, character: glyphs.horizontal)
        buffer.fill(x: 0, y: top + 1, width: width, height: lines.count, role: .normal)
        for (offset, line) in lines.enumerated() {
            buffer.write(line, x: 1, y: top + 1 + offset, width: width - 2, role: role)
        }
    }

    /// A value as a conflict shows it.
    private func shown(_ value: String?) -> String {
        guard let value else { return text(.valueNone) }
        return value.isEmpty ? text(.valueEmpty) : value
    }

    private mutating func paintPanel(title: String, lines: [(String, StyleRole)]) {
        let area: EditorLayout.Rect
        if layout.detailBeside {
            area = layout.detail
        } else {
            let top = layout.curve.y
            area = EditorLayout.Rect(x: 0, y: top, width: width, height: max(0, layout.statusRow - top))
        }
        guard area.height >= 2, area.width >= 10 else { return }
        buffer.fill(x: area.x, y: area.y, width: area.width, height: area.height, role: .normal)
        buffer.fill(x: area.x, y: area.y, width: area.width, height: 1, role: .conflict, character: glyphs.horizontal)
        buffer.write(" " + title + " ", x: area.x + 2, y: area.y, width: area.width - 4, role: .conflict)
        var y = area.y + 1
        for (text, role) in lines {
            for piece in TextLayout.wrap(text, width: area.width - 2, maxLines: area.y + area.height - y) where y < area.y + area.height {
                buffer.write(piece, x: area.x + 1, y: y, width: area.width - 2, role: role)
                y += 1
            }
        }
    }
}
