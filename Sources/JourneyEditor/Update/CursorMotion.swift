import JourneyKit

/// Moving the cursor over the grid.
enum CursorMotion {
    static func apply(_ command: EditorCommand, state: inout EditorState) -> CommandOutcome {
        let lastStage = max(0, state.map.stages.count - 1), lastTouchpoint = max(0, state.map.touchpoints.count - 1)
        switch command {
        case .move(.left): state.cursor.stage = max(0, state.cursor.stage - 1)
        case .move(.right): state.cursor.stage = min(lastStage, state.cursor.stage + 1)
        case .move(.up): state.cursor.touchpoint = max(0, state.cursor.touchpoint - 1)
        case .move(.down): state.cursor.touchpoint = min(lastTouchpoint, state.cursor.touchpoint + 1)
        case .firstStage: state.cursor.stage = 0
        case .lastStage: state.cursor.stage = lastStage
        case .firstTouchpoint: state.cursor.touchpoint = 0
        case .lastTouchpoint: state.cursor.touchpoint = lastTouchpoint
        case .pageUp, .pageDown:
            let page = state.layout.visibleTouchpointCapacity
            let step = command == .pageUp ? -page : page
            state.cursor.touchpoint = max(0, min(lastTouchpoint, state.cursor.touchpoint + step))
            state.scroll.touchpoint = max(0, state.scroll.touchpoint + step)
        case .goto(let name):
            guard let (axis, index) = find(name, in: state.map) else { return .refused(.noSuchName(name)) }
            state.cursor[axis] = index
            state.message = .info(.wentTo(axis, name: state.map.name(axis, at: index)))
        default:
            break
        }
        return .done([])
    }

    /// The stage or touchpoint a name means: the same name (stages first), else the first whose
    /// name contains it, ignoring case and accents.
    static func find(_ name: String, in map: JourneyMap) -> (MapAxis, Int)? {
        for axis in MapAxis.allCases {
            if let index = map.index(axis, named: name) { return (axis, index) }
        }
        let wanted = TextFolding.fold(name)
        for axis in MapAxis.allCases {
            if let index = (0..<map.count(axis)).first(where: { TextFolding.fold(map.name(axis, at: $0)).contains(wanted) }) { return (axis, index) }
        }
        return nil
    }
}
