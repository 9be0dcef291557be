import Foundation
import JourneyKit
import Testing

/// The `journey` command line as a script or CI sees it: output, files and exit codes.
@Suite("Command line")
struct CommandLineTests {
    static let contractJSON = """
        {
          "version": 1,
          "title": "Cat mug shop: first purchase",
          "persona": "Ana, 34, buys gifts online",
          "scenario": "Why do first-time buyers abandon the cart?",
          "kind": "current-state",
          "stages": [ { "name": "Awareness", "goal": "Discover the brand" }, { "name": "Compra" } ],
          "touchpoints": [ { "name": "Instagram ad", "channel": "social" }, { "name": "Web" } ],
          "cells": [
            { "stage": "Awareness", "touchpoint": "Instagram ad",
              "note": "Sees the mug ad and clicks through",
              "emotion": 1, "feeling": "curious",
              "painPoints": ["The ad hides the price"],
              "opportunities": ["Show the price in the ad"] },
            { "stage": "Compra", "touchpoint": "Web", "note": "Línea 1\\nLínea 2 | \\"x\\" \\u001b", "emotion": -2 }
          ]
        }
        """

    @Test func versionAndHelp() throws {
        let version = try CommandRun.journey(["--version"])
        #expect(version.status == 0)
        #expect(!version.output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        for command in [[], ["new"], ["check"], ["fmt"], ["export"], ["import"], ["templates"], ["edit"]] {
            let help = try CommandRun.journey(command + ["--help"])
            #expect(help.status == 0, "\(command)")
            #expect(help.output.contains("USAGE:"), "\(command)")
        }
        let completion = try CommandRun.journey(["--generate-completion-script", "bash"])
        #expect(completion.status == 0)
        #expect(completion.output.contains("complete"))
    }

    @Test func newCreatesAMapAndNeverOverwrites() throws {
        let folder = try TemporaryFolder()
        let created = try CommandRun.journey(["new", "shop.journey", "--template", "six-stage-es", "--title", "Tienda"], in: folder.url.path)
        #expect(created.status == 0)
        let map = try JourneyParser.parse(try folder.read("shop.journey"))
        #expect(map.title == "Tienda")
        #expect(map.stages.map(\.name) == ["Conciencia", "Consideración", "Decisión", "Compra", "Post-compra", "Lealtad"])
        try folder.write("shop.journey", "keep me")
        let again = try CommandRun.journey(["new", "shop.journey"], in: folder.url.path)
        #expect(again.status == 1)
        #expect(again.errors.contains("already exists"))
        #expect(try folder.read("shop.journey") == "keep me")
        let unknown = try CommandRun.journey(["new", "x.journey", "--template", "nope"], in: folder.url.path)
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("unknown template 'nope'; available: blank"))
        let stdout = try CommandRun.journey(["new", "-", "--template", "five-stage"])
        #expect(stdout.status == 0)
        #expect(stdout.output.hasPrefix("journey 1\n"))
    }

    @Test func checkReportsLocationsAndExitCodes() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("good.journey", "journey 1\ntitle: ok\n")
        let bad = try folder.write("bad.journey", "journey 1\ntitle: ok\n[stage a]\nname: A\n[touchpoint t]\nname: T\n[cell a t]\nemotion: 9\n")
        let valid = try CommandRun.journey(["check", good])
        #expect(valid.status == 0)
        #expect(valid.output.contains("good.journey: valid"))
        let invalid = try CommandRun.journey(["check", good, bad])
        #expect(invalid.status == 1)
        #expect(invalid.errors == "\(bad):8:1: emotion must be a whole number from -2 to +2, found '9'\n")
        let missing = try CommandRun.journey(["check", folder.path("missing.journey")])
        #expect(missing.status == 1)
        #expect(missing.errors.contains("missing.journey: cannot open: no such file or directory"))
        let usage = try CommandRun.journey(["check"])
        #expect(usage.status == 64)
        let badOption = try CommandRun.journey(["check", "--frobnicate", good])
        #expect(badOption.status == 64)
        let stdin = try CommandRun.journey(["check", "-"], input: "journey 1\nkind: nope\n")
        #expect(stdin.status == 1)
        #expect(stdin.errors.hasPrefix("-:2:1: unknown map kind 'nope'"))
        let json = try folder.write("map.json", "{\"version\": 1, \"stages\": [{\"name\": \"A\"}, {\"name\": \" a \"}]}")
        let jsonCheck = try CommandRun.journey(["check", json])
        #expect(jsonCheck.status == 1)
        #expect(jsonCheck.errors.contains("map.json:1:"))
    }

    @Test func invalidUTF8IsRejectedWithItsPlace() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("latin1.journey")
        try Data(Array("journey 1\ntitle: Caf".utf8) + [0xE9] + Array("\n".utf8)).write(to: URL(fileURLWithPath: path))
        let result = try CommandRun.journey(["check", path])
        #expect(result.status == 1)
        #expect(result.errors == "\(path):2:11: the file is not valid UTF-8: byte 0xE9 cannot stand here; save the file as UTF-8\n")
    }

    @Test func templatesAndExamplesAllPassCheck() throws {
        let list = try CommandRun.journey(["templates"])
        #expect(list.status == 0)
        for name in ["blank", "five-stage", "five-stage-es", "six-stage", "six-stage-es", "email-lifecycle", "email-lifecycle-es"] {
            #expect(list.output.contains("  \(name) "), "\(name)")
        }
        #expect(list.output.contains("Awareness → Consideration → Purchase → Retention → Advocacy"))
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let files = try ["Assets/templates", "Assets/examples"].flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
                .filter { $0.hasSuffix(".journey") }.map { root.appendingPathComponent(folder).appendingPathComponent($0).path }
        }
        #expect(files.count >= 10)
        let check = try CommandRun.journey(["check"] + files)
        #expect(check.status == 0, "\(check.errors)")
        let format = try CommandRun.journey(["fmt", "--check"] + files)
        #expect(format.status == 0, "\(format.output)")
    }

    @Test func fmtRewritesCanonicallyKeepsPermissionsAndLeavesInvalidFilesAlone() throws {
        let folder = try TemporaryFolder()
        let messy = try folder.write("messy.journey", "journey 1\r\ntitle:   Messy   \r\n[stage a]\r\nname: A\r\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: messy)
        let broken = try folder.write("broken.journey", "journey 1\n[stage a]\n")
        let check = try CommandRun.journey(["fmt", "--check", messy, broken])
        #expect(check.status == 1)
        #expect(check.output == "\(messy)\n")
        #expect(check.errors.contains("broken.journey:2:1: stage 'a' has no name"))
        let format = try CommandRun.journey(["fmt", messy, broken])
        #expect(format.status == 1)
        #expect(try folder.read("messy.journey") == "journey 1\ntitle: Messy\nkind: current-state\n\n[stage a]\nname: A\n")
        #expect(try folder.read("broken.journey") == "journey 1\n[stage a]\n")
        let permissions = try FileManager.default.attributesOfItem(atPath: messy)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        #expect(try CommandRun.journey(["fmt", "--check", messy]).status == 0)
        let piped = try CommandRun.journey(["fmt", "-"], input: "journey 1\ntitle:  x \n")
        #expect(piped.output == "journey 1\ntitle: x\nkind: current-state\n")
    }

    @Test func importThenExportGivesTheSameJSON() throws {
        let folder = try TemporaryFolder()
        let json = try folder.write("x.json", Self.contractJSON)
        let imported = try CommandRun.journey(["import", json, "--from", "json", "-o", folder.path("m.journey")])
        #expect(imported.status == 0, "\(imported.errors)")
        let exported = try CommandRun.journey(["export", folder.path("m.journey"), "--format", "json"])
        #expect(exported.status == 0)
        let original = try JSONInterchange.decode(Self.contractJSON)
        let roundTripped = try JSONInterchange.decode(exported.output)
        #expect(roundTripped == original)
        #expect(exported.output == JSONInterchange.encode(original))
        // Export only the non-empty cells, rows in touchpoint order.
        let object = try JSONSerialization.jsonObject(with: Data(exported.output.utf8)) as? [String: Any]
        let cells = object?["cells"] as? [[String: Any]]
        #expect(cells?.map { $0["stage"] as? String } == ["Awareness", "Compra"])
        // Standard input, and no overwriting without --force.
        let again = try CommandRun.journey(["import", "-", "-o", folder.path("m.journey")], input: Self.contractJSON)
        #expect(again.status == 1)
        let forced = try CommandRun.journey(["import", "-", "-o", folder.path("m.journey"), "--force"], input: Self.contractJSON)
        #expect(forced.status == 0)
        let invalid = try CommandRun.journey(["import", "-", "-o", folder.path("n.journey")], input: "{\"version\": 1, \"cells\": [{\"stage\": \"Nope\", \"touchpoint\": \"X\"}]}")
        #expect(invalid.status == 1)
        #expect(invalid.errors.contains("-:1:"))
        #expect(invalid.errors.contains("cells[0]"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("n.journey")))
    }

    @Test func exportMarkdownToStdoutAndFile() throws {
        let folder = try TemporaryFolder()
        let json = try folder.write("x.json", Self.contractJSON)
        _ = try CommandRun.journey(["import", json, "-o", folder.path("m.journey")])
        let markdown = try CommandRun.journey(["export", folder.path("m.journey")])
        #expect(markdown.status == 0)
        #expect(markdown.output.hasPrefix("# Cat mug shop: first purchase\n"))
        #expect(markdown.output.contains("| Touchpoint | Awareness | Compra |"))
        #expect(!markdown.output.contains("\u{1B}"))
        let toFile = try CommandRun.journey(["export", folder.path("m.journey"), "--format", "markdown", "-o", folder.path("r.md")])
        #expect(toFile.status == 0)
        #expect(try folder.read("r.md") == markdown.output)
        let badFormat = try CommandRun.journey(["export", folder.path("m.journey"), "--format", "pdf"])
        #expect(badFormat.status == 64)
    }

    @Test func hostileTextNeverReachesTheTerminalRaw() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("evil\u{1B}[31m.journey", "journey 1\n[stage a]\nname: A\n[stage b]\nname: \"a\\u{1B}]0;pwned\\u{7}\"\n[stage c]\nname: \" A \"\n")
        let result = try CommandRun.journey(["check", path])
        #expect(result.status == 1)
        #expect(!result.errors.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(result.errors.contains("\\u{1B}"))
        let editor = try CommandRun.journey([path])
        #expect(!editor.errors.unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func theEditorRefusesWithoutATerminal() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRun.journey([folder.path("x.journey")], input: "")
        #expect(result.status == 1)
        #expect(result.errors.contains("not a terminal"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("x.journey")))
        let dumb = try CommandRun.journey([folder.path("x.journey")], environment: ["TERM": "dumb"])
        #expect(dumb.status == 1)
    }
}
