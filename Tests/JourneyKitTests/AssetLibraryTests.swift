import Foundation
import Testing
@testable import JourneyKit

/// The bundled templates and examples: that they are there, canonical, complete, and found by name.
@Suite("AssetLibrary")
struct AssetLibraryTests {
    /// The templates every installation must have, with their stage names in order.
    static let requiredTemplates: [(name: String, stages: [String])] = [
        ("blank", []),
        ("blank-es", []),
        ("five-stage", ["Awareness", "Consideration", "Purchase", "Retention", "Advocacy"]),
        ("five-stage-es", ["Descubrimiento", "Consideración", "Compra", "Retención", "Recomendación"]),
        ("six-stage", ["Awareness", "Consideration", "Decision", "Purchase", "Post-purchase", "Loyalty"]),
        ("six-stage-es", ["Conciencia", "Consideración", "Decisión", "Compra", "Post-compra", "Lealtad"]),
        ("email-lifecycle", ["Awareness", "Acquisition", "Onboarding", "Engagement", "Advocacy"]),
        ("email-lifecycle-es", ["Conocimiento", "Captación", "Incorporación", "Interacción", "Promoción"]),
    ]

    /// The examples every installation must have; the Spanish ones are checked for accents.
    static let requiredEnglishExamples = ["cat-mug-shop"]
    static let requiredSpanishExamples = ["academia-online"]

    /// Letters that any real Spanish text is bound to contain some of.
    static let spanishLetters = Set("áéíóúüñÁÉÍÓÚÜÑ¿¡")

    private func root() throws -> URL {
        try #require(BundledMapFolder.defaultRoot(), "the journey_JourneyAssets resources were not found next to the test bundle")
    }

    /// Where canonical text and a file part ways, for a failure message that can be acted on.
    private func firstDifference(_ canonical: [UInt8], _ file: [UInt8]) -> String {
        let expected = canonical.split(separator: 0x0A, omittingEmptySubsequences: false)
        let found = file.split(separator: 0x0A, omittingEmptySubsequences: false)
        for line in 0..<max(expected.count, found.count) {
            let want = line < expected.count ? String(decoding: expected[line], as: UTF8.self).debugDescription : "the end of the file"
            let got = line < found.count ? String(decoding: found[line], as: UTF8.self).debugDescription : "the end of the file"
            if line < expected.count, line < found.count, expected[line].elementsEqual(found[line]) { continue }
            return "line \(line + 1) should be \(want) but is \(got); run it through JourneyWriter"
        }
        return "the bytes differ; run it through JourneyWriter"
    }

    private func isSpanish(_ name: String) -> Bool {
        name.hasSuffix("-es") || AssetLibraryTests.requiredSpanishExamples.contains(name)
    }

    // MARK: Every bundled file

    @Test("every bundled file parses and is byte-identical to what JourneyWriter writes")
    func everyFileIsCanonical() throws {
        let root = try root()
        for folder in BundledMapFolder.allCases {
            let names = try folder.names(in: root)
            #expect(!names.isEmpty, "no \(folder.rawValue) are bundled")
            for name in names {
                let url = folder.fileURL(for: name, in: root)
                let bytes = try [UInt8](Data(contentsOf: url))
                let map = try JourneyParser.parse(bytes, path: url.path)
                let written = Array(JourneyWriter.text(for: map).utf8)
                if written != bytes {
                    Issue.record("\(folder.rawValue)/\(name).journey is not canonical: \(firstDifference(written, bytes))")
                }
            }
        }
    }

    @Test("names are sorted, and all() reads each of them")
    func namesAreSortedAndAllReadsThem() throws {
        let templateNames = try TemplateLibrary.names()
        #expect(templateNames == templateNames.sorted())
        #expect(try TemplateLibrary.all().map(\.name) == templateNames)
        let exampleNames = try ExampleLibrary.names()
        #expect(exampleNames == exampleNames.sorted())
        #expect(try ExampleLibrary.all().map(\.name) == exampleNames)
    }

    @Test("Spanish templates and examples are written with accents")
    func spanishFilesHaveAccents() throws {
        let root = try root()
        for folder in BundledMapFolder.allCases {
            for name in try folder.names(in: root) where isSpanish(name) {
                let text = try String(contentsOf: folder.fileURL(for: name, in: root), encoding: .utf8)
                #expect(text.contains { AssetLibraryTests.spanishLetters.contains($0) }, "\(name) has no accented letters")
            }
        }
        for name in AssetLibraryTests.requiredSpanishExamples {
            let text = JourneyWriter.text(for: try ExampleLibrary.example(named: name).map)
            #expect(text.contains("ñ"), "\(name) should read as real Spanish, ñ included")
        }
    }

    // MARK: Templates

    @Test("the required templates exist, with their stages in order")
    func requiredTemplates() throws {
        let names = try TemplateLibrary.names()
        for (name, stages) in AssetLibraryTests.requiredTemplates {
            #expect(names.contains(name), "template '\(name)' is missing")
            let template = try TemplateLibrary.template(named: name)
            #expect(template.name == name)
            #expect(template.map.stages.map(\.name) == stages, "stages of '\(name)'")
        }
    }

    @Test("blank templates are blank")
    func blankTemplates() throws {
        let blank = try TemplateLibrary.template(named: "blank").map
        let blankSpanish = try TemplateLibrary.template(named: "blank-es").map
        #expect(blank.title == "Untitled journey")
        #expect(blankSpanish.title == "Recorrido sin título")
        for map in [blank, blankSpanish] {
            #expect(map.stages.isEmpty)
            #expect(map.touchpoints.isEmpty)
            #expect(map.persona == nil)
        }
    }

    @Test("templates have titles, a goal per stage, 4 to 7 touchpoints with channels, and nothing filled in")
    func templateContents() throws {
        for template in try TemplateLibrary.all() {
            let map = template.map
            let name = template.name
            #expect(!map.title.trimmingWhitespace().isEmpty, "\(name) has no title")
            #expect(map.persona == nil, "\(name) names a persona: templates are for any customer")
            #expect(map.kind == .currentState, "\(name)")
            #expect(map.nonEmptyCellCount == 0, "\(name) has cells: templates have none")
            #expect(map.extraFields.allSatisfy { $0.key == "language" } && map.extraBlocks.isEmpty, "\(name) has fields journey does not know")
            #expect(map.scenario == nil, "\(name): a template's scenario is a hint, not text saved into the map")
            #expect(template.scenarioHint.map { !$0.isEmpty } ?? name.hasPrefix("blank"), "\(name) has no scenario hint")
            #expect(name.hasSuffix("-es") ? map.language == .spanish : map.language == nil, "\(name): language")
            guard !name.hasPrefix("blank") else { continue }
            #expect((4...7).contains(map.touchpoints.count), "\(name) has \(map.touchpoints.count) touchpoints")
            for stage in map.stages {
                let goal = stage.goal ?? ""
                #expect(!goal.isEmpty && goal.count <= 90 && !goal.contains("\n"), "\(name): goal of \(stage.name) should be one short sentence")
            }
            for touchpoint in map.touchpoints {
                #expect(!(touchpoint.channel ?? "").isEmpty, "\(name): \(touchpoint.name) has no channel")
            }
        }
    }

    @Test("template keys are the ones the model makes from the names")
    func templateKeysAreDerived() throws {
        for template in try TemplateLibrary.all() {
            var rebuilt = JourneyMap(title: template.map.title, scenario: template.map.scenario, kind: template.map.kind)
            for stage in template.map.stages {
                try rebuilt.appendStage(named: stage.name, goal: stage.goal)
            }
            for touchpoint in template.map.touchpoints {
                try rebuilt.appendTouchpoint(named: touchpoint.name, channel: touchpoint.channel)
            }
            #expect(rebuilt.stages.map(\.key) == template.map.stages.map(\.key), "\(template.name): stage keys")
            #expect(rebuilt.touchpoints.map(\.key) == template.map.touchpoints.map(\.key), "\(template.name): touchpoint keys")
        }
        let sixStage = try TemplateLibrary.template(named: "six-stage-es").map
        #expect(sixStage.stages.map(\.key) == ["conciencia", "consideracion", "decision", "compra", "post-compra", "lealtad"])
    }

    // MARK: Examples

    @Test("the required examples exist: at least one in English and one in Spanish")
    func requiredExamples() throws {
        let names = try ExampleLibrary.names()
        #expect(names.count >= 2)
        for name in AssetLibraryTests.requiredEnglishExamples + AssetLibraryTests.requiredSpanishExamples {
            #expect(names.contains(name), "example '\(name)' is missing")
        }
        let shop = try ExampleLibrary.example(named: "cat-mug-shop").map
        #expect(shop.persona == "Ana, 34, buys gifts online")
        #expect(shop.stages.count == 6)
        #expect(try ExampleLibrary.example(named: "academia-online").map.kind == .currentState)
    }

    @Test("examples are complete maps: persona, scenario, notes in most cells, emotions with feelings, pains, opportunities")
    func exampleContents() throws {
        for example in try ExampleLibrary.all() {
            let map = example.map
            let name = example.name
            #expect(!(map.persona ?? "").isEmpty, "\(name) has no persona")
            #expect(!(map.scenario ?? "").isEmpty, "\(name) has no scenario")
            #expect(map.stages.count >= 4 && map.touchpoints.count >= 4, "\(name) is too small to learn from")
            #expect(map.stages.allSatisfy { !($0.goal ?? "").isEmpty }, "\(name): every stage should have a goal")
            #expect(map.touchpoints.allSatisfy { !($0.channel ?? "").isEmpty }, "\(name): every touchpoint should have a channel")

            let cells = map.allNonEmptyCells().map(\.cell)
            let slots = map.stages.count * map.touchpoints.count
            let noted = cells.filter { !$0.note.isEmpty }.count
            #expect(Double(noted) > 0.6 * Double(slots), "\(name): only \(noted) of \(slots) cells have notes")
            #expect(cells.contains { $0.emotion != nil }, "\(name) has no emotions")
            #expect(cells.contains { !$0[list: .painPoints].isEmpty }, "\(name) has no pain points")
            #expect(cells.contains { !$0[list: .opportunities].isEmpty }, "\(name) has no opportunities")
            for cell in cells where cell.emotion != nil {
                #expect(!(cell.feeling ?? "").isEmpty, "\(name): an emotion without a feeling word: \(cell.note)")
            }
            for stage in map.stages.indices {
                #expect(map.averageEmotion(stage: stage) != nil, "\(name): stage \(map.stages[stage].name) has no emotions")
            }
        }
    }

    @Test("the current-state examples' emotion curves dip below neutral and rise above it")
    func emotionCurvesTellAStory() throws {
        for example in try ExampleLibrary.all() where example.map.kind == .currentState {
            let averages = example.map.stages.indices.compactMap { example.map.averageEmotion(stage: $0) }
            #expect((averages.min() ?? 0) < 0, "\(example.name): the curve never dips")
            #expect((averages.max() ?? 0) > 0, "\(example.name): the curve never rises")
        }
    }

    @Test("the examples show a multi-line note and an emoji")
    func examplesShowOffTheFormat() throws {
        let notes = try ExampleLibrary.all().flatMap { $0.map.allNonEmptyCells().map(\.cell.note) }
        #expect(notes.contains { $0.contains("\n") })
        #expect(notes.contains { $0.unicodeScalars.contains { $0.properties.isEmojiPresentation } })
    }

    // MARK: Lookup and errors

    @Test("lookup ignores case, surrounding spaces and a .journey suffix", arguments: [
        "five-stage", "Five-Stage", "FIVE-STAGE.journey", "five-stage.JOURNEY", " five-stage ",
    ])
    func templateLookup(_ wanted: String) throws {
        #expect(try TemplateLibrary.template(named: wanted).name == "five-stage")
    }

    @Test("example lookup ignores case and a .journey suffix")
    func exampleLookup() throws {
        #expect(try ExampleLibrary.example(named: "Cat-Mug-Shop.journey").name == "cat-mug-shop")
        #expect(try ExampleLibrary.example(named: "academia-online").map.title.contains("inglés"))
    }

    @Test("an unknown template or example names the ones there are")
    func unknownNames() throws {
        let templates = try TemplateLibrary.names()
        let templateError = #expect(throws: AssetError.self) { try TemplateLibrary.template(named: "foo") }
        #expect(templateError == .unknownTemplate("foo", available: templates))
        #expect(templateError?.description == "unknown template 'foo'; available: \(templates.joined(separator: ", "))")
        #expect(templateError?.description.hasPrefix("unknown template 'foo'; available: blank, blank-es, ") == true)

        let examples = try ExampleLibrary.names()
        let exampleError = #expect(throws: AssetError.self) { try ExampleLibrary.example(named: "../templates/blank") }
        #expect(exampleError == .unknownExample("../templates/blank", available: examples))
        #expect(exampleError?.description.contains("cat-mug-shop") == true)

        #expect(throws: AssetError.unknownTemplate("cat-mug-shop", available: templates)) {
            try TemplateLibrary.template(named: "cat-mug-shop")
        }
        #expect(AssetError.unknownExample("x", available: []).description == "unknown example 'x'; no examples are installed")
    }

    @Test("missing resources give an error that says what to do")
    func missingResources() throws {
        #expect(throws: AssetError.resourcesMissing) { try BundledMapFolder.templates.names(in: nil) }
        let nowhere = FileManager.default.temporaryDirectory.appendingPathComponent("journey-no-assets-\(UUID().uuidString)")
        #expect(throws: AssetError.resourcesMissing) { try BundledMapFolder.examples.all(in: nowhere) }
        #expect(throws: AssetError.resourcesMissing) { try BundledMapFolder.templates.map(named: "blank", in: nowhere) }
        let message = AssetError.resourcesMissing.description
        #expect(message.contains("journey_JourneyAssets.resources"))
        #expect(message.contains("JOURNEY_ASSETS"))
    }

    @Test("a bundled file that does not parse is unreadable, with the parser's diagnostics; other files are ignored")
    func unreadableFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("journey-assets-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let templates = root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data("journey 1\ntitle: Fine\n".utf8).write(to: templates.appendingPathComponent("fine.journey"))
        try Data("journey 1\ntitle: Broken\nemotion: 9\n".utf8).write(to: templates.appendingPathComponent("broken.journey"))
        try Data("not a map".utf8).write(to: templates.appendingPathComponent("README.md"))
        try Data("journey 1\n".utf8).write(to: templates.appendingPathComponent(".hidden.journey"))

        #expect(try BundledMapFolder.templates.names(in: root) == ["broken", "fine"])
        #expect(try BundledMapFolder.templates.map(named: "Fine", in: root).map.title == "Fine")
        let error = #expect(throws: AssetError.self) { try BundledMapFolder.templates.map(named: "broken", in: root) }
        guard case .unreadable(let name, let reason)? = error else {
            Issue.record("expected .unreadable, got \(String(describing: error))")
            return
        }
        #expect(name == "broken")
        #expect(reason.contains("broken.journey:3:1:"))
        #expect(reason.contains("'emotion' does not belong here"))
        #expect(error?.description.hasPrefix("the bundled map 'broken' cannot be read") == true)
        #expect(throws: AssetError.self) { try BundledMapFolder.templates.all(in: root) }
        #expect(throws: AssetError.resourcesMissing) { try BundledMapFolder.examples.names(in: root) }
    }
}
