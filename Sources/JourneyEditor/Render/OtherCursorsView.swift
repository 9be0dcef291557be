import JourneyKit

extension ScreenPainter {
    /// Marks the cells where other editors' cursors are with their initials, top right in the
    /// cell (`[A]`, `[AB]` when two are on one cell), so that everyone sees where the others work.
    mutating func paintOtherCursors() {
        guard !state.otherEditors.isEmpty, !map.stages.isEmpty, !map.touchpoints.isEmpty else { return }
        var initials: [CellPosition: String] = [:]
        for other in state.otherEditors {
            guard let keys = other.editing ?? other.cursor, let position = map.position(of: keys) else { continue }
            guard !(initials[position]?.contains(other.initial) ?? false) else { continue }
            initials[position, default: ""] += other.initial
        }
        for (position, letters) in initials {
            let column = position.stage - scroll.stage, row = position.touchpoint - scroll.touchpoint
            guard column >= 0, column < visibleStages, row >= 0, row < visibleTouchpoints else { continue }
            let mark = "[" + letters + "]"
            let width = layout.columnWidth(visibleIndex: column)
            let markWidth = DisplayWidth.of(mark)
            guard width > markWidth + 1 else { continue }
            let x = layout.columnX(visibleIndex: column) + width - markWidth
            buffer.write(mark, x: x, y: layout.rowY(visibleIndex: row), width: markWidth, role: .selection)
        }
    }
}
