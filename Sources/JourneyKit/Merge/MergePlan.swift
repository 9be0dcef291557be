/// The merged map before conflicts are answered: every settled value, and for every conflict
/// both possible values. ``build(_:)`` makes the map for any set of answers.
struct MergePlan: Sendable {
    var title: MergeResolvable<String>
    var persona: MergeResolvable<String?>
    var scenario: MergeResolvable<String?>
    var kind: MergeResolvable<JourneyKind>
    var extraFields: MergeExtraFieldsPlan
    var extraBlocks: MergeResolvable<[ExtraBlock]>
    var stages: MergeAxisPlan
    var touchpoints: MergeAxisPlan
    var cells: [MergeCellEntry]
    /// Our version, which most merged maps are a few changes away from.
    var ours: JourneyMap

    /// The map with each conflict answered by `side` (called with provisional conflict numbers).
    ///
    /// When the merged stages and touchpoints keep ours' order, the map is ours with the
    /// differences applied, in time proportional to them; otherwise it is built whole.
    func build(_ side: (Int) -> MergeSide) -> JourneyMap {
        let stageNames = stages.resolvedNames(side)
        let touchpointNames = touchpoints.resolvedNames(side)
        return buildFromOurs(side, stageNames: stageNames, touchpointNames: touchpointNames)
            ?? buildWhole(side, stageNames: stageNames, touchpointNames: touchpointNames)
    }

    /// The map built from nothing, every stage, touchpoint and cell added in order.
    func buildWhole(_ side: (Int) -> MergeSide, stageNames: [String?], touchpointNames: [String?]) -> JourneyMap {
        var map = JourneyMap(
            title: title.value(side),
            persona: persona.value(side),
            scenario: scenario.value(side),
            kind: kind.value(side),
            extraFields: extraFields.fields(side),
            extraBlocks: extraBlocks.value(side))
        var stageSlots = [Int](repeating: -1, count: stages.entries.count)
        for (index, entry) in stages.entries.enumerated() {
            guard let name = stageNames[index] else { continue }
            do {
                stageSlots[index] = try map.appendStage(
                    named: name, goal: entry.detail.value(side), key: entry.key, metrics: entry.metrics.value(side),
                    extraFields: entry.extraFields.fields(side))
            } catch {
                preconditionFailure("the merge made an invalid stage: \(error)")
            }
        }
        var touchpointSlots = [Int](repeating: -1, count: touchpoints.entries.count)
        for (index, entry) in touchpoints.entries.enumerated() {
            guard let name = touchpointNames[index] else { continue }
            do {
                touchpointSlots[index] = try map.appendTouchpoint(
                    named: name, channel: entry.detail.value(side), key: entry.key, extraFields: entry.extraFields.fields(side))
            } catch {
                preconditionFailure("the merge made an invalid touchpoint: \(error)")
            }
        }
        for entry in cells {
            let stage = stageSlots[entry.stage]
            let touchpoint = touchpointSlots[entry.touchpoint]
            guard stage >= 0, touchpoint >= 0 else { continue }
            let cell = entry.plan.cell(side)
            if !cell.isEmpty { map.setCell(cell, stage: stage, touchpoint: touchpoint) }
        }
        return map
    }

    /// The map as a copy of ours with the differences applied, or `nil` when the merged order of
    /// what ours keeps differs from ours' order (or a rename would clash on the way).
    func buildFromOurs(_ side: (Int) -> MergeSide, stageNames: [String?], touchpointNames: [String?]) -> JourneyMap? {
        var map = ours
        map.title = title.value(side)
        map.persona = persona.value(side)
        map.scenario = scenario.value(side)
        map.kind = kind.value(side)
        map.extraFields = extraFields.fields(side)
        map.extraBlocks = extraBlocks.value(side)
        guard let stageSlots = Self.update(&map, .stage, plan: stages, names: stageNames, side),
              let touchpointSlots = Self.update(&map, .touchpoint, plan: touchpoints, names: touchpointNames, side)
        else { return nil }
        for entry in cells where !entry.matchesOurs {
            let stage = stageSlots[entry.stage]
            let touchpoint = touchpointSlots[entry.touchpoint]
            guard stage >= 0, touchpoint >= 0 else { continue }
            map.setCell(entry.plan.cell(side), stage: stage, touchpoint: touchpoint)
        }
        return map
    }

    /// Turns the stages (or touchpoints) of a copy of ours into the merged ones: removes those
    /// left out, renames and updates the rest, inserts the new ones. Returns the index in the map
    /// of each plan entry (-1 when left out), or `nil` when that cannot be done in place.
    private static func update(
        _ map: inout JourneyMap, _ axis: MapAxis, plan: MergeAxisPlan, names: [String?], _ side: (Int) -> MergeSide
    ) -> [Int]? {
        var finalPositions: [String: Int] = [:]
        var count = 0
        for (index, entry) in plan.entries.enumerated() where names[index] != nil {
            finalPositions[entry.key] = count
            count += 1
        }
        let keys = axis == .stage ? map.stages.map(\.key) : map.touchpoints.map(\.key)
        var last = -1
        for key in keys {
            guard let position = finalPositions[key] else { continue }
            if position < last { return nil }
            last = position
        }
        for (index, key) in keys.enumerated().reversed() where finalPositions[key] == nil {
            if axis == .stage { map.removeStage(at: index) } else { map.removeTouchpoint(at: index) }
        }
        var current: [String: Int] = [:]
        for (index, key) in (axis == .stage ? map.stages.map(\.key) : map.touchpoints.map(\.key)).enumerated() {
            current[key] = index
        }
        do {
            // Ours' own, renamed and updated where they differ (still in their places)…
            for (index, entry) in plan.entries.enumerated() {
                guard let name = names[index], let at = current[entry.key] else { continue }
                let detail = entry.detail.value(side)
                let extraFields = entry.extraFields.fields(side)
                switch axis {
                case .stage:
                    let stage = map.stages[at]
                    if stage.name != name { try map.renameStage(at: at, to: name) }
                    if stage.goal != detail { map.setGoal(detail, forStageAt: at) }
                    let metrics = entry.metrics.value(side)
                    if stage.metrics != metrics { map.setMetrics(metrics, forStageAt: at) }
                    if stage.extraFields != extraFields { map.setExtraFields(extraFields, forStageAt: at) }
                case .touchpoint:
                    let touchpoint = map.touchpoints[at]
                    if touchpoint.name != name { try map.renameTouchpoint(at: at, to: name) }
                    if touchpoint.channel != detail { map.setChannel(detail, forTouchpointAt: at) }
                    if touchpoint.extraFields != extraFields { map.setExtraFields(extraFields, forTouchpointAt: at) }
                }
            }
            // …then the new ones at their places, left to right.
            var slots = [Int](repeating: -1, count: plan.entries.count)
            for (index, entry) in plan.entries.enumerated() {
                guard let name = names[index], let position = finalPositions[entry.key] else { continue }
                slots[index] = position
                guard current[entry.key] == nil else { continue }
                let detail = entry.detail.value(side)
                let extraFields = entry.extraFields.fields(side)
                switch axis {
                case .stage:
                    try map.insertStage(
                        named: name, goal: detail, key: entry.key, metrics: entry.metrics.value(side), extraFields: extraFields,
                        at: position)
                case .touchpoint:
                    try map.insertTouchpoint(named: name, channel: detail, key: entry.key, extraFields: extraFields, at: position)
                }
            }
            return slots
        } catch {
            // A rename onto a name another one gives up only later (a swap): build whole instead.
            return nil
        }
    }
}
