import Testing
@testable import JourneyKit

/// Large maps are written on two cores: the bytes must be exactly those one core writes.
@Suite struct ParallelWriteTests {
    /// A map over the threshold, with nasty text everywhere, an odd number of stages (so the
    /// halves differ), an empty stage at the cut, and blocks of unknown kinds at the end.
    static func largeNastyMap(seed: UInt64) -> JourneyMap {
        var random = MapGenerator.SeededRandom(seed: seed)
        var map = MapGenerator.map(seed: seed, maximumStages: 3, maximumTouchpoints: 3)
        while map.stages.count < 31 {
            let name = MapGenerator.nastyName(using: &random)
            _ = try? map.appendStage(named: map.hasStage(named: name) ? "\(name) \(map.stages.count)" : name)
        }
        while map.touchpoints.count < 1_400 {
            let name = MapGenerator.nastyName(using: &random)
            _ = try? map.appendTouchpoint(named: map.hasTouchpoint(named: name) ? "\(name) \(map.touchpoints.count)" : name)
        }
        let emptyStage = map.stages.count / 2
        for touchpoint in map.touchpoints.indices {
            for stage in map.stages.indices where stage != emptyStage {
                map.setCell(Cell(
                    note: Bool.random(using: &random) ? MapGenerator.nastyString(using: &random, maximumPieces: 2) : "",
                    emotion: Emotion(Int.random(in: -2...2, using: &random)),
                    lists: [.painPoints: MapGenerator.nastyItems(.painPoints, using: &random)]), stage: stage, touchpoint: touchpoint)
            }
        }
        map.extraBlocks = [ExtraBlock(header: "backstage \(seed)", fields: [ExtraField(key: "name", value: MapGenerator.nastyString(using: &random))])]
        return map
    }

    @Test(arguments: [1, 2] as [UInt64])
    func aLargeMapIsWrittenByteForByteAsOnOneCore(seed: UInt64) throws {
        let map = Self.largeNastyMap(seed: seed)
        #expect(map.nonEmptyCellCount >= JourneyWriter.parallelThreshold)
        let written = JourneyWriter.bytes(for: map)
        #expect(written == JourneyWriter.bytesOnOneCore(for: map))
        #expect(try JourneyParser.parse(written, path: "large.journey") == map)
    }
}
