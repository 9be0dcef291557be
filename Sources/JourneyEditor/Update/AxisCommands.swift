import JourneyKit

/// The commands on stages and touchpoints, written once for both axes.
enum AxisCommands {
    static func run(_ command: EditorCommand, state: inout EditorState) -> CommandOutcome {
        switch command {
        case .add(let axis, let name, let channel):
            let index = state.map.count(axis) == 0 ? 0 : state.cursor[axis] + 1
            let trimmed = name.trimmingWhitespaceAndNewlines()
            let outcome = CommandRunner.change(.add(axis), state: &state, { (map: inout JourneyMap) throws(JourneyModelError) in try map.insert(axis, named: trimmed, channel: channel, at: index) },
                                               then: .lineAdded(axis, name: trimmed))
            if case .done = outcome { state.cursor[axis] = index }
            return outcome
        case .rename(let axis, let name):
            let index: Int
            switch CommandRunner.requireLine(axis, state) {
            case .success(let found): index = found
            case .failure(let refusal): return .refused(refusal)
            }
            let trimmed = name.trimmingWhitespaceAndNewlines()
            let old = state.map.name(axis, at: index)
            guard trimmed != old else { return .done([]) }
            return CommandRunner.change(.rename(axis), state: &state, { (map: inout JourneyMap) throws(JourneyModelError) in try map.rename(axis, at: index, to: trimmed) },
                                        then: .lineRenamed(axis, from: old, to: trimmed))
        case .delete(let axis):
            let index: Int
            switch CommandRunner.requireLine(axis, state) {
            case .success(let found): index = found
            case .failure(let refusal): return .refused(refusal)
            }
            let name = state.map.name(axis, at: index)
            return CommandRunner.change(.delete(axis), state: &state, { $0.remove(axis, at: index) }, then: .lineDeleted(axis, name: name))
        case .moveLine(let axis, let direction):
            let index: Int
            switch CommandRunner.requireLine(axis, state) {
            case .success(let found): index = found
            case .failure(let refusal): return .refused(refusal)
            }
            let target = index + (direction.isBackward ? -1 : 1)
            guard target >= 0, target < state.map.count(axis) else {
                state.message = .info(.lineAlreadyAtEnd(axis, first: target < 0))
                return .done([])
            }
            let outcome = CommandRunner.change(.move(axis), state: &state, { $0.move(axis, from: index, to: target) },
                                               then: .lineMoved(axis, name: state.map.name(axis, at: index), to: target + 1, of: state.map.count(axis)))
            if case .done = outcome { state.cursor[axis] = target }
            return outcome
        case .setGoal(let goal):
            switch CommandRunner.requireLine(.stage, state) {
            case .failure(let refusal): return .refused(refusal)
            case .success(let index):
                guard goal != state.map.stages[index].goal else { return .done([]) }
                return CommandRunner.change(.setGoal, state: &state, { $0.setGoal(goal, forStageAt: index) }, then: goal == nil ? .goalCleared : .goalSet)
            }
        case .setChannel(let channel):
            switch CommandRunner.requireLine(.touchpoint, state) {
            case .failure(let refusal): return .refused(refusal)
            case .success(let index):
                guard channel != state.map.touchpoints[index].channel else { return .done([]) }
                return CommandRunner.change(.setChannel, state: &state, { $0.setChannel(channel, forTouchpointAt: index) },
                                            then: channel == nil ? .channelCleared : .channelSet)
            }
        default:
            return .done([])
        }
    }
}
