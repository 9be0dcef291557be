import Foundation
import Glibc
import JourneyKit
import Testing

/// A crashed editor's unsaved changes are restored onto the map as it is when the next editor
/// opens it, with real processes: what another editor saved after the crash is kept.
@Suite("Recovery onto later saves end to end", .serialized)
struct RecoveryMergeEndToEndTests {
    @Test func restoringAfterSIGKILLKeepsWhatAnotherEditorSavedMeanwhile() throws {
        let folder = try TemporaryFolder()
        let ana = try ReliabilityEndToEndTests.openMap(folder, options: "--solo")
        let anaPID = try #require(ana.programProcessID())
        let ben = try ReliabilityEndToEndTests.openMap(folder, options: "--solo")
        try ben.waitFor(text: "Also open in journey by")

        // Ana types a note in Awareness × the first touchpoint and never saves it.
        try ana.keys("Enter")
        try ana.waitFor(text: "Editing the note")
        try ana.type("Ana typed this before the crash")
        try ana.keys("Enter")
        try ana.waitFor(text: "Ana typed this")
        Thread.sleep(forTimeInterval: 3)  // her recovery file is written meanwhile

        // Ben changes another cell, Awareness × the second touchpoint, and saves it.
        try ben.keys("j", "Enter")
        try ben.waitFor(text: "Editing the note")
        try ben.type("Ben saved this later")
        try ben.keys("Enter", "C-s")
        try ben.waitFor(text: "Saved m.journey")
        try ana.waitFor(text: "changed on disk")

        #expect(kill(anaPID, SIGKILL) == 0)
        try ana.waitFor(text: "EXITED 137")
        try ben.keys("q")
        try ben.waitFor(text: "EXITED 0")

        // The next editor offers only Ana's change, restores it onto Ben's save, and saves both.
        let next = try ReliabilityEndToEndTests.openMap(folder, width: 120, height: 40)
        let offer = try next.waitFor(text: "Unsaved changes found")
        #expect(offer.contains("1 cell (Awareness"))
        #expect(offer.contains("Restoring applies these changes"))
        try next.keys("y")
        try next.waitFor(text: "Restored the unsaved changes")
        try next.keys("C-s")
        try next.waitFor(text: "Saved m.journey")
        try next.keys("q")
        try next.waitFor(text: "EXITED 0")
        let saved = try ReliabilityEndToEndTests.map(folder)
        #expect(saved.cell(stage: 0, touchpoint: 0).note == "Ana typed this before the crash")
        #expect(saved.cell(stage: 0, touchpoint: 1).note == "Ben saved this later")
        #expect(try ReliabilityEndToEndTests.sidecars(folder).isEmpty)
    }
}
