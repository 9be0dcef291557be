extension MergeEngine {
    /// Merges the cells of every stage and touchpoint of the plan, a touchpoint's row at a time,
    /// in time linear in the number of filled cells.
    ///
    /// Where both sides have the cell's stage and touchpoint, the cell merges field by field
    /// against the base's (an empty cell where the base had none). Where only one side has them
    /// (it added them, or kept them while the other deleted them), that side's cell is taken.
    mutating func planCells(stages: MergeAxisPlan, touchpoints: MergeAxisPlan) -> [MergeCellEntry] {
        var stagePlanPositions: [String: Int] = [:]
        stagePlanPositions.reserveCapacity(stages.entries.count)
        for (position, entry) in stages.entries.enumerated() { stagePlanPositions[entry.key] = position }
        /// For one version: the plan position of each of its stages (-1 when left out), and its
        /// stage index for each plan position (-1 when it has none).
        func mapping(_ map: JourneyMap) -> (toPlan: [Int], fromPlan: [Int]) {
            var toPlan = [Int](repeating: -1, count: map.stages.count)
            var fromPlan = [Int](repeating: -1, count: stages.entries.count)
            for (stage, item) in map.stages.enumerated() {
                guard let position = stagePlanPositions[item.key] else { continue }
                toPlan[stage] = position
                fromPlan[position] = stage
            }
            return (toPlan, fromPlan)
        }
        let baseStages = mapping(base)
        let oursStages = mapping(ours)
        let theirsStages = mapping(theirs)

        var entries: [MergeCellEntry] = []
        entries.reserveCapacity(max(ours.nonEmptyCellCount, theirs.nonEmptyCellCount))
        // The cells of the row being merged, by plan stage position; `filled` lists those set.
        var slots = [MergeCellTriple](repeating: MergeCellTriple(), count: stages.entries.count)
        var filled: [Int] = []
        for (touchpointPosition, touchpoint) in touchpoints.entries.enumerated() {
            let baseRow = baseIndex.touchpoints[touchpoint.key]
            let oursRow = oursIndex.touchpoints[touchpoint.key]
            let theirsRow = theirsIndex.touchpoints[touchpoint.key]
            for position in filled { slots[position] = MergeCellTriple() }
            filled.removeAll(keepingCapacity: true)
            if let baseRow {
                for (stage, cell) in baseIndex.rows[baseRow] {
                    let position = baseStages.toPlan[stage]
                    guard position >= 0 else { continue }
                    if slots[position].isEmpty { filled.append(position) }
                    slots[position].base = cell
                }
            }
            if let oursRow {
                for (stage, cell) in oursIndex.rows[oursRow] {
                    let position = oursStages.toPlan[stage]
                    guard position >= 0 else { continue }
                    if slots[position].isEmpty { filled.append(position) }
                    slots[position].ours = cell
                }
            }
            if let theirsRow {
                for (stage, cell) in theirsIndex.rows[theirsRow] {
                    let position = theirsStages.toPlan[stage]
                    guard position >= 0 else { continue }
                    if slots[position].isEmpty { filled.append(position) }
                    slots[position].theirs = cell
                }
            }
            for stagePosition in filled {
                let triple = slots[stagePosition]
                let oursHas = oursRow != nil && oursStages.fromPlan[stagePosition] >= 0
                let theirsHas = theirsRow != nil && theirsStages.fromPlan[stagePosition] >= 0
                let plan: MergeCellPlan
                switch (oursHas, theirsHas) {
                case (true, true):
                    plan = mergeCell(
                        base: triple.base ?? .empty, ours: triple.ours ?? .empty, theirs: triple.theirs ?? .empty,
                        stage: stagePosition, touchpoint: touchpointPosition,
                        label: (stages.entries[stagePosition].label, touchpoint.label),
                        stageKey: stages.entries[stagePosition].key, touchpointKey: touchpoint.key)
                case (true, false):
                    plan = .settled(triple.ours ?? .empty)
                case (false, true):
                    plan = .settled(triple.theirs ?? .empty)
                case (false, false):
                    // Kept only if two conflicts keep its stage and its touchpoint, each deleted on a different side.
                    plan = .settled(triple.base ?? .empty)
                }
                var matchesOurs = false
                if case .settled(let cell) = plan {
                    let oursCell = oursHas ? triple.ours ?? .empty : nil
                    matchesOurs = cell == oursCell
                    // Nothing there, and nothing of ours to clear.
                    if cell.isEmpty && oursCell?.isEmpty != false { continue }
                }
                entries.append(MergeCellEntry(stage: stagePosition, touchpoint: touchpointPosition, plan: plan, matchesOurs: matchesOurs))
            }
        }
        return entries
    }

    /// Merges one cell both sides have, field by field: the note line by line, the emotion with its
    /// feeling (one conflict when either clashes), pain points and opportunities item by item
    /// (votes adding up, see ``MergeItemListMerger``), the evidence as a value, the sources item by
    /// item, unknown fields key by key.
    mutating func mergeCell(
        base: Cell, ours: Cell, theirs: Cell, stage: Int, touchpoint: Int, label makeLabel: @autoclosure () -> (stage: String, touchpoint: String),
        stageKey: String, touchpointKey: String
    ) -> MergeCellPlan {
        if ours == theirs || theirs == base { return .settled(ours) }
        if ours == base { return .settled(theirs) }
        let label = makeLabel()
        func about(_ field: MergeConflictField) -> MergeConflictSummary {
            .cellField(stage: label.stage, touchpoint: label.touchpoint, field)
        }
        func place(_ field: Int, _ extra: Int = 0) -> MergeConflictCollector.Place {
            .init(section: MergeConflictCollector.Place.cells, first: stage, second: touchpoint, third: field * 1_000_000 + extra)
        }
        func location(_ field: String) -> MergeConflict.Location {
            .cell(stageKey: stageKey, touchpointKey: touchpointKey, field: field)
        }
        let noteLines = mergeList(
            base: MergeText.lines(of: base.note), ours: MergeText.lines(of: ours.note), theirs: MergeText.lines(of: theirs.note),
            style: .lines, at: place(0), about(.note), location: location("note"),
            text: { MergeText.note($0.joined(separator: "\n")) })
        let note: MergeResolvable<String> = switch noteLines {
        case .clean(let lines): .clean(lines.joined(separator: "\n"))
        case .conflict(let number, let mine, let other):
            .conflict(number, ours: mine.joined(separator: "\n"), theirs: other.joined(separator: "\n"))
        }

        let emotionOutcome = MergeOutcome.value(base: base.emotion, ours: ours.emotion, theirs: theirs.emotion)
        let feelingOutcome = MergeOutcome.value(base: base.feeling, ours: ours.feeling, theirs: theirs.feeling)
        let emotion: MergeResolvable<MergeEmotion>
        switch (emotionOutcome, feelingOutcome) {
        case (.clean(let score), .clean(let word)):
            emotion = .clean(MergeEmotion(emotion: score, feeling: word))
        default:
            func pick(_ side: MergeSide) -> MergeEmotion {
                func choose<Value>(_ outcome: MergeOutcome<Value>) -> Value {
                    switch outcome {
                    case .clean(let value): value
                    case .conflict(let mine, let other): side == .ours ? mine : other
                    }
                }
                return MergeEmotion(emotion: choose(emotionOutcome), feeling: choose(feelingOutcome))
            }
            let mine = pick(.ours), other = pick(.theirs)
            let number = collector.add(
                at: place(1), about(.emotion),
                base: MergeText.emotion(base.emotion, feeling: base.feeling),
                ours: MergeText.emotion(mine.emotion, feeling: mine.feeling),
                theirs: MergeText.emotion(other.emotion, feeling: other.feeling),
                location: location("emotion"))
            emotion = .conflict(number, ours: mine, theirs: other)
        }

        var lists: [MergeResolvable<[Item]>] = []
        for list in ItemList.allCases {
            lists.append(mergeItems(
                base: base[list: list], ours: ours[list: list], theirs: theirs[list: list],
                at: place(2 + list.rawValue), about(.list(list)), location: location(list.fieldKey)))
        }
        let evidence = mergeValue(
            base: base.evidence, ours: ours.evidence, theirs: theirs.evidence,
            at: place(8), about(.evidence), location: location("evidence"), text: { $0?.rawValue })
        let sources = mergeList(
            base: base.sources, ours: ours.sources, theirs: theirs.sources, style: .items,
            at: place(9), about(.sources), location: location("source"), text: MergeText.list)
        let extraFields = mergeExtraFields(
            base: base.extraFields, ours: ours.extraFields, theirs: theirs.extraFields,
            at: { place(10, $0) }, summary: { about(.extra($0)) }, location: { location($0) })
        return .fields(MergeCellFields(
            note: note, emotion: emotion, lists: lists, evidence: evidence, sources: sources, extraFields: extraFields))
    }
}

/// A cell as each version has it (`nil`: empty or absent there).
private struct MergeCellTriple {
    var base: Cell?
    var ours: Cell?
    var theirs: Cell?

    /// Whether no version has a cell here.
    var isEmpty: Bool { base == nil && ours == nil && theirs == nil }
}
