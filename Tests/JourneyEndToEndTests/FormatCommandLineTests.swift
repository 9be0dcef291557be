import Foundation
import JourneyKit
import Testing

/// `journey export`, `import`, `check` and `fmt` read the format registry: every format's names
/// and aliases work, extensions choose a format, and the help and completion list them all.
@Suite("Formats on the command line")
struct FormatCommandLineTests {
    @Test func helpAndCompletionListEveryFormatOfTheRegistry() throws {
        let export = try CommandRun.journey(["export", "--help"])
        for format in FormatRegistry.exportable {
            #expect(export.output.contains("  \(format.names.joined(separator: ", "))  "), "\(format)")
            #expect(export.output.contains(format.summary.text(in: .english)), "\(format)")
        }
        let importHelp = try CommandRun.journey(["import", "--help", "--lang", "es"])
        for format in FormatRegistry.importable {
            #expect(importHelp.output.contains(format.summary.text(in: .spanish)), "\(format)")
        }
        for format in FormatRegistry.exportable where !format.canImport {
            #expect(!importHelp.output.contains(format.summary.text(in: .spanish)), "\(format)")
        }
        let completion = try CommandRun.journey(["--generate-completion-script", "bash"])
        for name in FormatRegistry.all.flatMap(\.names) {
            #expect(completion.output.contains(name), "\(name)")
        }
    }

    @Test func aliasesAndExtensionsChooseTheFormat() throws {
        let folder = try TemporaryFolder()
        let map = try folder.write("m.journey", "journey 1\ntitle: Shop\n[stage a]\nname: A\n")
        let alias = try CommandRun.journey(["export", map, "--format", "md"])
        #expect(alias.status == 0)
        #expect(alias.output.hasPrefix("# Shop\n"))
        let byExtension = try CommandRun.journey(["export", map, "-o", folder.path("m.json")])
        #expect(byExtension.status == 0)
        #expect(try JSONInterchange.decode(try folder.read("m.json")).title == "Shop")
        let imported = try CommandRun.journey(["import", folder.path("m.json"), "-o", folder.path("back.journey")])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(try folder.read("back.journey") == (try folder.read("m.journey")).replacingOccurrences(of: "title: Shop\n", with: "title: Shop\nkind: current-state\n").replacingOccurrences(of: "[stage a]", with: "\n[stage a]"))
        let unknown = try CommandRun.journey(["export", map, "--format", "pdf"])
        #expect(unknown.status == 64)
        #expect(unknown.errors.hasPrefix("Error: --format takes journey, json"))
        #expect(unknown.errors.contains("markdown (md)"))
        #expect(unknown.errors.contains(", not 'pdf'\n"))
        let notReadable = try CommandRun.journey(["import", map, "--from", "markdown"])
        #expect(notReadable.status == 64)
        #expect(notReadable.errors.hasPrefix("Error: --from takes journey"))
        #expect(notReadable.errors.contains(", not 'markdown'\n"))
    }

    @Test func checkAndFmtGoByTheFilesFormat() throws {
        let folder = try TemporaryFolder()
        let report = try folder.write("report.md", "# Shop\n")
        let check = try CommandRun.journey(["check", report])
        #expect(check.status == 1)
        #expect(check.errors == "\(report): maps cannot be read from markdown: it is an export only\n")
        let json = try folder.write("m.json", "{\"version\":1,\"title\":\"Shop\",\"stages\":[{\"name\":\"A\"}]}")
        let formatted = try CommandRun.journey(["fmt", json])
        #expect(formatted.status == 0, "\(formatted.errors)")
        #expect(formatted.output == "formatted \(json)\n")
        let canonical = try folder.read("m.json")
        #expect(canonical == JSONInterchange.encode(try JSONInterchange.decode(canonical)))
        #expect(try CommandRun.journey(["fmt", "--check", json]).status == 0)
        let fmtReport = try CommandRun.journey(["fmt", report])
        #expect(fmtReport.status == 1)
        #expect(try folder.read("report.md") == "# Shop\n")
    }
}
