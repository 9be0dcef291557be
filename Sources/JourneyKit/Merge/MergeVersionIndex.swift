/// One version of the map as the merge reads it: where each key sits, and the filled cells of
/// each touchpoint's row (read once, since every row is visited more than once).
struct MergeVersionIndex {
    private(set) var stages: [String: Int] = [:]
    private(set) var touchpoints: [String: Int] = [:]
    /// The filled cells of each touchpoint, with their stage positions, in stage order.
    private(set) var rows: [[(stage: Int, cell: Cell)]] = []

    init(_ map: JourneyMap) {
        stages.reserveCapacity(map.stages.count)
        for (index, stage) in map.stages.enumerated() { stages[stage.key] = index }
        touchpoints.reserveCapacity(map.touchpoints.count)
        for (index, touchpoint) in map.touchpoints.enumerated() { touchpoints[touchpoint.key] = index }
        let positions = map.makeStagePositions()
        rows.reserveCapacity(map.touchpoints.count)
        for touchpoint in map.touchpoints.indices {
            let filled = map.nonEmptyCellCount(touchpoint: touchpoint)
            if filled == 0 {
                rows.append([])
            } else if filled * 8 >= map.stages.count {
                // A well-filled row: walking the stages costs less than sorting its cells.
                var row: [(stage: Int, cell: Cell)] = []
                row.reserveCapacity(filled)
                for stage in map.stages.indices {
                    let cell = map.cell(stage: stage, touchpoint: touchpoint)
                    if !cell.isEmpty { row.append((stage, cell)) }
                }
                rows.append(row)
            } else {
                rows.append(map.nonEmptyCells(touchpoint: touchpoint, stagePositions: positions))
            }
        }
    }
}
