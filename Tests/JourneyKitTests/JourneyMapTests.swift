import JourneyKit
import Testing

/// The model's editing operations, which every front end shares.
@Suite("Journey map")
struct JourneyMapTests {
    private func sample() throws -> JourneyMap {
        var map = JourneyMap(title: "Shop")
        for name in ["Awareness", "Consideración", "Purchase"] { try map.appendStage(named: name) }
        for name in ["Ad", "Web shop"] { try map.appendTouchpoint(named: name, channel: "web") }
        map.setCell(Cell(note: "a0", emotion: Emotion(2)), stage: 0, touchpoint: 0)
        map.setCell(Cell(note: "c1", emotion: Emotion(-1)), stage: 1, touchpoint: 1)
        map.setCell(Cell(note: "p1", emotion: Emotion(-2)), stage: 2, touchpoint: 1)
        map.setCell(Cell(note: "c0", emotion: Emotion(1)), stage: 1, touchpoint: 0)
        return map
    }

    @Test func namesAreUniqueIgnoringCaseAndSpaces() throws {
        var map = try sample()
        #expect(throws: JourneyModelError.duplicateName(.stage, "  awareness ")) { try map.appendStage(named: "  awareness ") }
        #expect(throws: JourneyModelError.emptyName(.touchpoint)) { try map.appendTouchpoint(named: " \t") }
        #expect(throws: JourneyModelError.duplicateName(.stage, "PURCHASE")) { try map.renameStage(at: 0, to: "PURCHASE") }
        // Renaming to itself in another case is allowed.
        try map.renameStage(at: 0, to: "AWARENESS")
        #expect(map.stages[0].name == "AWARENESS")
        #expect(map.stageIndex(named: "awareness") == 0)
        #expect(map.touchpointIndex(named: " web SHOP ") == 1)
    }

    @Test func keysComeFromNamesAndSurviveRenames() throws {
        var map = try sample()
        #expect(map.stages.map(\.key) == ["awareness", "consideracion", "purchase"])
        try map.renameStage(at: 1, to: "Evaluation")
        #expect(map.stages[1].key == "consideracion")
        try map.appendStage(named: "Awareness!")
        #expect(map.stages[3].key == "awareness-2")
        try map.appendStage(named: "漢字")
        #expect(map.stages[4].key == "stage-5")
        #expect(throws: JourneyModelError.invalidKey(.stage, "Bad Key")) { try map.appendStage(named: "Z", key: "Bad Key") }
        #expect(throws: JourneyModelError.duplicateKey(.stage, "purchase")) { try map.appendStage(named: "Z", key: "purchase") }
    }

    @Test func cellsStayAttachedThroughRenamesMovesAndDeletes() throws {
        var map = try sample()
        try map.renameTouchpoint(at: 1, to: "Checkout")
        map.moveStage(from: 2, to: 0)
        #expect(map.stages.map(\.name) == ["Purchase", "Awareness", "Consideración"])
        #expect(map.cell(stage: 0, touchpoint: 1).note == "p1")
        #expect(map.cell(stage: 2, touchpoint: 1).note == "c1")
        map.moveTouchpoint(from: 1, to: 0)
        #expect(map.cell(stage: 0, touchpoint: 0).note == "p1")
        map.removeStage(at: 2)
        #expect(map.nonEmptyCellCount == 2)
        #expect(map.cell(stage: 1, touchpoint: 1).note == "a0")
        map.removeTouchpoint(at: 1)
        #expect(map.nonEmptyCellCount == 1)
        #expect(map.cell(stage: 0, touchpoint: 0).note == "p1")
    }

    @Test func emotionAveragesFollowEveryChange() throws {
        var map = try sample()
        #expect(map.averageEmotion(stage: 1) == 0)
        #expect(map.averageEmotion(stage: 0) == 2)
        map.updateCell(stage: 1, touchpoint: 1) { $0.emotion = Emotion(2) }
        #expect(map.averageEmotion(stage: 1) == 1.5)
        map.removeTouchpoint(at: 0)
        #expect(map.averageEmotion(stage: 0) == nil)
        #expect(map.averageEmotion(stage: 1) == 2)
        map.setCell(.empty, stage: 1, touchpoint: 0)
        #expect(map.averageEmotion(stage: 1) == nil)
        #expect(map.nonEmptyCellCount == 1)
    }

    @Test func equalityIgnoresHowTheMapWasBuilt() throws {
        var built = JourneyMap(title: "t")
        try built.appendStage(named: "Gone")
        try built.appendStage(named: "B")
        try built.appendTouchpoint(named: "T")
        built.removeStage(at: 0)
        try built.insertStage(named: "A", at: 0)
        built.setCell(Cell(note: "x"), stage: 1, touchpoint: 0)
        var direct = JourneyMap(title: "t")
        try direct.appendStage(named: "A")
        try direct.appendStage(named: "B")
        try direct.appendTouchpoint(named: "T")
        direct.setCell(Cell(note: "x"), stage: 1, touchpoint: 0)
        #expect(built == direct)
        direct.updateCell(stage: 0, touchpoint: 0) { $0.note = "y" }
        #expect(built != direct)
    }

    @Test func emotionParsingAndFaces() {
        #expect(Emotion(parsing: "+2")?.score == 2)
        #expect(Emotion(parsing: "-1")?.score == -1)
        #expect(Emotion(parsing: "0")?.score == 0)
        #expect(Emotion(parsing: "3") == nil)
        #expect(Emotion(parsing: "+") == nil)
        #expect(Emotion(parsing: "١") == nil)
        #expect(Emotion(clamping: 9).score == 2)
        #expect([-2, -1, 0, 1, 2].compactMap { Emotion($0)?.face } == ["😠", "🙁", "😐", "🙂", "😄"])
        #expect(Emotion(-2)?.asciiFace == ":((")
    }
}
