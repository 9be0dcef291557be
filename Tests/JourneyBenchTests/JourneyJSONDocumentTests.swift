import Foundation
@testable import journey_bench
import JourneyKit
import JourneyTestSupport
import Testing

// The Codable mirror of the JSON interchange form lives in the benchmark, which compares it with
// JourneyKit's own reader and writer; these tests keep it true to the contract.

/// A map with names and text that JSON must escape.
private func awkwardMap() throws -> JourneyMap {
    var map = JourneyMap(title: "Quotes \" and backslashes \\ and\ttabs", persona: "línea 1\nlínea 2", scenario: "🐱 \u{0007} bell")
    let stage = try map.appendStage(named: "\"Stage\" \\ one", goal: "Ünïcödé")
    let touchpoint = try map.appendTouchpoint(named: "漢字 / </script>", channel: "e\u{301}mail")
    map.setCell(Cell(note: "a\r\nb", emotion: Emotion(0), feeling: "¿?", painPoints: ["\u{202E}rtl"], opportunities: [""]),
                stage: stage, touchpoint: touchpoint)
    return map
}

@Suite("JSONInterchange: the Codable JourneyJSONDocument")
struct JSONInterchangeDocumentTests {
    @Test("JSONDecoder reads what JSONInterchange writes, and the document makes the same map")
    func decodeWithFoundation() throws {
        let map = try interchangeExampleMap()
        let document = try JSONDecoder().decode(JourneyJSONDocument.self, from: Data(JSONInterchange.encode(map).utf8))
        #expect(document == JourneyJSONDocument(map: map))
        #expect(try document.makeMap() == map)
        #expect(document.cells.count == 3)
        #expect(document.cells[2] == JourneyJSONDocument.Cell(stage: "Purchase", touchpoint: "Cart", emotion: -2))
    }

    @Test("JSONEncoder writes what JSONInterchange reads, leaving out absent values")
    func encodeWithFoundation() throws {
        for seed in UInt64(0)..<40 {
            let map = MapGenerator.map(.small, seed: seed)
            let data = try JSONEncoder().encode(JourneyJSONDocument(map: map))
            #expect(try JSONInterchange.decode(data, path: "x") == map)
        }
        let awkward = try awkwardMap()
        #expect(try JSONInterchange.decode(try JSONEncoder().encode(JourneyJSONDocument(map: awkward)), path: "x") == awkward)
        let data = try JSONEncoder().encode(JourneyJSONDocument(stages: [.init(name: "S")], cells: [.init(stage: "S", touchpoint: "T")]))
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("goal") && !text.contains("persona") && !text.contains("note") && !text.contains("painPoints") && !text.contains("emotion"))
    }

    @Test("absent keys take their defaults")
    func defaults() throws {
        let document = try JSONDecoder().decode(JourneyJSONDocument.self, from: Data("{}".utf8))
        #expect(document == JourneyJSONDocument())
        #expect(try document.makeMap() == JourneyMap())
    }

    @Test("makeMap checks what the types cannot", arguments: [
        (JourneyJSONDocument(version: 2), "version: expected 1, found 2"),
        (JourneyJSONDocument(kind: "nope"), "kind: unknown map kind 'nope': expected one of current-state, future-state, day-in-the-life"),
        (JourneyJSONDocument(stages: [.init(name: "A"), .init(name: "a ")]), "stages[1].name: there is already a stage named 'a '"),
        (JourneyJSONDocument(touchpoints: [.init(name: " ")]), "touchpoints[0].name: a touchpoint name must not be empty"),
        (JourneyJSONDocument(cells: [.init(stage: "S", touchpoint: "T")]), "cells[0].stage: there is no stage named 'S'"),
        (JourneyJSONDocument(stages: [.init(name: "S")], cells: [.init(stage: "S", touchpoint: "T")]), "cells[0].touchpoint: there is no touchpoint named 'T'"),
        (JourneyJSONDocument(stages: [.init(name: "S")], touchpoints: [.init(name: "T")], cells: [.init(stage: "S", touchpoint: "T", emotion: 3)]), "cells[0].emotion: expected a whole number from -2 to 2, found 3"),
        (JourneyJSONDocument(stages: [.init(name: "S")], touchpoints: [.init(name: "T")], cells: [.init(stage: "S", touchpoint: "T"), .init(stage: "s", touchpoint: "t")]), "cells[1]: there is already a cell for the stage 's' and the touchpoint 't' (cells[0])"),
    ])
    func makeMapErrors(document: JourneyJSONDocument, expected: String) {
        #expect(throws: JourneyJSONDocumentError.self) { try document.makeMap() }
        do {
            _ = try document.makeMap()
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func aCellWithOnlyUnknownFieldsIsLeftOutAndTheExportIsAFixedPoint() throws {
        var map = JourneyMap(title: "Fields from the future")
        _ = try map.appendStage(named: "Awareness")
        _ = try map.appendTouchpoint(named: "Web")
        map.updateCell(stage: 0, touchpoint: 0) { $0.extraFields = [ExtraField(key: "x-score", value: "7")] }
        let json = JSONInterchange.encode(map)
        #expect(!json.contains("\"stage\": \"Awareness\""))
        #expect(JSONInterchange.encode(try JSONInterchange.decode(json)) == json)
    }
}
