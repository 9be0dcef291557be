import Foundation
import JourneyKit
import Testing

/// The real editor on a map with merge conflicts recorded in it (as `journey merge` leaves it
/// for git): it opens straight into the conflict review, and a choice saves a clean map.
@Suite("Conflicts in the editor", .serialized)
struct ConflictEditorTests {
    /// A map whose purchase note conflicts: ours "Pays in cash", theirs "Pays with PayPal".
    static func conflictedMap(in folder: TemporaryFolder) throws -> String {
        let base = try folder.write("base.journey", MergeCommandTests.base)
        let ours = try folder.write("shop.journey", MergeCommandTests.changed([("note: Pays", "note: Pays in cash")]))
        let theirs = try folder.write("theirs.journey", MergeCommandTests.changed([("note: Pays", "note: Pays with PayPal"), ("title: Cat mug shop", "title: Mugs")]))
        let merge = try CommandRun.journey(["merge", base, ours, theirs])
        #expect(merge.status == 1)
        return try folder.read("shop.journey")
    }

    @Test func theEditorOpensIntoTheReviewAndTheirsSavesACleanMap() throws {
        let folder = try TemporaryFolder()
        _ = try Self.conflictedMap(in: folder)
        let tmux = try TmuxSession("\(try JourneyBinary.path()) shop.journey", directory: folder.url.path)
        let screen = try tmux.waitFor(text: "Conflict 1 of 1")
        #expect(screen.contains("A git merge left this conflict in the file"))
        #expect(screen.contains("Pays in cash"))
        #expect(screen.contains("Pays with PayPal"))
        try tmux.keys("t")
        try tmux.waitFor(text: "Saved shop.journey (merge conflicts resolved: 0 yours, 1")
        let saved = try JourneyParser.parse(try folder.read("shop.journey"))
        #expect(saved.cell(stage: 1, touchpoint: 1).note == "Pays with PayPal")
        #expect(saved.title == "Mugs")
        try tmux.keys("q")
        try tmux.waitFor(text: "EXITED 0")
    }

    @Test func escapeLeavesTheFileAsItIsAndSavingWritesOurs() throws {
        let folder = try TemporaryFolder()
        let conflicted = try Self.conflictedMap(in: folder)
        let tmux = try TmuxSession("\(try JourneyBinary.path()) shop.journey --lang es", directory: folder.url.path)
        try tmux.waitFor(text: "Conflicto 1 de 1")
        try tmux.keys("Escape")
        try tmux.waitFor(text: "Los conflictos de fusión siguen sin resolver")
        #expect(try folder.read("shop.journey") == conflicted)
        try tmux.keys("C-s")
        try tmux.waitFor(text: "Guardado")
        let saved = try JourneyParser.parse(try folder.read("shop.journey"))
        #expect(saved.cell(stage: 1, touchpoint: 1).note == "Pays in cash")
        #expect(saved.title == "Mugs")
        try tmux.keys("q")
        try tmux.waitFor(text: "EXITED 0")
    }
}
