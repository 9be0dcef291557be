import Foundation
import JourneyKit
import Testing

/// `journey merge` as git runs it as a merge driver: files, messages and exit codes.
@Suite("Merge command")
struct MergeCommandTests {
    static let base = """
        journey 1
        title: Cat mug shop
        kind: current-state

        [stage awareness]
        name: Awareness

        [stage purchase]
        name: Purchase

        [touchpoint ad]
        name: Instagram ad

        [touchpoint web]
        name: Web shop

        [cell awareness ad]
        note: Sees the mug ad
        emotion: +1

        [cell purchase web]
        note: Pays

        """

    /// The base with some lines replaced.
    static func changed(_ replacements: [(String, String)]) -> String {
        var text = base
        for (old, new) in replacements {
            precondition(text.contains(old), "the base has no '\(old)'")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }

    @Test func aCleanMergeReplacesOursAndExitsZero() throws {
        let folder = try TemporaryFolder()
        let base = try folder.write("base.journey", Self.base)
        let ours = try folder.write("ours.journey", Self.changed([("note: Sees the mug ad", "note: Sees the mug ad twice")]))
        let theirs = try folder.write("theirs.journey", Self.changed([
            ("note: Pays", "note: Pays by card\npain: The card form is slow"), ("title: Cat mug shop", "title: Mugs"),
        ]))
        let run = try CommandRun.journey(["merge", base, ours, theirs])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.isEmpty)
        let merged = try JourneyParser.parse(try folder.read("ours.journey"))
        #expect(merged.title == "Mugs")
        #expect(merged.cell(stage: 0, touchpoint: 0).note == "Sees the mug ad twice")
        #expect(merged.cell(stage: 1, touchpoint: 1).note == "Pays by card")
        #expect(merged.cell(stage: 1, touchpoint: 1)[list: .painPoints] == ["The card form is slow"])
        // Written in canonical form.
        #expect(try folder.read("ours.journey") == JourneyWriter.text(for: merged))
        #expect(try folder.read("theirs.journey").contains("title: Mugs"))
    }

    @Test func conflictsTakeOursListOnStandardErrorAndExitOne() throws {
        let folder = try TemporaryFolder()
        let base = try folder.write("base.journey", Self.base)
        let ours = try folder.write("ours.journey", Self.changed([("note: Pays", "note:\n  | Pays with a coupon\n  | on the second try"), ("emotion: +1", "emotion: +2")]))
        let theirs = try folder.write("theirs.journey", Self.changed([("note: Pays", "note: \"Pays \\u{1B}[31mlater\""), ("emotion: +1", "emotion: -1\nfeeling: bored")]))
        let output = folder.path("merged.journey")
        let run = try CommandRun.journey(["merge", base, ours, theirs, "-o", output])
        #expect(run.status == 1)
        #expect(run.errors == """
            \(ours): conflict: Cell Awareness × Instagram ad: emotion: ours +2 bored / theirs -1 bored
            \(ours): conflict: Cell Purchase × Web shop: note: ours Pays with a coupon⏎on the second try / theirs Pays \\u{1B}[31mlater

            """)
        // The conflicts are in the file, between marker lines; our side of each is what ours had.
        #expect(throws: DiagnosticError.self) { try JourneyParser.parse(try folder.read("merged.journey")) }
        let merged = try ConflictedFile(Array(try folder.read("merged.journey").utf8), path: output).map(taking: .ours)
        #expect(merged.cell(stage: 0, touchpoint: 0).emotion == Emotion(2))
        #expect(merged.cell(stage: 0, touchpoint: 0).feeling == "bored")
        #expect(merged.cell(stage: 1, touchpoint: 1).note == "Pays with a coupon\non the second try")
        let labelled = try CommandRun.journey(["merge", base, ours, theirs, "-o", output, "--label", "maps/shop.journey"])
        #expect(labelled.status == 1)
        #expect(labelled.errors.hasPrefix("maps/shop.journey: conflict: Cell Awareness × Instagram ad: emotion: "))
        // OURS is left alone when the output goes elsewhere.
        #expect(try folder.read("ours.journey").contains("with a coupon"))
        #expect(!(try folder.read("ours.journey").contains("bored")))
    }

    @Test func takeTheirsSettlesEveryConflict() throws {
        let folder = try TemporaryFolder()
        let base = try folder.write("base.journey", Self.base)
        let ours = try folder.write("ours.journey", Self.changed([("name: Purchase", "name: Checkout"), ("note: Pays", "note: Pays fast")]))
        let theirs = try folder.write("theirs.journey", Self.changed([("name: Purchase", "name: Payment"), ("title: Cat mug shop", "title: Mugs")]))
        let run = try CommandRun.journey(["merge", base, ours, theirs, "--take", "theirs"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.isEmpty)
        let merged = try JourneyParser.parse(try folder.read("ours.journey"))
        #expect(merged.stages.map(\.name) == ["Awareness", "Payment"])
        #expect(merged.title == "Mugs")
        #expect(merged.cell(stage: 1, touchpoint: 1).note == "Pays fast")

        let toStandardOutput = try CommandRun.journey(["merge", base, ours, theirs, "--take", "ours", "-o", "-"])
        #expect(toStandardOutput.status == 0)
        #expect(try JourneyParser.parse(toStandardOutput.output).stages.map(\.name) == ["Awareness", "Payment"])
        let bad = try CommandRun.journey(["merge", base, ours, theirs, "--take", "mine"])
        #expect(bad.status == 64)
    }

    @Test func invalidOrMissingInputExitsTwoAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        let base = try folder.write("base.journey", Self.base)
        let ours = try folder.write("ours.journey", Self.base)
        let theirs = try folder.write("theirs.journey", Self.changed([("emotion: +1", "emotion: 7")]))
        let invalid = try CommandRun.journey(["merge", base, ours, theirs])
        #expect(invalid.status == 2)
        #expect(invalid.errors == "\(theirs):19:1: emotion must be a whole number from -2 to +2, found '7'\n")
        #expect(try folder.read("ours.journey") == Self.base)

        let missing = try CommandRun.journey(["merge", folder.path("nope.journey"), ours, theirs])
        #expect(missing.status == 2)
        #expect(missing.errors.contains("nope.journey: cannot open: no such file or directory"))
        let usage = try CommandRun.journey(["merge", base, ours])
        #expect(usage.status == 64)
        let help = try CommandRun.journey(["merge", "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("git config merge.journey.driver \"journey merge %O %A %B --label %P\""))
        #expect(help.output.contains("*.journey merge=journey diff=journey"))
        #expect(help.output.contains("journey git setup"))
    }
}
