extension MergeEngine {
    /// Merges the stages (or touchpoints): matched by key, in merged order (``MergeOrder``),
    /// field by field; added on either side kept; deleted on one side and unchanged on the other
    /// deleted; deleted on one side and changed on the other (itself or any of its cells) a
    /// conflict; names that collide after the merge kept apart (see ``recordCollisions(_:in:)``).
    mutating func planAxis(
        _ axis: MapAxis,
        base: [MergeAxisItem], ours: [MergeAxisItem], theirs: [MergeAxisItem],
        oursCellChanges: [String: Int], theirsCellChanges: [String: Int]
    ) -> MergeAxisPlan {
        func indexed(_ items: [MergeAxisItem]) -> [String: Int] {
            var result: [String: Int] = [:]
            result.reserveCapacity(items.count)
            for (index, item) in items.enumerated() { result[item.key] = index }
            return result
        }
        let baseKeys = indexed(base), oursKeys = indexed(ours), theirsKeys = indexed(theirs)
        let order = MergeOrder.merge(base: base.map(\.key), ours: ours.map(\.key), theirs: theirs.map(\.key))
        var plan = MergeAxisPlan()
        plan.entries.reserveCapacity(order.count)
        let section = axis.mergeSection
        for key in order {
            let original = baseKeys[key].map { base[$0] }
            let mine = oursKeys[key].map { ours[$0] }
            let other = theirsKeys[key].map { theirs[$0] }
            let position = plan.entries.count
            let label = MergeText.line((mine ?? other ?? original)?.name ?? key)
            func about(_ field: MergeConflictField) -> MergeConflictSummary { .axisField(axis, name: label, field) }
            switch (mine, other) {
            case let (mine?, other?):
                let name = mergeValue(
                    base: original?.name, ours: mine.name, theirs: other.name,
                    at: .init(section: section, first: position, second: 1),
                    .axisField(axis, name: original.map { MergeText.line($0.name) } ?? label, .name),
                    location: axis.mergeLocation(key: key, field: "name"), text: { Optional(MergeText.line($0)) })
                let detail = mergeValue(
                    base: .some(original?.detail), ours: mine.detail, theirs: other.detail,
                    at: .init(section: section, first: position, second: 3), about(axis == .stage ? .goal : .channel),
                    location: axis.mergeLocation(key: key, field: axis.mergeDetailField), text: { MergeText.optionalLine($0) })
                let metrics = mergeList(
                    base: original?.metrics ?? [], ours: mine.metrics, theirs: other.metrics, style: .items,
                    at: .init(section: section, first: position, second: 4), about(.metrics),
                    location: axis.mergeLocation(key: key, field: "metric"), text: MergeText.metrics)
                let extraFields = mergeExtraFields(
                    base: original?.extraFields ?? [], ours: mine.extraFields, theirs: other.extraFields,
                    at: { .init(section: section, first: position, second: 5, third: $0) },
                    summary: { about(.extra($0)) }, location: { axis.mergeLocation(key: key, field: $0) })
                plan.entries.append(MergeAxisEntry(
                    key: key, presence: .clean(true), name: name, detail: detail, metrics: metrics, extraFields: extraFields,
                    oursName: mine.name, label: label))
            case let (kept?, nil), let (nil, kept?):
                let keptByOurs = mine != nil
                var presence = MergeResolvable<Bool>.clean(true)
                if let original {
                    // Deleted on the other side: gone, unless changed on this one.
                    let cellChanges = (keptByOurs ? oursCellChanges : theirsCellChanges)[key] ?? 0
                    guard kept != original || cellChanges > 0 else { continue }
                    let keptText = Self.describeChanges(of: kept, from: original, cells: cellChanges, axis: axis)
                    let number = collector.add(
                        at: .init(section: section, first: position, second: 0),
                        .axisDeleted(axis, name: label, keptByOurs: keptByOurs),
                        base: MergeText.line(original.name),
                        ours: keptByOurs ? keptText : nil, theirs: keptByOurs ? nil : keptText,
                        location: axis.mergeLocation(key: key, field: nil))
                    presence = .conflict(number, ours: keptByOurs, theirs: !keptByOurs)
                }
                plan.entries.append(MergeAxisEntry(
                    key: key, presence: presence, name: .clean(kept.name), detail: .clean(kept.detail), metrics: .clean(kept.metrics),
                    extraFields: .whole(kept.extraFields), oursName: mine?.name, label: label))
            case (nil, nil):
                continue
            }
        }
        recordCollisions(axis, in: &plan)
        return plan
    }

    /// `Purchase (changed: name, goal, 2 cells)`: what the side that kept a stage (or
    /// touchpoint) the other deleted changed in it.
    static func describeChanges(of kept: MergeAxisItem, from original: MergeAxisItem, cells: Int, axis: MapAxis) -> MergeConflictValue {
        var changes: [MergeConflictValue.AxisChange] = []
        if kept.name != original.name { changes.append(.name) }
        if kept.detail != original.detail { changes.append(.detail(axis)) }
        if kept.metrics != original.metrics { changes.append(.metrics) }
        if kept.extraFields != original.extraFields { changes.append(.otherFields) }
        if cells > 0 { changes.append(.cells(cells)) }
        return .keptAndChanged(name: MergeText.line(kept.name), changes: changes)
    }

    /// Finds names that collide when every conflict takes ours (two different keys whose names are
    /// the same once trimmed and lowercased) and records a conflict for each: by default the one
    /// ours named so keeps the name and the other becomes `Name (2)`; theirs swaps them.
    mutating func recordCollisions(_ axis: MapAxis, in plan: inout MergeAxisPlan) {
        let groups = plan.collisionGroups { _ in .ours }
        guard !groups.isEmpty else { return }
        let defaultNames = plan.resolvedNames { _ in .ours }
        for group in groups {
            let keeper = group.first { plan.entries[$0].name.oursValue == plan.entries[$0].oursName } ?? group[0]
            let keeperEntry = plan.entries[keeper]
            let keeperName = keeperEntry.name.oursValue
            for other in group where other != keeper {
                let otherEntry = plan.entries[other]
                let otherName = otherEntry.name.oursValue
                let renamedOther = defaultNames[other] ?? otherName
                let suffix = String(renamedOther.dropFirst(otherName.trimmingWhitespace().count))
                let renamedKeeper = keeperName.trimmingWhitespace() + suffix
                func pair(_ first: String, _ second: String) -> String {
                    "\(keeperEntry.key): \(MergeText.line(first))\(MergeText.itemSeparator)\(otherEntry.key): \(MergeText.line(second))"
                }
                let number = collector.add(
                    at: .init(section: axis.mergeSection, first: other, second: 2),
                    .nameUsedTwice(axis, name: MergeText.line(otherName), keys: [keeperEntry.key, otherEntry.key]),
                    base: nil, ours: pair(keeperName, renamedOther), theirs: pair(renamedKeeper, otherName),
                    location: axis.mergeLocation(key: otherEntry.key, field: "name"))
                plan.collisions.append(MergeCollision(keeper: keeper, other: other, conflict: number))
            }
        }
    }
}
