/// The work of one three-way merge: walks the three versions once and produces the
/// ``MergePlan`` and the conflicts. See ``JourneyMerge`` for the rules.
struct MergeEngine {
    let base: JourneyMap
    let ours: JourneyMap
    let theirs: JourneyMap
    let baseIndex: MergeVersionIndex
    let oursIndex: MergeVersionIndex
    let theirsIndex: MergeVersionIndex
    var collector = MergeConflictCollector()

    init(base: JourneyMap, ours: JourneyMap, theirs: JourneyMap) {
        self.base = base
        self.ours = ours
        self.theirs = theirs
        baseIndex = MergeVersionIndex(base)
        oursIndex = MergeVersionIndex(ours)
        theirsIndex = MergeVersionIndex(theirs)
    }

    /// Merges and returns the plan, the conflicts in document order, and for each provisional
    /// conflict number its public identifier.
    mutating func run() -> (plan: MergePlan, conflicts: [MergeConflict], identifiers: [Int]) {
        // A side's changed cells matter only where the other side deleted stages or touchpoints.
        let oursCellChanges = deletesAnything(theirsIndex)
            ? MergeCellChanges(side: ours, sideIndex: oursIndex, base: base, baseIndex: baseIndex) : MergeCellChanges()
        let theirsCellChanges = deletesAnything(oursIndex)
            ? MergeCellChanges(side: theirs, sideIndex: theirsIndex, base: base, baseIndex: baseIndex) : MergeCellChanges()

        let title = mergeValue(
            base: base.title, ours: ours.title, theirs: theirs.title,
            at: .init(section: MergeConflictCollector.Place.map, first: 0), .title, location: .map(field: "title"),
            text: { Optional(MergeText.line($0)) })
        let persona = mergeValue(
            base: base.persona, ours: ours.persona, theirs: theirs.persona,
            at: .init(section: MergeConflictCollector.Place.map, first: 1), .persona, location: .map(field: "persona"),
            text: { MergeText.optionalLine($0) })
        let scenario = mergeValue(
            base: base.scenario, ours: ours.scenario, theirs: theirs.scenario,
            at: .init(section: MergeConflictCollector.Place.map, first: 2), .scenario, location: .map(field: "scenario"),
            text: { MergeText.optionalLine($0) })
        let kind = mergeValue(
            base: base.kind, ours: ours.kind, theirs: theirs.kind,
            at: .init(section: MergeConflictCollector.Place.map, first: 3), .kind, location: .map(field: "kind"),
            text: { $0.rawValue })
        let extraFields = mergeExtraFields(
            base: base.extraFields, ours: ours.extraFields, theirs: theirs.extraFields,
            at: { .init(section: MergeConflictCollector.Place.map, first: 4, second: $0) },
            summary: { .mapField($0) }, location: { .map(field: $0) })
        let extraBlocks = mergeList(
            base: base.extraBlocks, ours: ours.extraBlocks, theirs: theirs.extraBlocks, style: .items,
            at: .init(section: MergeConflictCollector.Place.blocks), .otherBlocks, location: .extraBlocks,
            text: MergeText.blocks)

        let stages = planAxis(
            .stage,
            base: base.stages.map(MergeAxisItem.init), ours: ours.stages.map(MergeAxisItem.init),
            theirs: theirs.stages.map(MergeAxisItem.init),
            oursCellChanges: oursCellChanges.byStage, theirsCellChanges: theirsCellChanges.byStage)
        let touchpoints = planAxis(
            .touchpoint,
            base: base.touchpoints.map(MergeAxisItem.init), ours: ours.touchpoints.map(MergeAxisItem.init),
            theirs: theirs.touchpoints.map(MergeAxisItem.init),
            oursCellChanges: oursCellChanges.byTouchpoint, theirsCellChanges: theirsCellChanges.byTouchpoint)
        let cells = planCells(stages: stages, touchpoints: touchpoints)

        let plan = MergePlan(
            title: title, persona: persona, scenario: scenario, kind: kind, extraFields: extraFields,
            extraBlocks: extraBlocks, stages: stages, touchpoints: touchpoints, cells: cells, ours: ours)
        let (conflicts, identifiers) = collector.numbered()
        return (plan, conflicts, identifiers)
    }

    /// Whether a side lacks any stage or touchpoint of the base.
    func deletesAnything(_ side: MergeVersionIndex) -> Bool {
        base.stages.contains { side.stages[$0.key] == nil } || base.touchpoints.contains { side.touchpoints[$0.key] == nil }
    }

    // MARK: Values

    /// Merges a plain value; a conflict is recorded with its values shown by `text`.
    mutating func mergeValue<Value: Equatable & Sendable>(
        base: Value?, ours: Value, theirs: Value,
        at place: MergeConflictCollector.Place, _ summary: @autoclosure () -> MergeConflictSummary,
        location: MergeConflict.Location, text: (Value) -> String?
    ) -> MergeResolvable<Value> {
        switch MergeOutcome.value(base: base, ours: ours, theirs: theirs) {
        case .clean(let value):
            return .clean(value)
        case .conflict(let oursValue, let theirsValue):
            let number = collector.add(
                at: place, summary(), base: base.flatMap(text), ours: text(oursValue), theirs: text(theirsValue),
                location: location)
            return .conflict(number, ours: oursValue, theirs: theirsValue)
        }
    }

    /// Merges a list (see ``MergeListMerger``); a conflict is recorded with the lists shown by `text`.
    mutating func mergeList<Element: Hashable & Sendable>(
        base: [Element], ours: [Element], theirs: [Element], style: MergeListMerger.Style,
        at place: MergeConflictCollector.Place, _ summary: @autoclosure () -> MergeConflictSummary,
        location: MergeConflict.Location, text: ([Element]) -> String?
    ) -> MergeResolvable<[Element]> {
        switch MergeListMerger.merge(base: base, ours: ours, theirs: theirs, style: style) {
        case .clean(let value):
            return .clean(value)
        case .conflict(let oursValue, let theirsValue):
            let number = collector.add(
                at: place, summary(), base: text(base), ours: text(oursValue), theirs: text(theirsValue), location: location)
            return .conflict(number, ours: oursValue, theirs: theirsValue)
        }
    }

    /// Merges a list of items (see ``MergeItemListMerger``); a conflict is recorded with the lists
    /// shown by ``MergeText/items(_:)``.
    mutating func mergeItems(
        base: [Item], ours: [Item], theirs: [Item],
        at place: MergeConflictCollector.Place, _ summary: @autoclosure () -> MergeConflictSummary, location: MergeConflict.Location
    ) -> MergeResolvable<[Item]> {
        switch MergeItemListMerger.merge(base: base, ours: ours, theirs: theirs) {
        case .clean(let value):
            return .clean(value)
        case .conflict(let oursValue, let theirsValue):
            let number = collector.add(
                at: place, summary(), base: MergeText.items(base), ours: MergeText.items(oursValue),
                theirs: MergeText.items(theirsValue), location: location)
            return .conflict(number, ours: oursValue, theirs: theirsValue)
        }
    }

    /// Merges fields journey does not know: whole when only one side changed them, otherwise key
    /// by key, each key's values as lines (see ``MergeListMerger/Style/lines``).
    mutating func mergeExtraFields(
        base: [ExtraField], ours: [ExtraField], theirs: [ExtraField],
        at place: (Int) -> MergeConflictCollector.Place,
        summary: (String) -> MergeConflictSummary, location: (String) -> MergeConflict.Location
    ) -> MergeExtraFieldsPlan {
        if ours == theirs || theirs == base { return .whole(ours) }
        if ours == base { return .whole(theirs) }
        func grouped(_ fields: [ExtraField]) -> (keys: [String], values: [String: [String]]) {
            var keys: [String] = []
            var values: [String: [String]] = [:]
            for field in fields {
                if values[field.key] == nil { keys.append(field.key) }
                values[field.key, default: []].append(field.value)
            }
            return (keys, values)
        }
        let baseFields = grouped(base), oursFields = grouped(ours), theirsFields = grouped(theirs)
        let keys = MergeOrder.merge(base: baseFields.keys, ours: oursFields.keys, theirs: theirsFields.keys)
        var result: [MergeKeyedValues] = []
        for (position, key) in keys.enumerated() {
            let values = mergeList(
                base: baseFields.values[key] ?? [], ours: oursFields.values[key] ?? [],
                theirs: theirsFields.values[key] ?? [], style: .lines,
                at: place(position), summary(key), location: location(key), text: MergeText.list)
            result.append(MergeKeyedValues(key: key, values: values))
        }
        return .byKey(result)
    }
}
