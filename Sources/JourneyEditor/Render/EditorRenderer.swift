import JourneyKit

/// Draws the editor state into a screen buffer: a pure function of the state and the screen
/// size, so that golden-screen tests can check every view without a terminal.
///
/// ```swift
/// let frame = EditorRenderer.render(state, size: ScreenSize(width: 80, height: 24))
/// print(frame.buffer.text)
/// ```
///
/// The work done is proportional to the screen's size, never to the map's: only visible stages
/// and touchpoints are looked at, and per-stage emotion averages are kept by the model.
public enum EditorRenderer {
    /// Renders the state at a size. With `ascii`, only ASCII characters are drawn.
    public static func render(_ state: EditorState, size: ScreenSize, ascii: Bool = false) -> Frame {
        var painter = ScreenPainter(state: state, size: size, ascii: ascii)
        painter.paint()
        return Frame(buffer: painter.buffer, cursor: painter.cursor)
    }
}

/// The drawing of one frame: the buffer being filled and what every view needs to know.
struct ScreenPainter {
    let state: EditorState
    let layout: EditorLayout
    let glyphs: Glyphs
    var buffer: ScreenBuffer
    var cursor: Frame.Point?
    /// The first visible stage and touchpoint.
    let scroll: CellPosition
    /// How many stages and touchpoints are visible.
    let visibleStages: Int
    let visibleTouchpoints: Int

    init(state: EditorState, size: ScreenSize, ascii: Bool) {
        self.state = state
        layout = state.layout(for: size)
        glyphs = ascii ? .plain : .unicode
        buffer = ScreenBuffer(size: size, ascii: ascii)
        // The scroll is kept by the update (``Editor/keepCursorInView``); the painter only reads it.
        scroll = CellPosition(
            stage: max(0, min(state.scroll.stage, state.map.stages.count - 1)),
            touchpoint: max(0, min(state.scroll.touchpoint, state.map.touchpoints.count - 1)))
        visibleStages = max(0, min(layout.visibleStageCapacity, state.map.stages.count - scroll.stage))
        visibleTouchpoints = max(0, min(layout.visibleTouchpointCapacity, state.map.touchpoints.count - scroll.touchpoint))
    }

    var map: JourneyMap { state.map }
    var language: Language { state.language }

    /// A phrase of the screen's catalogue in the interface's language.
    func text(_ phrase: ScreenStrings) -> String { phrase.text(in: state.language) }
    var width: Int { layout.size.width }
    var height: Int { layout.size.height }

    mutating func paint() {
        guard width > 0, height > 0 else { return }
        if layout.isTooSmall {
            paintTooSmall()
            return
        }
        paintTitleBar()
        if case .help(let scroll) = state.mode {
            paintHelp(scroll: scroll)
        } else if case .stats(let selected) = state.mode {
            paintStats(selected: selected)
        } else if case .presentation(let stage) = state.mode {
            paintPresentation(stage: stage)
        } else {
            paintGrid()
            paintOtherCursors()
            paintCurve()
            paintDetail()
            paintNoticePanel()
        }
        paintStatusLine()
    }

    /// Whether the cursor cell is highlighted (not while the help screen covers the grid).
    var showsCursor: Bool {
        switch state.mode {
        case .help, .stats, .presentation: return false
        default: return state.hasCell
        }
    }

    mutating func paintTooSmall() {
        buffer.fill(x: 0, y: 0, width: width, height: height, role: .normal)
        let minimum = EditorLayout.minimumSize
        let lines = [
            text(.tooSmall),
            text(.tooSmallSize(width: width, height: height, minimumWidth: minimum.width, minimumHeight: minimum.height)),
            text(.tooSmallHint),
        ]
        let top = max(0, (height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < height {
            let lineWidth = DisplayWidth.of(line)
            let x = max(0, (width - lineWidth) / 2)
            buffer.write(line, x: x, y: top + offset, width: width - x, role: offset == 0 ? .error : .normal)
        }
    }

    mutating func paintTitleBar() {
        buffer.fill(x: 0, y: 0, width: width, height: 1, role: .titleBar)
        var right = state.document.displayName
        if state.document.isNew { right += text(.newFile) }
        if !state.otherEditors.isEmpty { right = text(.othersOnMap(state.otherEditors.map(\.user), live: state.isLiveSharing)) + right }
        let marker = state.isModified ? " [+]" : ""
        let rightWidth = min(width / 2, DisplayWidth.of(DisplayText.sanitized(right, ascii: glyphs.ascii)) + DisplayWidth.of(marker) + 1)
        let rightX = width - rightWidth
        let used = buffer.write(right, x: rightX, y: 0, width: rightWidth - DisplayWidth.of(marker) - 1, role: .titleBar)
        if !marker.isEmpty { buffer.write(marker, x: rightX + used, y: 0, width: DisplayWidth.of(marker), role: .modifiedMarker) }
        var left = " " + (map.title.isEmpty ? ModelStrings.untitled.text(in: language) : map.title)
        if let persona = map.persona, !persona.isEmpty { left += glyphs.separator + persona }
        left += glyphs.separator + map.kind.displayName(in: language)
        if let scenario = map.scenario, !scenario.isEmpty {
            left += glyphs.separator + scenario
        } else if let hint = state.scenarioHint, !hint.isEmpty {
            left += glyphs.separator + text(.scenarioHint(hint))
        }
        buffer.write(left, x: 0, y: 0, width: max(0, rightX - 1), role: .titleBar)
    }
}
