import Testing
@testable import JourneyKit

/// Mermaid journey diagrams: what journey writes, that it reads back exactly, and how diagrams
/// journey did not write are read.
@Suite("Mermaid format")
struct MermaidFormatTests {
    @Test func theExamplesComeBackExactly() throws {
        for example in try ExampleLibrary.all() {
            let text = MermaidExporter.mermaid(for: example.map)
            let read = try MapFormat.mermaid.importWithWarnings(Array(text.utf8), path: "x.mmd")
            #expect(read.map == example.map, "\(example.name)")
            #expect(read.warnings.isEmpty, "\(example.name): \(read.warnings)")
        }
    }

    @Test func generatedMapsWithNastyTextComeBackExactly() throws {
        for seed: UInt64 in 0..<60 {
            let map = MapGenerator.map(seed: 7_000 + seed)
            let text = MermaidExporter.mermaid(for: map)
            let read = try MapFormat.mermaid.importWithWarnings(Array(text.utf8), path: "x.mmd")
            #expect(read.map == map, "seed \(seed)")
            #expect(read.warnings.isEmpty, "seed \(seed)")
            // Nothing Mermaid would read as syntax stands raw in the drawing or the comments.
            for line in text.split(separator: "\n") {
                // In the drawing, `;` and `#` stand only in entity codes; in the comments, `;` not at all.
                let bare = line.hasPrefix("%%") ? String(line) : String(line.replacing(#/#\w+;/#, with: ""))
                #expect(!bare.contains(";"), "seed \(seed): \(line)")
                if !line.hasPrefix("%%") { #expect(!bare.contains("#"), "seed \(seed): \(line)") }
                #expect(!line.unicodeScalars.contains { TextSafety.mustEscape($0) }, "seed \(seed)")
                if line.hasPrefix("%%") { #expect(!line.dropFirst(2).contains("%%"), "seed \(seed): \(line)") }
            }
        }
    }

    @Test func theDrawingFollowsMermaidsRules() throws {
        var map = JourneyMap(title: "Shop: #1; best", persona: "Ana, 34")
        try map.appendStage(named: "Compra: pago")
        try map.appendStage(named: "Vacía")
        try map.appendTouchpoint(named: "section one")
        try map.appendTouchpoint(named: "50% off\nnow")
        map.setCell(Cell(note: "x", emotion: Emotion(-2)), stage: 0, touchpoint: 0)
        map.setCell(Cell(note: "no emotion"), stage: 0, touchpoint: 1)
        map.setCell(Cell(emotion: Emotion(2)), stage: 0, touchpoint: 1)
        map.setCell(Cell(note: "unrated only"), stage: 1, touchpoint: 0)
        #expect(MermaidExporter.diagram(for: map) == [
            "journey",
            "    title Shop#58; #35;1#59; best",
            "    section Compra#58; pago",
            "        #115;ection one: 1: Ana#44; 34",
            "        50#37; off#10;now: 5: Ana#44; 34",
        ])
        let text = MermaidExporter.mermaid(for: map)
        #expect(text.contains("\n%% journey-map: the whole map follows, for journey import --from mermaid\n%% journey 1\n%% title: Shop: #1%3B best\n"))
        #expect(try MapFormat.mermaid.import(Array(text.utf8), path: "m.mmd") == map)
        #expect(MermaidText.unescaped("Shop#58; #35;1#59; best #x41; #colon; #nope; #") == "Shop: #1; best A : #nope; #")
    }

    @Test func aHandWrittenDiagramReadsAsDescribed() throws {
        let diagram = """
            %% A diagram from the team wiki
            journey
                title My working day
                accTitle: The day
                accDescr {
                  A longer description
                }
                section Go to work
                  Make tea: 5: Me
                  Go upstairs: 3: Me, Cat # they race
                  Do work: 1: Me, Cat
                section Go home
                  Go downstairs: 5: Me
                  Sit down: 7: Me
                  Make tea: 4.5
            """
        let read = try MapFormat.mermaid.importWithWarnings(Array(diagram.utf8), path: "day.mmd")
        let map = read.map
        #expect(map.title == "My working day")
        #expect(map.stages.map(\.name) == ["Go to work", "Go home"])
        #expect(map.touchpoints.map(\.name) == ["Make tea", "Go upstairs", "Do work", "Go downstairs", "Sit down"])
        #expect(map.cell(stage: 0, touchpoint: 0) == Cell(note: "Me", emotion: Emotion(2)))
        #expect(map.cell(stage: 0, touchpoint: 1) == Cell(note: "Me, Cat", emotion: Emotion(0)))
        #expect(map.cell(stage: 0, touchpoint: 2) == Cell(note: "Me, Cat", emotion: Emotion(-2)))
        #expect(map.cell(stage: 1, touchpoint: 4) == Cell(note: "Me", emotion: Emotion(2)))
        #expect(map.cell(stage: 1, touchpoint: 0) == Cell(emotion: Emotion(2)))
        #expect(map.nonEmptyCellCount == 6)
        #expect(read.warnings.map(\.description) == [
            "day.mmd:14:17: the score 7 is outside 1…5; read as 5, emotion +2",
            "day.mmd:15:17: the score 4.5 is not a whole number; read as 5, emotion +2",
        ])
        #expect(read.warnings[0].warningDescription == "day.mmd:14:17: warning: the score 7 is outside 1…5; read as 5, emotion +2")
    }

    @Test("problems name the file, line and column", arguments: [
        ("graph TD\n  A --> B\n", "d.mmd:1:1: this is not a Mermaid journey diagram: its first statement must be 'journey', not 'graph TD'"),
        ("journey\n  Task: 5\n", "d.mmd:2:3: the task 'Task' stands before any section; put a 'section NAME' line above it"),
        ("journey\n  section S\n    Task: lots\n", "d.mmd:3:11: the score 'lots' is not a number; Mermaid journey scores go from 1 to 5"),
        ("journey\n  section S\n    Task\n", "d.mmd:3:5: expected a task 'NAME: SCORE: ACTORS', a 'section NAME' or a 'title TEXT', not 'Task'"),
        ("journey\n  section S\n    A; B: 3\n", "d.mmd:3:6: Mermaid rejects a diagram with ';' in it; write it as #59;"),
        ("journey\n  section S\n    : 3\n", "d.mmd:3:5: a task needs a name before its ':'"),
        ("", "d.mmd:1:1: this is not a Mermaid journey diagram: its first statement must be 'journey'"),
    ])
    func problems(text: String, expected: String) {
        do {
            _ = try MermaidImporter.read(Array(text.utf8), path: "d.mmd")
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func aChangedDrawingWarnsThatTheCommentsAreRead() throws {
        var map = JourneyMap(title: "T")
        try map.appendStage(named: "S")
        try map.appendTouchpoint(named: "P")
        map.setCell(Cell(emotion: Emotion(1)), stage: 0, touchpoint: 0)
        let edited = MermaidExporter.mermaid(for: map).replacingOccurrences(of: "P: 4", with: "P: 1")
        let read = try MapFormat.mermaid.importWithWarnings(Array(edited.utf8), path: "t.mmd")
        #expect(read.map == map)
        #expect(read.warnings.count == 1)
        #expect(read.warnings.first?.description.hasPrefix("t.mmd:4:1: the diagram was changed after journey wrote it") == true)
        // A broken carried map names its line in the file.
        let broken = MermaidExporter.mermaid(for: map).replacingOccurrences(of: "%% emotion: +1", with: "%% emotion: +9")
        #expect(throws: DiagnosticError.self) { try MermaidImporter.read(Array(broken.utf8), path: "t.mmd") }
        do {
            _ = try MermaidImporter.read(Array(broken.utf8), path: "t.mmd")
        } catch {
            let line = broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("+9") }.map { $0 + 1 }
            #expect(error.diagnostics.first?.location.line == line)
        }
    }
}
