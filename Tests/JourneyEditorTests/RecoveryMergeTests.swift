@testable import JourneyEditor
import JourneyKit
import Testing

/// Restoring a crashed editor's unsaved changes applies only those changes onto the map as it is
/// now, when the recovery file recorded the map they were made against: what others saved after
/// the crash is kept. Recovery files without that base (older versions) restore the map whole.
@Suite("Recovery restores onto the map as it is")
struct RecoveryMergeTests {
    /// The crashed editor's base, its recovered map (a note typed in Join × Web search), and the map
    /// as it is now (someone saved a note in First visit × Gym app after the crash).
    static func versions() throws -> (base: JourneyMap, recovered: JourneyMap, current: JourneyMap) {
        let base = try EditorDriver.workshop()
        var recovered = base
        recovered.updateCell(stage: 1, touchpoint: 0) { $0.note = "Typed before the crash" }
        var current = base
        current.updateCell(stage: 2, touchpoint: 1) { $0.note = "Saved later by Ben" }
        return (base, recovered, current)
    }

    static func offer(_ recovered: JourneyMap, base: JourneyMap?, current: JourneyMap, keepsLaterChanges: Bool = true, clashes: Int = 0) -> RecoveryOffer {
        let restored = base.map { JourneyMerge.merge(base: $0, ours: recovered, theirs: current).merged } ?? recovered
        return RecoveryOffer(map: recovered, base: base, path: ".map.journey.4242.recovery", savedAt: "today 15:32",
                             summary: MapDifference(from: current, to: restored).summary, isOlderThanFile: true,
                             keepsLaterChanges: keepsLaterChanges, clashes: clashes)
    }

    @Test func aLaterChangeToAnotherCellSurvivesTheRestoreAsOneUndoableChange() throws {
        let (base, recovered, current) = try Self.versions()
        var editor = EditorDriver(map: current)
        editor.send(.recoveryFound(Self.offer(recovered, base: base, current: current)))
        editor.press(.character("y"))
        #expect(editor.effects.last == .resolveRecovery(path: ".map.journey.4242.recovery", restore: true))
        #expect(editor.state.map.cell(stage: 1, touchpoint: 0).note == "Typed before the crash")
        #expect(editor.state.map.cell(stage: 2, touchpoint: 1).note == "Saved later by Ben")
        #expect(editor.state.isModified)
        editor.press(.character("u"))
        #expect(editor.state.map == current)
        #expect(!editor.state.isModified)
    }

    @Test func whereBothChangedTheSameThingTheRecoveredValueIsTaken() throws {
        let (base, recovered, later) = try Self.versions()
        var current = later
        current.updateCell(stage: 1, touchpoint: 0) { $0.note = "Ben's version" }
        var editor = EditorDriver(map: current)
        editor.send(.recoveryFound(Self.offer(recovered, base: base, current: current, clashes: 1)))
        editor.press(.character("y"))
        #expect(editor.state.map.cell(stage: 1, touchpoint: 0).note == "Typed before the crash")
        #expect(editor.state.map.cell(stage: 2, touchpoint: 1).note == "Saved later by Ben")
    }

    @Test func aRecoveryWithoutABaseIsRestoredWholeAsBefore() throws {
        let (_, recovered, current) = try Self.versions()
        var editor = EditorDriver(map: current)
        editor.send(.recoveryFound(Self.offer(recovered, base: nil, current: current, keepsLaterChanges: false)))
        #expect(editor.screen(width: 100, height: 30).contains("Restoring replaces what was saved since"))
        editor.press(.character("y"))
        #expect(editor.state.map == recovered)
    }

    @Test(arguments: [
        (Language.english, 0, "Restoring applies these changes to the map as it is now and keeps what was saved since; u undoes it."),
        (Language.english, 2, "keeps what was saved since; where both changed the same thing (2 places), the recovered value is taken; u undoes it."),
        (Language.spanish, 1, "conserva lo guardado desde entonces; donde ambos cambiaron lo mismo (1 sitio), se toma el valor recuperado; u lo deshace."),
    ])
    func theOfferSaysLaterChangesAreKept(_ language: Language, _ clashes: Int, _ expected: String) throws {
        let (base, recovered, current) = try Self.versions()
        var editor = EditorDriver(map: current)
        editor.state.language = language
        editor.send(.recoveryFound(Self.offer(recovered, base: base, current: current, clashes: clashes)))
        let screen = editor.screen(width: 300, height: 40)
        // The panel wraps the sentence: its start is on screen, and the whole is the catalogue's.
        #expect(ScreenStrings.recoveryKeepsLaterChanges(clashes: clashes).text(in: language).hasSuffix(expected))
        #expect(screen.contains(language.choose(en: "Restoring applies these changes", es: "Restaurar aplica estos cambios")))
        #expect(!screen.contains("Restoring replaces"))
        #expect(screen.contains("1 cell (Join × Web search) differs") || language == .spanish)
    }
}
