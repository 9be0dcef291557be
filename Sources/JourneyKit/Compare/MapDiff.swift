/// Everything that differs between two versions of a map, field by field, for people
/// (`journey diff`) and tools (its JSON form).
///
/// Stages and touchpoints are matched by their keys, so a rename is one change and a move is
/// another. Changes come in the order of the file: the map's fields; stages added, removed,
/// renamed, moved and their fields; the same for touchpoints; then cells a stage at a time. A
/// cell of a stage or touchpoint added (or removed) shows each of its fields as added (removed).
///
/// ```swift
/// let comparison = MapDiff(from: old, to: new)
/// if comparison.isEmpty { print("same") }
/// ```
public struct MapDiff: Sendable, Hashable {
    /// The changes, in file order.
    public private(set) var changes: [MapChange] = []

    /// Whether the two maps are the same.
    public var isEmpty: Bool { changes.isEmpty }

    /// Compares two maps.
    public init(from old: JourneyMap, to new: JourneyMap) {
        compareValue(.map, "title", old.title.isEmpty ? nil : old.title, new.title.isEmpty ? nil : new.title)
        compareValue(.map, "persona", old.persona, new.persona)
        compareValue(.map, "scenario", old.scenario, new.scenario)
        compareValue(.map, "kind", old.kind.rawValue, new.kind.rawValue)
        compareExtras(.map, old.extraFields, new.extraFields)
        if old.extraBlocks != new.extraBlocks {
            changes.append(MapChange(place: .map, field: "blocks", kind: .edited,
                                     old: MergeText.blocks(old.extraBlocks), new: MergeText.blocks(new.extraBlocks)))
        }

        let oldStages = Dictionary(old.stages.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        let newStages = Dictionary(new.stages.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        compareAxis(old.stages.map { ($0.key, $0.name) }, new.stages.map { ($0.key, $0.name) }, oldIndex: oldStages, newIndex: newStages,
                    field: "stage", place: { .stage(key: $0, name: $1) })
        for stage in new.stages {
            let place = MapChange.Place.stage(key: stage.key, name: stage.name)
            let before = oldStages[stage.key].map { old.stages[$0] }
            compareValue(place, "goal", before?.goal, stage.goal)
            compareList(place, "metric", (before?.metrics ?? []).map(Self.metricText), stage.metrics.map(Self.metricText))
            compareExtras(place, before?.extraFields ?? [], stage.extraFields)
        }

        let oldTouchpoints = Dictionary(old.touchpoints.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        let newTouchpoints = Dictionary(new.touchpoints.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        compareAxis(old.touchpoints.map { ($0.key, $0.name) }, new.touchpoints.map { ($0.key, $0.name) },
                    oldIndex: oldTouchpoints, newIndex: newTouchpoints, field: "touchpoint", place: { .touchpoint(key: $0, name: $1) })
        for touchpoint in new.touchpoints {
            let place = MapChange.Place.touchpoint(key: touchpoint.key, name: touchpoint.name)
            let before = oldTouchpoints[touchpoint.key].map { old.touchpoints[$0] }
            compareValue(place, "channel", before?.channel, touchpoint.channel)
            compareExtras(place, before?.extraFields ?? [], touchpoint.extraFields)
        }

        // Cells a stage at a time: the new map's stages and touchpoints, then those removed.
        let stageColumns: [(key: String, name: String, old: Int?, new: Int?)] =
            new.stages.enumerated().map { ($1.key, $1.name, oldStages[$1.key], $0) }
            + old.stages.enumerated().filter { newStages[$1.key] == nil }.map { ($1.key, $1.name, $0, nil) }
        let touchpointRows: [(key: String, name: String, old: Int?, new: Int?)] =
            new.touchpoints.enumerated().map { ($1.key, $1.name, oldTouchpoints[$1.key], $0) }
            + old.touchpoints.enumerated().filter { newTouchpoints[$1.key] == nil }.map { ($1.key, $1.name, $0, nil) }
        for stage in stageColumns {
            for touchpoint in touchpointRows {
                let before = stage.old.flatMap { s in touchpoint.old.map { old.cell(stage: s, touchpoint: $0) } } ?? .empty
                let after = stage.new.flatMap { s in touchpoint.new.map { new.cell(stage: s, touchpoint: $0) } } ?? .empty
                guard before != after else { continue }
                compareCell(before, after, place: .cell(stageKey: stage.key, stageName: stage.name,
                                                        touchpointKey: touchpoint.key, touchpointName: touchpoint.name))
            }
        }
    }

    // MARK: Parts

    private mutating func compareCell(_ old: Cell, _ new: Cell, place: MapChange.Place) {
        compareValue(place, "note", old.note.isEmpty ? nil : old.note, new.note.isEmpty ? nil : new.note)
        compareValue(place, "emotion", old.emotion?.signedText, new.emotion?.signedText)
        compareValue(place, "feeling", old.feeling, new.feeling)
        compareValue(place, "evidence", old.evidence?.rawValue, new.evidence?.rawValue)
        compareList(place, "source", old.sources, new.sources)
        for list in ItemList.allCases {
            compareItems(place, list, old[list: list], new[list: list])
        }
        compareExtras(place, old.extraFields, new.extraFields)
    }

    /// Stages (or touchpoints) added, removed, renamed and moved.
    private mutating func compareAxis(_ old: [(key: String, name: String)], _ new: [(key: String, name: String)],
                                      oldIndex: [String: Int], newIndex: [String: Int], field: String,
                                      place: (String, String) -> MapChange.Place) {
        for line in new where oldIndex[line.key] == nil {
            changes.append(MapChange(place: place(line.key, line.name), field: field, kind: .added, old: nil, new: line.name))
        }
        for line in old where newIndex[line.key] == nil {
            changes.append(MapChange(place: place(line.key, line.name), field: field, kind: .removed, old: line.name, new: nil))
        }
        for line in new {
            if let before = oldIndex[line.key], old[before].name != line.name {
                changes.append(MapChange(place: place(line.key, line.name), field: field, kind: .renamed, old: old[before].name, new: line.name))
            }
        }
        // Moved: those kept that are not in the longest common order of the kept ones.
        let keptOld = old.map(\.key).filter { newIndex[$0] != nil }
        let keptNew = new.map(\.key).filter { oldIndex[$0] != nil }
        guard keptOld != keptNew else { return }
        for hunk in MergeSequenceDiff.hunks(from: keptOld, to: keptNew) {
            for key in hunk.items {
                guard let before = oldIndex[key], let after = newIndex[key] else { continue }
                changes.append(MapChange(place: place(key, new[after].name), field: field, kind: .moved,
                                         old: String(before + 1), new: String(after + 1)))
            }
        }
    }

    private mutating func compareValue(_ place: MapChange.Place, _ field: String, _ old: String?, _ new: String?) {
        guard old != new else { return }
        let kind: MapChange.Kind = old == nil ? .added : (new == nil ? .removed : .edited)
        changes.append(MapChange(place: place, field: field, kind: kind, old: old, new: new))
    }

    private mutating func compareExtras(_ place: MapChange.Place, _ old: [ExtraField], _ new: [ExtraField]) {
        guard old != new else { return }
        var keys: [String] = []
        for field in old + new where !keys.contains(field.key) { keys.append(field.key) }
        for key in keys {
            let before = old.filter { $0.key == key }.map(\.value)
            let after = new.filter { $0.key == key }.map(\.value)
            compareList(place, key, before, after)
        }
    }

    /// A repeated field (sources, metrics, unknown fields): lines added, removed, or rewritten in place.
    private mutating func compareList(_ place: MapChange.Place, _ field: String, _ old: [String], _ new: [String]) {
        guard old != new else { return }
        for hunk in MergeSequenceDiff.hunks(from: old, to: new) {
            let removed = Array(old[hunk.start..<hunk.end])
            if removed.count == hunk.items.count {
                for (before, after) in zip(removed, hunk.items) {
                    changes.append(MapChange(place: place, field: field, kind: .edited, old: before, new: after))
                }
                continue
            }
            for before in removed { changes.append(MapChange(place: place, field: field, kind: .removed, old: before, new: nil)) }
            for after in hunk.items { changes.append(MapChange(place: place, field: field, kind: .added, old: nil, new: after)) }
        }
    }

    /// Pain points or opportunities: items added, removed, rewritten, and an item that kept its
    /// text with its votes, impact, effort or owner changed.
    private mutating func compareItems(_ place: MapChange.Place, _ list: ItemList, _ old: [Item], _ new: [Item]) {
        guard old != new else { return }
        let field = list.fieldKey
        for hunk in MergeSequenceDiff.hunks(from: old, to: new) {
            var removed = Array(old[hunk.start..<hunk.end])
            var added = hunk.items
            // Same text: only the attributes changed.
            for (index, item) in removed.enumerated().reversed() {
                guard let match = added.firstIndex(where: { $0.text == item.text }) else { continue }
                compareAttributes(place, item, added[match])
                removed.remove(at: index)
                added.remove(at: match)
            }
            if removed.count == added.count {
                for (before, after) in zip(removed, added) {
                    changes.append(MapChange(place: place, field: field, kind: .edited, old: Self.itemText(before), new: Self.itemText(after)))
                }
                continue
            }
            for item in removed { changes.append(MapChange(place: place, field: field, kind: .removed, old: Self.itemText(item), new: nil)) }
            for item in added { changes.append(MapChange(place: place, field: field, kind: .added, old: nil, new: Self.itemText(item))) }
        }
    }

    private mutating func compareAttributes(_ place: MapChange.Place, _ old: Item, _ new: Item) {
        func note(_ field: String, _ before: String?, _ after: String?) {
            guard before != after else { return }
            let kind: MapChange.Kind = before == nil ? .added : (after == nil ? .removed : .edited)
            changes.append(MapChange(place: place, field: field, kind: kind, item: new.text, old: before, new: after))
        }
        note("votes", old.votes == 0 ? nil : String(old.votes), new.votes == 0 ? nil : String(new.votes))
        note("impact", old.impact.map(String.init), new.impact.map(String.init))
        note("effort", old.effort.map(String.init), new.effort.map(String.init))
        note("owner", old.owner, new.owner)
        if old.unknownAttributes != new.unknownAttributes {
            note("attributes", old.unknownAttributes.isEmpty ? nil : Self.attributes(old.unknownAttributes),
                 new.unknownAttributes.isEmpty ? nil : Self.attributes(new.unknownAttributes))
        }
    }

    // MARK: Values as text

    /// An item as its text and, when it has any, its attributes as the file writes them.
    static func itemText(_ item: Item) -> String {
        item.hasAttributes ? "\(item.text)  [\(JourneyWriter.attributeText(of: item))]" : item.text
    }

    static func metricText(_ metric: StageMetric) -> String {
        MergeText.metrics([metric]) ?? metric.name
    }

    static func attributes(_ attributes: [ItemAttribute]) -> String {
        attributes.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }
}
