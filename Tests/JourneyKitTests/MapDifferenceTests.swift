import JourneyKit
import Testing

/// The one-line summary of what differs between two versions of a map (shown before restoring a
/// recovery file, and after a merge).
@Suite("Map difference")
struct MapDifferenceTests {
    static func shop() throws -> JourneyMap {
        var map = JourneyMap(title: "Shop")
        for name in ["Awareness", "Purchase", "Delivery"] { _ = try map.appendStage(named: name) }
        for name in ["Web", "Mail"] { _ = try map.appendTouchpoint(named: name) }
        map.updateCell(stage: 0, touchpoint: 0) { $0.note = "Sees an ad" }
        return map
    }

    @Test func identicalMapsHaveNoDifference() throws {
        let difference = MapDifference(from: try Self.shop(), to: try Self.shop())
        #expect(difference.isEmpty)
        #expect(difference.summary == "no differences")
    }

    @Test func changedAddedAndEmptiedCellsAreCountedAndNamed() throws {
        let old = try Self.shop()
        var new = old
        new.updateCell(stage: 0, touchpoint: 0) { $0.note = "" }            // emptied
        new.updateCell(stage: 1, touchpoint: 1) { $0.emotion = Emotion(-1) } // filled
        let difference = MapDifference(from: old, to: new)
        #expect(difference.cellCount == 2)
        #expect(Set(difference.cells) == ["Awareness × Web", "Purchase × Mail"])
        #expect(difference.summary.hasPrefix("2 cells ("))
        #expect(difference.summary.hasSuffix(") differ"))
    }

    @Test func oneCellSaysDiffers() throws {
        let old = try Self.shop()
        var new = old
        new.updateCell(stage: 2, touchpoint: 1) { $0[list: .painPoints] = ["Late"] }
        #expect(MapDifference(from: old, to: new).summary == "1 cell (Delivery × Mail) differs")
    }

    @Test func renamesAreOneChangeAndAddsAndRemovalsAreMarked() throws {
        let old = try Self.shop()
        var new = old
        try new.renameStage(at: 0, to: "Discovery")
        _ = new.removeTouchpoint(at: 1)
        _ = try new.appendStage(named: "Support")
        new.title = "Shop, again"
        let difference = MapDifference(from: old, to: new)
        #expect(difference.stages == ["Discovery", "+Support"])
        #expect(difference.touchpoints == ["-Mail"])
        #expect(difference.metadata == ["title"])
        #expect(difference.cellCount == 0)
        #expect(difference.summary == "stages Discovery, +Support, touchpoint -Mail and the title differ")
    }

    @Test func onlyAFewCellsAreNamed() throws {
        let old = try Self.shop()
        var new = old
        for stage in 0..<3 { for touchpoint in 0..<2 { new.updateCell(stage: stage, touchpoint: touchpoint) { $0.feeling = "meh" } } }
        let difference = MapDifference(from: old, to: new)
        #expect(difference.cellCount == 6)
        #expect(difference.cells.count == MapDifference.namedCellLimit)
        #expect(difference.summary.contains(", …)"))
    }

    @Test func aSingleStageOrFieldSaysDiffers() throws {
        let old = try Self.shop()
        var new = old
        new.persona = "Ana"
        #expect(MapDifference(from: old, to: new).summary == "the persona differs")
        new = old
        new.setGoal("Find us", forStageAt: 1)
        #expect(MapDifference(from: old, to: new).summary == "stage Purchase differs")
    }

    @Test func aMoveIsAnOrderChange() throws {
        let old = try Self.shop()
        var new = old
        new.moveStage(from: 0, to: 2)
        let difference = MapDifference(from: old, to: new)
        #expect(difference.orderChanged)
        #expect(difference.summary == "the order differs")
    }
}
