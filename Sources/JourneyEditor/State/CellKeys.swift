import JourneyKit

/// A cell named by the keys of its stage and touchpoint rather than by their places, so that it
/// can be found again after others added, deleted or moved stages and touchpoints (and told to
/// other editors, whose maps may be ordered differently for a moment).
public struct CellKeys: Hashable, Sendable {
    /// The stage's key.
    public var stage: String
    /// The touchpoint's key.
    public var touchpoint: String

    /// Creates the keys of a cell.
    public init(stage: String, touchpoint: String) {
        self.stage = stage
        self.touchpoint = touchpoint
    }
}

extension JourneyMap {
    /// The keys of the cell at a position, if the map has it.
    public func keys(at position: CellPosition) -> CellKeys? {
        guard position.stage >= 0, position.stage < stages.count, position.touchpoint >= 0, position.touchpoint < touchpoints.count else { return nil }
        return CellKeys(stage: stages[position.stage].key, touchpoint: touchpoints[position.touchpoint].key)
    }

    /// Where the cell with these keys is now, if both its stage and touchpoint are still there.
    public func position(of keys: CellKeys) -> CellPosition? {
        guard let stage = stageIndex(key: keys.stage), let touchpoint = touchpointIndex(key: keys.touchpoint) else { return nil }
        return CellPosition(stage: stage, touchpoint: touchpoint)
    }

    /// Where a cell went: found by its keys, or, when its stage or touchpoint is gone, the same
    /// place on the axis that is still there and the nearest one on the other.
    func follow(_ position: CellPosition, from old: JourneyMap) -> CellPosition {
        var result = position
        if position.stage >= 0, position.stage < old.stages.count, let stage = stageIndex(key: old.stages[position.stage].key) {
            result.stage = stage
        }
        if position.touchpoint >= 0, position.touchpoint < old.touchpoints.count, let touchpoint = touchpointIndex(key: old.touchpoints[position.touchpoint].key) {
            result.touchpoint = touchpoint
        }
        return result
    }
}
