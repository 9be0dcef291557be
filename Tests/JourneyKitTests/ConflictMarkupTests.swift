@testable import JourneyKit
import Testing

/// Merge conflicts recorded in a `.journey` file with git-style markers: written by
/// ``ConflictMarkup``, rejected by the strict parser, read back by ``ConflictedFile``.
@Suite("Conflicts in the file")
struct ConflictMarkupTests {
    static func shop() throws -> JourneyMap {
        var map = JourneyMap(title: "Shop")
        for name in ["Compra", "Envío"] { _ = try map.appendStage(named: name) }
        for name in ["Web", "Mail"] { _ = try map.appendTouchpoint(named: name) }
        map.updateCell(stage: 0, touchpoint: 0) { $0.note = "Pays"; $0.emotion = Emotion(0) }
        map.updateCell(stage: 1, touchpoint: 1) { $0.note = "Waits" }
        return map
    }

    static func conflicting() throws -> (base: JourneyMap, result: MergeResult) {
        let base = try shop()
        var ours = base, theirs = base
        ours.updateCell(stage: 0, touchpoint: 0) { $0.note = "Pays by card" }
        theirs.updateCell(stage: 0, touchpoint: 0) { $0.note = "Pays with PayPal" }
        theirs.updateCell(stage: 1, touchpoint: 1) { $0.emotion = Emotion(-1) }  // clean
        return (base, JourneyMerge.merge(base: base, ours: ours, theirs: theirs))
    }

    @Test func aConflictIsMarkedAroundTheFieldLines() throws {
        let (base, result) = try Self.conflicting()
        let text = ConflictMarkup.text(base: base, result: result)
        #expect(text.contains("""
            [cell compra web]
            <<<<<<< ours
            note: Pays by card
            ||||||| base
            note: Pays
            =======
            note: Pays with PayPal
            >>>>>>> theirs
            emotion: 0
            """))
        #expect(text.contains("[cell envio mail]\nnote: Waits\nemotion: -1\n"))
    }

    @Test func theStrictParserNamesEachConflict() throws {
        let (base, result) = try Self.conflicting()
        let text = ConflictMarkup.text(base: base, result: result)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(of: "<<<<<<< ours").map { $0 + 1 }
        #expect(throws: DiagnosticError([Diagnostic("unresolved merge conflict", at: FileLocation(path: "m.journey", line: line ?? 0, column: 1))])) {
            try JourneyParser.parse(text, path: "m.journey")
        }
        let file = try ConflictedFile(Array(text.utf8), path: "m.journey")
        #expect(file.diagnostics.map(\.description) == ["m.journey:\(line ?? 0):1: unresolved merge conflict"])
    }

    @Test func eitherSideOfEveryRegionGivesThatSidesMap() throws {
        let (base, result) = try Self.conflicting()
        let bytes = Array(ConflictMarkup.text(base: base, result: result).utf8)
        #expect(ConflictedFile.hasMarkers(bytes))
        let file = try ConflictedFile(bytes, path: "m.journey")
        #expect(try file.map(taking: .ours) == result.merged)
        #expect(try file.map(taking: .theirs) == result.resolved(taking: .theirs))
        let (again, theirs) = try file.merge()
        #expect(again.conflicts.map(\.summary) == result.conflicts.map(\.summary))
        #expect(again.conflicts.first?.base == "Pays")
        #expect(theirs == result.resolved(taking: .theirs))
    }

    @Test func aCleanMergeHasNoMarkers() throws {
        let base = try Self.shop()
        var theirs = base
        theirs.title = "Shop 2"
        let result = JourneyMerge.merge(base: base, ours: base, theirs: theirs)
        let text = ConflictMarkup.text(base: base, result: result)
        #expect(!ConflictedFile.hasMarkers(Array(text.utf8)))
        #expect(try JourneyParser.parse(text) == theirs)
    }

    @Test func markersOutOfPlaceAreErrorsNamingTheLine() {
        let text = "journey 1\ntitle: x\n=======\n"
        #expect(throws: DiagnosticError("merge conflict marker outside a conflict: expected '<<<<<<<' before it", at: FileLocation(path: "-", line: 3, column: 1))) {
            try ConflictedFile(Array(text.utf8), path: "-")
        }
        let open = "journey 1\n<<<<<<< ours\ntitle: x\n"
        #expect(throws: DiagnosticError("unresolved merge conflict: no '>>>>>>>' line closes it", at: FileLocation(path: "-", line: 2, column: 1))) {
            try ConflictedFile(Array(open.utf8), path: "-")
        }
    }

    @Test func gitsOwnMarkersWithoutABaseRead() throws {
        let text = "journey 1\n<<<<<<< HEAD\ntitle: Mine\n=======\ntitle: Theirs\n>>>>>>> feature\n"
        let file = try ConflictedFile(Array(text.utf8), path: "-")
        #expect(try file.map(taking: .ours).title == "Mine")
        #expect(try file.map(taking: .theirs).title == "Theirs")
        #expect(try file.merge().result.conflicts.count == 1)
    }

    @Test func randomMergesRoundTripThroughTheMarkedFile() throws {
        var conflicted = 0
        var remerged = 0
        for seed in MergePropertyTests.seeds {
            var random = MapGenerator.SeededRandom(seed: seed &+ 20_000)
            let base = MapGenerator.map(using: &random, maximumStages: 5, maximumTouchpoints: 5)
            let ours = MergePropertyTests.edited(base, using: &random, steps: Int.random(in: 0...10, using: &random))
            let theirs = MergePropertyTests.edited(base, using: &random, steps: Int.random(in: 0...10, using: &random))
            let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
            guard result.hasConflicts else { continue }
            conflicted += 1
            let bytes = Array(ConflictMarkup.text(base: base, result: result).utf8)
            #expect(throws: DiagnosticError.self, "seed \(seed)") { try JourneyParser.parse(bytes) }
            let file = try ConflictedFile(bytes, path: "m.journey")
            #expect(try file.map(taking: .ours) == result.merged, "seed \(seed)")
            #expect(try file.map(taking: .theirs) == result.resolved(taking: .theirs), "seed \(seed)")
            // Merged again, the three versions give the same choices (one rare case aside: a side
            // that emptied a cell of a stage the other deleted leaves no trace in the file).
            let again = try file.merge().result
            if again.hasConflicts {
                remerged += 1
                #expect(again.merged == result.merged, "seed \(seed)")
                #expect(again.resolved(taking: .theirs) == result.resolved(taking: .theirs), "seed \(seed)")
            }
        }
        #expect(conflicted > 10)
        #expect(remerged >= conflicted - 2)
    }
}
