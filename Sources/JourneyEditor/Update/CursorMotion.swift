import JourneyKit

/// Moving the cursor over the grid.
enum CursorMotion {
    static func apply(_ command: EditorCommand, state: inout EditorState) {
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
            let page = EditorLayout(size: state.screenSize).visibleTouchpointCapacity
            let step = command == .pageUp ? -page : page
            state.cursor.touchpoint = max(0, min(lastTouchpoint, state.cursor.touchpoint + step))
            state.scroll.touchpoint = max(0, state.scroll.touchpoint + step)
        default:
            break
        }
    }
}
