import Foundation
import JourneyKit
import Testing

/// `journey diff OLD NEW`: what a person (or a tool) reads, and diff's exit codes.
@Suite("Diff command")
struct DiffCommandTests {
    static func files() throws -> (TemporaryFolder, String, String) {
        let folder = try TemporaryFolder()
        let old = try folder.write("old.journey", MergeCommandTests.base)
        let new = try folder.write("new.journey", MergeCommandTests.changed([
            ("title: Cat mug shop", "title: Mugs"),
            ("name: Purchase", "name: Checkout"),
            ("emotion: +1", "emotion: -1\npain: Slow page  [votes 2]"),
            ("note: Pays", "note: Pays by card\nevidence: researched"),
        ]) + "\n[touchpoint mail]\nname: Mail\nchannel: email\n")
        return (folder, old, new)
    }

    @Test func changesAreListedFieldByFieldAndExitOne() throws {
        let (folder, old, new) = try Self.files()
        defer { withExtendedLifetime(folder) {} }
        let run = try CommandRun.journey(["diff", old, new])
        #expect(run.status == 1, "\(run.errors)")
        #expect(run.output == """
            title: Cat mug shop → Mugs
            stage renamed: Purchase → Checkout
            touchpoint added: Mail
            [touchpoint Mail] channel added: email
            [Awareness × Instagram ad] emotion: +1 → -1
            [Awareness × Instagram ad] pain point added: Slow page  [votes 2]
            [Checkout × Web shop] note: Pays → Pays by card
            [Checkout × Web shop] evidence added: researched
            8 changes

            """)
        let spanish = try CommandRun.journey(["diff", old, new, "--lang", "es"])
        #expect(spanish.status == 1)
        #expect(spanish.output.hasPrefix("título: Cat mug shop → Mugs\netapa renombrada: Purchase → Checkout\npunto de contacto añadido: Mail\n"))
        #expect(spanish.output.contains("[Awareness × Instagram ad] emoción: +1 → -1\n"))
        #expect(spanish.output.contains("[Awareness × Instagram ad] punto de dolor añadido: Slow page  [votes 2]\n"))
        #expect(spanish.output.hasSuffix("[Checkout × Web shop] evidencia añadida: researched\n8 cambios\n"))
    }

    @Test func theSameMapExitsZeroAndUsageAndTroubleHaveTheirStatus() throws {
        let (folder, old, _) = try Self.files()
        let same = try CommandRun.journey(["diff", old, old])
        #expect(same.status == 0)
        #expect(same.output == "no differences\n")
        #expect(try CommandRun.journey(["diff", old, old, "--lang", "es"]).output == "sin diferencias\n")
        let one = try CommandRun.journey(["diff", old])
        #expect(one.status == 64)
        #expect(one.errors.hasPrefix("Error: journey diff takes two maps (OLD NEW), or one with --textconv"))
        let missing = try CommandRun.journey(["diff", old, folder.path("nope.journey")])
        #expect(missing.status == 64)
        #expect(missing.errors.contains("nope.journey: cannot open: no such file or directory"))
        let bad = try folder.write("bad.journey", "journey 1\n[cell a b]\nemotion: 9\n")
        let invalid = try CommandRun.journey(["diff", old, bad])
        #expect(invalid.status == 64)
        #expect(invalid.errors.contains("bad.journey:3:"))
    }

    @Test func jsonIsForTools() throws {
        let (folder, old, new) = try Self.files()
        defer { withExtendedLifetime(folder) {} }
        let run = try CommandRun.journey(["diff", old, new, "--format", "json"])
        #expect(run.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(document["same"] as? Bool == false)
        let changes = try #require(document["changes"] as? [[String: String]])
        #expect(changes.count == 8)
        #expect(changes[4] == ["place": "cell", "stage": "awareness", "stageName": "Awareness", "touchpoint": "ad",
                               "touchpointName": "Instagram ad", "field": "emotion", "change": "edited", "old": "+1", "new": "-1"])
        #expect(changes[1] == ["place": "stage", "stage": "purchase", "stageName": "Checkout", "field": "stage", "change": "renamed",
                               "old": "Purchase", "new": "Checkout"])
    }

    @Test func hostileTextIsEscapedAndTextconvNamesEachPlace() throws {
        let folder = try TemporaryFolder()
        let old = try folder.write("old.journey", MergeCommandTests.base)
        let new = try folder.write("new.journey", MergeCommandTests.changed([("note: Pays", "note: \"Pays \\u{1B}[31mred\"")]))
        let run = try CommandRun.journey(["diff", old, new])
        #expect(run.output.contains("[Purchase × Web shop] note: Pays → Pays \\u{1B}[31mred\n"))
        #expect(!run.output.contains("\u{1B}"))
        let lines = try CommandRun.journey(["diff", "--textconv", new])
        #expect(lines.status == 0)
        #expect(lines.output.contains("[stage Purchase] name: Purchase\n"))
        #expect(lines.output.contains("[touchpoint Web shop] name: Web shop\n"))
        #expect(lines.output.contains("[Awareness × Instagram ad] emotion: +1\n"))
        #expect(lines.output.contains("[Purchase × Web shop] note: \"Pays \\u{1B}[31mred\"\n"))
    }
}
