import JourneyKit

/// The workshop's views and helpers outside the map: the analysis view (`:stats`), the
/// presentation (`:present`), the timer (`:timer`) and the comparison (`:compare`), with the keys
/// of the two views and the events that drive the timer and bring the compared map.
enum WorkshopViews {
    static func run(_ command: EditorCommand, state: inout EditorState) -> CommandOutcome {
        switch command {
        case .showStats:
            state.mode = .stats(selected: 0)
        case .present:
            state.mode = .presentation(stage: nil)
        case .timer(.start(let seconds)):
            state.timer = WorkshopTimer(duration: seconds)
            state.message = .info(.workshop(.timerStarted(seconds: seconds)))
        case .timer(.stop):
            guard state.timer != nil else { return .refused(.workshop(.noTimer)) }
            state.timer = nil
            state.message = .info(.workshop(.timerStopped))
        case .timer(.mute):
            state.timerMuted = true
            state.message = .info(.workshop(.timerMuted))
        case .timer(.unmute):
            state.timerMuted = false
            state.message = .info(.workshop(.timerUnmuted))
        case .compare(nil):
            guard state.comparison != nil else { return .refused(.workshop(.noComparison)) }
            state.comparison = nil
            state.message = .info(.workshop(.comparisonOff))
        case .compare(let path?):
            state.message = .info(.workshop(.comparing(path: path)))
            return .done([.loadComparison(path: path)])
        default:
            break
        }
        return .done([])
    }

    // MARK: Events

    /// The session's clock: starts a timer just asked for, and says when time is up (ringing the
    /// bell unless muted).
    static func tick(_ seconds: Double, state: inout EditorState) -> [EditorEffect] {
        state.clockSeconds = seconds
        guard var timer = state.timer else { return [] }
        if timer.startedAt == nil { timer.startedAt = seconds }
        var effects: [EditorEffect] = []
        if !timer.isUp, timer.remaining(at: seconds) == 0 {
            timer.isUp = true
            state.message = .error(.workshop(.timeUp))
            if !state.timerMuted { effects.append(.bell) }
        }
        state.timer = timer
        return effects
    }

    /// The map `:compare` asked for, read by the session (or why it could not be).
    static func comparisonLoaded(_ path: String, _ result: Result<JourneyMap, MapLoadFailure>, state: inout EditorState) {
        switch result {
        case .success(let map):
            let overlay = ComparisonOverlay(path: path, map: map)
            state.comparison = overlay
            let shared = state.map.stages.filter { map.stageIndex(named: $0.name) != nil }.count
            state.message = .info(.workshop(.comparisonShown(label: overlay.label, shared: shared, of: state.map.stages.count)))
        case .failure(let failure):
            state.message = .error(.workshop(.comparisonFailed(path: path, reason: failure.reason)))
        }
    }

    // MARK: Keys of the views

    /// A key in the analysis view: ↑/↓ select an item, Enter goes to its cell, Esc goes back.
    static func statsKey(_ key: Key, selected: Int, state: inout EditorState) -> [EditorEffect] {
        let items = StatsEntries.selectable(MapStatistics(state.map), height: state.screenSize.height)
        let last = max(0, items.count - 1)
        state.message = nil
        switch key {
        case .up, .character("k"): state.mode = .stats(selected: max(0, min(selected, last) - 1))
        case .down, .character("j"): state.mode = .stats(selected: min(last, selected + 1))
        case .home, .character("g"): state.mode = .stats(selected: 0)
        case .end, .character("G"): state.mode = .stats(selected: last)
        case .enter:
            guard !items.isEmpty else {
                state.message = .error(.workshop(.nothingToSelect))
                return []
            }
            let item = items[min(selected, last)]
            guard item.stage < state.map.stages.count, item.touchpoint < state.map.touchpoints.count else {
                state.message = .error(.workshop(.itemGone))
                return []
            }
            state.cursor = CellPosition(stage: item.stage, touchpoint: item.touchpoint)
            state.mode = .detail(DetailPane.clamp(DetailSelection(list: item.list, index: item.position), in: state.currentCell))
            state.message = .info(.workshop(.wentToItem(stage: item.stageName, touchpoint: item.touchpointName)))
        case .character(":"):
            state.mode = .prompt(TextPrompt(.commandLine))
        case .escape, .character("q"), .character("A"), .backspace:
            state.mode = .grid
        default:
            break
        }
        return []
    }

    /// A key in the presentation: ← → step through the stages (the overview before the first),
    /// Home back to the overview, Esc back to the editor.
    static func presentationKey(_ key: Key, stage: Int?, state: inout EditorState) -> [EditorEffect] {
        let count = state.map.stages.count
        state.message = nil
        switch key {
        case .right, .character("l"), .character(" "), .pageDown, .enter:
            guard count > 0 else { return [] }
            state.mode = .presentation(stage: min(count - 1, stage.map { $0 + 1 } ?? 0))
        case .left, .character("h"), .pageUp, .backspace:
            guard let stage else { return [] }
            state.mode = .presentation(stage: stage == 0 ? nil : min(count - 1, stage - 1))
        case .home, .character("g"):
            state.mode = .presentation(stage: nil)
        case .end, .character("G"):
            state.mode = .presentation(stage: count > 0 ? count - 1 : nil)
        case .character(":"):
            state.mode = .prompt(TextPrompt(.commandLine))
        case .escape, .character("q"), .function(5), .character("W"):
            if let stage, stage < count { state.cursor.stage = stage }
            state.mode = .grid
        default:
            break
        }
        return []
    }
}

/// The items the analysis view lists, in the order ↑/↓ walk them: the top pain points, then
/// each quadrant of the opportunity matrix, then the unscored opportunities.
enum StatsEntries {
    /// The quadrants in the order the view lists them.
    static let quadrants: [OpportunityQuadrant] = [.quickWins, .bigBets, .fillIns, .moneyPits, .unscored]

    /// The items in order, on a screen `height` rows tall.
    static func selectable(_ statistics: MapStatistics, height: Int) -> [LocatedItem] {
        painPoints(statistics, height: height) + quadrants.flatMap { statistics.opportunityMatrix[$0] }
    }

    /// The top pain points the view lists: five, or all ten on a tall screen, so that the
    /// matrix stays in sight.
    static func painPoints(_ statistics: MapStatistics, height: Int) -> [LocatedItem] {
        Array(statistics.topPainPoints.prefix(height >= 44 ? MapStatistics.topPainPointLimit : 5))
    }
}

/// Why a map the editor asked the session to read (`:compare FILE`) could not be read: the
/// reader's own words, which name the file, line and column.
public struct MapLoadFailure: Error, Hashable, Sendable {
    /// The first problem, as `path:line:column: message`.
    public var reason: String

    /// Creates a failure.
    public init(reason: String) {
        self.reason = reason
    }
}
