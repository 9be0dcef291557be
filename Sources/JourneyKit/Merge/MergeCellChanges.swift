/// Which cells one side changed from the base, counted by stage key and by touchpoint key.
///
/// A cell counts where the side has both its stage and its touchpoint and holds something other
/// than the base held there (an empty cell where the base had none). Cells that went away with
/// a deleted stage or touchpoint do not count. This decides whether a stage or touchpoint the
/// other side deleted was changed here, in time linear in the number of filled cells.
struct MergeCellChanges {
    private(set) var byStage: [String: Int] = [:]
    private(set) var byTouchpoint: [String: Int] = [:]

    /// No changes counted: for a side whose counts are not needed.
    init() {}

    init(side: JourneyMap, sideIndex: MergeVersionIndex, base: JourneyMap, baseIndex: MergeVersionIndex) {
        let sideToBase = side.stages.map { baseIndex.stages[$0.key] ?? -1 }
        let baseToSide = base.stages.map { sideIndex.stages[$0.key] ?? -1 }
        var stageCounts = [Int](repeating: 0, count: side.stages.count)
        for (touchpoint, row) in side.touchpoints.enumerated() {
            var changed = 0
            let baseTouchpoint = baseIndex.touchpoints[row.key]
            for (stage, cell) in sideIndex.rows[touchpoint] {
                let baseStage = sideToBase[stage]
                let original = baseStage >= 0 && baseTouchpoint != nil
                    ? base.cell(stage: baseStage, touchpoint: baseTouchpoint ?? 0) : .empty
                if cell != original {
                    stageCounts[stage] += 1
                    changed += 1
                }
            }
            if let baseTouchpoint {
                for (baseStage, _) in baseIndex.rows[baseTouchpoint] {
                    let stage = baseToSide[baseStage]
                    if stage >= 0, side.cell(stage: stage, touchpoint: touchpoint).isEmpty {
                        stageCounts[stage] += 1
                        changed += 1
                    }
                }
            }
            if changed > 0 { byTouchpoint[row.key] = changed }
        }
        for (stage, count) in stageCounts.enumerated() where count > 0 { byStage[side.stages[stage].key] = count }
    }
}
