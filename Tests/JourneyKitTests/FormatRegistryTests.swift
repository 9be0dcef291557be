import JourneyKit
import Testing

/// The format registry: each format once, found by name, alias or extension, and doing what it
/// says it can.
@Suite("Format registry")
struct FormatRegistryTests {
    static let map = MapGenerator.map(seed: 42)

    @Test func namesAliasesAndExtensionsAreEachTakenOnce() {
        let names = FormatRegistry.all.flatMap(\.names).map { $0.lowercased() }
        #expect(Set(names).count == names.count, "\(names)")
        let extensions = FormatRegistry.all.flatMap(\.fileExtensions).map { $0.lowercased() }
        #expect(Set(extensions).count == extensions.count, "\(extensions)")
        #expect(FormatRegistry.all.allSatisfy { $0.canExport || $0.canImport })
    }

    @Test func todaysFormatsAndWhatTheyCanDo() {
        // Formats added later join these; today's keep their names and what they can do.
        #expect(Array(FormatRegistry.all.map(\.name).prefix(3)) == ["journey", "json", "markdown"])
        #expect(Set(["journey", "json", "markdown"]).isSubset(of: FormatRegistry.exportable.map(\.name)))
        #expect(Set(["journey", "json"]).isSubset(of: FormatRegistry.importable.map(\.name)))
        #expect(!FormatRegistry.importable.contains(.markdown))
        #expect(Set(["journey", "json"]).isSubset(of: FormatRegistry.rewritable.map(\.name)))
        #expect(MapFormat.markdown.canCheck == false)
        #expect(MapFormat.json.canCheck)
    }

    @Test func lookUpByNameAliasAndExtension() {
        #expect(FormatRegistry.named("md") == .markdown)
        #expect(FormatRegistry.named("Markdown") == .markdown)
        #expect(FormatRegistry.named("JSON") == .json)
        #expect(FormatRegistry.named("pdf") == nil)
        #expect(FormatRegistry.format(forPath: "maps/shop.JSON") == .json)
        #expect(FormatRegistry.format(forPath: "report.md") == .markdown)
        #expect(FormatRegistry.format(forPath: "shop.journey") == .journey)
        #expect(FormatRegistry.format(forPath: "notes.no-such-format") == nil)
        #expect(MapFile.guessFormat(from: "notes.no-such-format") == .journey)
        #expect(MapFile.guessFormat(from: "x.json") == .json)
    }

    @Test func everyReadableAndWritableFormatGivesTheMapBack() throws {
        for seed: UInt64 in 1...5 {
            let map = MapGenerator.map(seed: seed)
            for format in FormatRegistry.rewritable {
                let text = try format.export(map, language: .english)
                let again = try format.import(Array(text.utf8), path: "x.\(format.fileExtensions[0])")
                #expect(again == map, "\(format), seed \(seed)")
                #expect(try format.export(again, language: .english) == text, "\(format), seed \(seed)")
            }
        }
        #expect(try MapFormat.journey.export(Self.map, language: .spanish) == JourneyWriter.text(for: Self.map))
    }

    @Test func aFormatSaysWhatItCannotDo() throws {
        #expect(throws: FormatError.cannotImport("markdown")) {
            try MapFormat.markdown.import(Array("# x\n".utf8), path: "x.md")
        }
        #expect(FormatError.cannotImport("markdown").text(in: .english) == "maps cannot be read from markdown: it is an export only")
        #expect(FormatError.cannotImport("markdown").text(in: .spanish) == "los mapas no se pueden leer desde markdown: solo sirve para exportar")
        #expect(throws: MapFileError.self) { try MapFile.decode(Array("# x\n".utf8), path: "x.md", format: .markdown) }
        let markdown = try MapFormat.markdown.export(Self.map, language: .english)
        #expect(markdown == MarkdownExporter.markdown(for: Self.map))
    }

    @Test func invalidInputKeepsItsDiagnostics() {
        do {
            _ = try MapFormat.json.import(Array("{\"version\": 2}".utf8), path: "m.json")
            Issue.record("a version 2 document was accepted")
        } catch {
            guard case .invalid(let diagnostics) = error else {
                Issue.record("expected the input's diagnostics, got \(error)")
                return
            }
            #expect(diagnostics.description.hasPrefix("m.json:1:"))
        }
    }
}
