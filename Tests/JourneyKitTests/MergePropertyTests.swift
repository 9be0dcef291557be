@testable import JourneyKit
import Testing

/// Properties of the three-way merge over many random maps and random edits, each run the same
/// from its seed (the seed is in every failure message).
@Suite("Merge properties")
struct MergePropertyTests {
    typealias Random = MapGenerator.SeededRandom

    static let seeds: Range<UInt64> = 0..<150

    // MARK: Random edits

    /// A random cell, empty about one time in five (clearing the cell).
    static func randomCell(using random: inout Random) -> Cell {
        if Int.random(in: 0..<5, using: &random) == 0 { return .empty }
        return Cell(
            note: Bool.random(using: &random) ? MapGenerator.nastyString(using: &random) : "note \(random.next() % 1000)",
            emotion: Bool.random(using: &random) ? Emotion(Int.random(in: -2...2, using: &random)) : nil,
            feeling: Bool.random(using: &random) ? MapGenerator.nastyString(using: &random) : nil,
            painPoints: MapGenerator.nastyItems(.painPoints, using: &random),
            opportunities: MapGenerator.nastyItems(.opportunities, using: &random),
            evidence: MapGenerator.optionalEvidence(using: &random),
            sources: Bool.random(using: &random) ? MapGenerator.nastyList(using: &random) : [],
            extraFields: Int.random(in: 0..<4, using: &random) == 0 ? [ExtraField(key: "x-source", value: "r\(random.next() % 100)")] : [])
    }

    /// A name no stage (or touchpoint) of the map has yet.
    static func freshName(using random: inout Random, taken: (String) -> Bool) -> String {
        var name = MapGenerator.nastyName(using: &random)
        var counter = 1
        while taken(name) {
            name = "\(MapGenerator.nastyName(using: &random)) \(counter)"
            counter += 1
        }
        return name
    }

    /// The map after a few random edits of every kind: metadata, stages and touchpoints (add,
    /// rename, delete, move, goal, channel, unknown fields), cells, unknown blocks.
    static func edited(_ original: JourneyMap, using random: inout Random, steps: Int) -> JourneyMap {
        var map = original
        for _ in 0..<steps {
            switch Int.random(in: 0..<16, using: &random) {
            case 0:
                map.title = MapGenerator.nastyString(using: &random)
            case 1:
                map.persona = MapGenerator.optionalNastyString(using: &random)
                map.kind = JourneyKind.allCases.randomElement(using: &random) ?? .currentState
            case 2:
                let name = freshName(using: &random) { map.hasStage(named: $0) }
                _ = try? map.insertStage(named: name, at: Int.random(in: 0...map.stages.count, using: &random))
            case 3 where !map.stages.isEmpty:
                let index = Int.random(in: 0..<map.stages.count, using: &random)
                try? map.renameStage(at: index, to: freshName(using: &random) { map.hasStage(named: $0) })
            case 4 where !map.stages.isEmpty:
                map.removeStage(at: Int.random(in: 0..<map.stages.count, using: &random))
            case 5 where map.stages.count > 1:
                map.moveStage(
                    from: Int.random(in: 0..<map.stages.count, using: &random),
                    to: Int.random(in: 0..<map.stages.count, using: &random))
            case 6 where !map.stages.isEmpty:
                map.setGoal(MapGenerator.optionalNastyString(using: &random), forStageAt: Int.random(in: 0..<map.stages.count, using: &random))
            case 7:
                let name = freshName(using: &random) { map.hasTouchpoint(named: $0) }
                _ = try? map.insertTouchpoint(named: name, at: Int.random(in: 0...map.touchpoints.count, using: &random))
            case 8 where !map.touchpoints.isEmpty:
                let index = Int.random(in: 0..<map.touchpoints.count, using: &random)
                try? map.renameTouchpoint(at: index, to: freshName(using: &random) { map.hasTouchpoint(named: $0) })
            case 9 where !map.touchpoints.isEmpty:
                map.removeTouchpoint(at: Int.random(in: 0..<map.touchpoints.count, using: &random))
            case 10 where map.touchpoints.count > 1:
                map.moveTouchpoint(
                    from: Int.random(in: 0..<map.touchpoints.count, using: &random),
                    to: Int.random(in: 0..<map.touchpoints.count, using: &random))
            case 11 where !map.touchpoints.isEmpty:
                map.setChannel(MapGenerator.optionalNastyString(using: &random), forTouchpointAt: Int.random(in: 0..<map.touchpoints.count, using: &random))
            case 12 where !map.stages.isEmpty:
                map.setExtraFields(
                    [ExtraField(key: "owner", value: MapGenerator.nastyString(using: &random))],
                    forStageAt: Int.random(in: 0..<map.stages.count, using: &random))
            case 13:
                map.extraBlocks.append(ExtraBlock(header: "note \(random.next() % 10)", fields: [ExtraField(key: "k", value: "v")]))
            default:
                guard !map.stages.isEmpty, !map.touchpoints.isEmpty else { continue }
                let stage = Int.random(in: 0..<map.stages.count, using: &random)
                let touchpoint = Int.random(in: 0..<map.touchpoints.count, using: &random)
                if Bool.random(using: &random) {
                    map.setCell(randomCell(using: &random), stage: stage, touchpoint: touchpoint)
                } else {
                    map.updateCell(stage: stage, touchpoint: touchpoint) { cell in
                        cell[list: .painPoints].append(Item(MapGenerator.nastyString(using: &random)))
                        if !cell[list: .opportunities].isEmpty { cell[list: .opportunities].removeFirst() }
                    }
                }
            }
        }
        return map
    }

    // MARK: Properties

    @Test func editsToDistinctCellsAlwaysMergeCleanly() {
        var checked = 0
        for seed in Self.seeds {
            var random = Random(seed: seed)
            let base = MapGenerator.map(using: &random, maximumStages: 6, maximumTouchpoints: 6)
            var positions: [(stage: Int, touchpoint: Int)] = []
            for stage in base.stages.indices {
                for touchpoint in base.touchpoints.indices { positions.append((stage, touchpoint)) }
            }
            guard positions.count >= 2 else { continue }
            positions.shuffle(using: &random)
            let count = Int.random(in: 2...min(10, positions.count), using: &random)
            let split = Int.random(in: 1..<count, using: &random)
            var ours = base, theirs = base, expected = base
            for (index, position) in positions.prefix(count).enumerated() {
                let cell = Self.randomCell(using: &random)
                if index < split {
                    ours.setCell(cell, stage: position.stage, touchpoint: position.touchpoint)
                } else {
                    theirs.setCell(cell, stage: position.stage, touchpoint: position.touchpoint)
                }
                expected.setCell(cell, stage: position.stage, touchpoint: position.touchpoint)
            }
            let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
            #expect(!result.hasConflicts, "seed \(seed): \(result.conflicts.map(\.summary))")
            #expect(result.merged == expected, "seed \(seed)")
            #expect(result.resolved(taking: .theirs) == expected, "seed \(seed)")
            checked += 1
        }
        #expect(checked > Self.seeds.count / 2)
    }

    @Test func mergingWithAnUnchangedSideOrTheSameChangeGivesThatChange() {
        for seed in Self.seeds {
            var random = Random(seed: seed)
            let base = MapGenerator.map(using: &random, maximumStages: 5, maximumTouchpoints: 5)
            let changed = Self.edited(base, using: &random, steps: Int.random(in: 1...12, using: &random))
            for (ours, theirs, name) in [(changed, changed, "x x"), (base, changed, "base x"), (changed, base, "x base")] {
                let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
                #expect(!result.hasConflicts, "seed \(seed), merge(base, \(name)): \(result.conflicts.map(\.summary))")
                #expect(result.merged == changed, "seed \(seed), merge(base, \(name))")
                #expect(result.resolved(taking: .theirs) == changed, "seed \(seed), merge(base, \(name))")
            }
        }
    }

    @Test func independentEditsMergeIntoValidMapsWithoutLosingAnything() throws {
        var conflictsSeen = 0
        var deletionConflictsSeen = 0
        for seed in Self.seeds {
            var random = Random(seed: seed &+ 10_000)
            let base = MapGenerator.map(using: &random, maximumStages: 5, maximumTouchpoints: 5)
            let ours = Self.edited(base, using: &random, steps: Int.random(in: 0...10, using: &random))
            let theirs = Self.edited(base, using: &random, steps: Int.random(in: 0...10, using: &random))
            let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
            let again = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
            #expect(again.conflicts == result.conflicts, "seed \(seed): deterministic")
            #expect(again.merged == result.merged, "seed \(seed): deterministic")
            #expect(result.conflicts.map(\.id) == Array(result.conflicts.indices), "seed \(seed)")
            conflictsSeen += result.conflicts.count
            deletionConflictsSeen += result.conflicts.filter {
                if case .stage(_, nil) = $0.location { return true }
                if case .touchpoint(_, nil) = $0.location { return true }
                return false
            }.count
            for conflict in result.conflicts {
                let texts = [conflict.summary, conflict.base, conflict.ours, conflict.theirs].compactMap { $0 }
                #expect(!texts.contains { $0.contains("\n") }, "seed \(seed): \(conflict)")
                #expect(conflict.ours != conflict.theirs, "seed \(seed): \(conflict)")
            }

            var choices: [MergeConflict.ID: MergeSide] = [:]
            for conflict in result.conflicts { choices[conflict.id] = Bool.random(using: &random) ? .ours : .theirs }
            let theirsResolved = result.resolved(taking: .theirs)
            for map in [result.merged, theirsResolved, result.resolved(choices)] {
                let text = JourneyWriter.text(for: map)
                #expect(try JourneyParser.parse(text, path: "merged.journey") == map, "seed \(seed): the merged map round-trips")
            }

            // Stages and touchpoints leave only when a side deleted them; one changed on the side
            // that kept it leaves only through a conflict.
            for (axis, keys) in [("stage", \JourneyMap.stageKeyOrder), ("touchpoint", \JourneyMap.touchpointKeyOrder)] {
                let merged = Set(result.merged[keyPath: keys])
                let resolvedTheirs = Set(theirsResolved[keyPath: keys])
                let baseKeys = Set(base[keyPath: keys])
                for key in ours[keyPath: keys] where !merged.contains(key) {
                    #expect(baseKeys.contains(key) && !theirs[keyPath: keys].contains(key), "seed \(seed): \(axis) \(key) lost")
                }
                for key in theirs[keyPath: keys] where !merged.contains(key) {
                    #expect(baseKeys.contains(key) && !ours[keyPath: keys].contains(key), "seed \(seed): \(axis) \(key) lost")
                    let location: MergeConflict.Location = axis == "stage" ? .stage(key: key, field: nil) : .touchpoint(key: key, field: nil)
                    if result.conflicts.contains(where: { $0.location == location }) {
                        #expect(resolvedTheirs.contains(key), "seed \(seed): \(axis) \(key) not restored by theirs")
                    }
                }
            }

            // Deleted on one side and changed on the other is always a conflict.
            for (side, other, sideName) in [(ours, theirs, "ours"), (theirs, ours, "theirs")] {
                for stage in side.stages where other.stageIndex(key: stage.key) == nil && Self.changed(stage: stage.key, in: side, from: base) {
                    #expect(result.conflicts.contains { $0.location == .stage(key: stage.key, field: nil) },
                            "seed \(seed): stage \(stage.key) changed by \(sideName), deleted by the other side")
                }
                for touchpoint in side.touchpoints
                where other.touchpointIndex(key: touchpoint.key) == nil && Self.changed(touchpoint: touchpoint.key, in: side, from: base) {
                    #expect(result.conflicts.contains { $0.location == .touchpoint(key: touchpoint.key, field: nil) },
                            "seed \(seed): touchpoint \(touchpoint.key) changed by \(sideName), deleted by the other side")
                }
            }

            // A cell changed on one side only has that side's contents in the merged map.
            for stage in result.merged.stages {
                for touchpoint in result.merged.touchpoints {
                    guard let baseCell = Self.cell(base, stage.key, touchpoint.key),
                          let oursCell = Self.cell(ours, stage.key, touchpoint.key),
                          let theirsCell = Self.cell(theirs, stage.key, touchpoint.key)
                    else { continue }
                    let mergedCell = Self.cell(result.merged, stage.key, touchpoint.key)
                    if theirsCell == baseCell {
                        #expect(mergedCell == oursCell, "seed \(seed): cell \(stage.key) × \(touchpoint.key)")
                    } else if oursCell == baseCell {
                        #expect(mergedCell == theirsCell, "seed \(seed): cell \(stage.key) × \(touchpoint.key)")
                    }
                }
            }
        }
        // The random edits do reach the conflict paths.
        #expect(conflictsSeen > 20)
        #expect(deletionConflictsSeen > 0)
    }

    @Test func buildingOnOursGivesTheSameMapAsBuildingWhole() {
        var builtOnOurs = 0
        for seed in Self.seeds {
            var random = Random(seed: seed &+ 20_000)
            let base = MapGenerator.map(using: &random, maximumStages: 5, maximumTouchpoints: 5)
            let ours = Self.edited(base, using: &random, steps: Int.random(in: 0...8, using: &random))
            let theirs = Self.edited(base, using: &random, steps: Int.random(in: 0...8, using: &random))
            let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
            let plan = result.plan
            for _ in 0..<3 {
                var choices: [Int: MergeSide] = [:]
                for number in result.identifiers.indices { choices[number] = Bool.random(using: &random) ? .ours : .theirs }
                let side: (Int) -> MergeSide = { choices[$0] ?? .ours }
                let stageNames = plan.stages.resolvedNames(side)
                let touchpointNames = plan.touchpoints.resolvedNames(side)
                let whole = plan.buildWhole(side, stageNames: stageNames, touchpointNames: touchpointNames)
                if let onOurs = plan.buildFromOurs(side, stageNames: stageNames, touchpointNames: touchpointNames) {
                    builtOnOurs += 1
                    #expect(onOurs == whole, "seed \(seed)")
                }
                #expect(plan.build(side) == whole, "seed \(seed)")
            }
        }
        #expect(builtOnOurs > Self.seeds.count)
    }

    /// Whether a side changed a stage the base has: its fields, or any of its cells (where the
    /// side has the cell's touchpoint). Straightforward, to check the merge's faster bookkeeping.
    static func changed(stage key: String, in side: JourneyMap, from base: JourneyMap) -> Bool {
        guard let original = base.stageIndex(key: key), let index = side.stageIndex(key: key) else { return false }
        if side.stages[index] != base.stages[original] { return true }
        return side.touchpoints.contains { touchpoint in
            cell(side, key, touchpoint.key) != (cell(base, key, touchpoint.key) ?? .empty)
        }
    }

    /// Whether a side changed a touchpoint the base has: its fields, or any of its cells.
    static func changed(touchpoint key: String, in side: JourneyMap, from base: JourneyMap) -> Bool {
        guard let original = base.touchpointIndex(key: key), let index = side.touchpointIndex(key: key) else { return false }
        if side.touchpoints[index] != base.touchpoints[original] { return true }
        return side.stages.contains { stage in
            cell(side, stage.key, key) != (cell(base, stage.key, key) ?? .empty)
        }
    }

    /// The cell at two keys, or `nil` when the map lacks either.
    static func cell(_ map: JourneyMap, _ stageKey: String, _ touchpointKey: String) -> Cell? {
        guard let stage = map.stageIndex(key: stageKey), let touchpoint = map.touchpointIndex(key: touchpointKey) else { return nil }
        return map.cell(stage: stage, touchpoint: touchpoint)
    }
}
