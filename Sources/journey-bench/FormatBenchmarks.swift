import Foundation
import JourneyKit

/// The figures for reading and writing one map: the `.journey` text, the JSON interchange form
/// through Foundation's `Codable` coders (the baseline), journey's own JSON reader and writer,
/// the Markdown export and the CSV table both ways.
struct FormatResults: Sendable {
    var journeyBytes = 0
    var jsonBytes = 0
    var markdownBytes = 0
    var csvBytes = 0
    /// `JourneyParser.parse` from bytes to a `JourneyMap`.
    var parse = Samples()
    /// `JourneyWriter.bytes(for:)`.
    var write = Samples()
    /// `JSONDecoder().decode(JourneyJSONDocument.self, from:)`: JSON to the Codable document.
    var jsonDecode = Samples()
    /// The same, then `makeMap()`: JSON to a `JourneyMap`, as parse gives.
    var jsonDecodeToMap = Samples()
    /// `JSONEncoder().encode(JourneyJSONDocument(map:))`: a `JourneyMap` to JSON, as write does.
    var jsonEncode = Samples()
    /// journey's own strict JSON reader, `JSONInterchange.decode`.
    var interchangeDecode = Samples()
    /// journey's own JSON writer, `JSONInterchange.encode`.
    var interchangeEncode = Samples()
    /// `MarkdownExporter.markdown(for:)`.
    var markdown = Samples()
    /// `CSVExporter.csv(for:)`.
    var csvExport = Samples()
    /// `CSVImporter.read`: the table, a row per cell, back to a `JourneyMap`.
    var csvImport = Samples()
}

enum FormatBenchmarks {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Measures every format on `map`, read from its canonical text `text` (as a map being written
    /// back after it was opened).
    static func run(map: JourneyMap, text: [UInt8], plan: MeasurementPlan, log: (String) -> Void) throws -> FormatResults {
        var results = FormatResults()
        results.journeyBytes = text.count

        log("parse .journey")
        results.parse = try measure(plan) {
            try JourneyParser.parse(text, path: "bench.journey")
        }
        log("write .journey")
        results.write = measure(plan) {
            JourneyWriter.bytes(for: map)
        }

        let document = JourneyJSONDocument(map: map)
        let json = try JSONEncoder().encode(document)
        results.jsonBytes = json.count
        guard try JSONDecoder().decode(JourneyJSONDocument.self, from: json).makeMap() == map else {
            throw Failure(description: "the JSON form does not read back")
        }
        log("JSONDecoder")
        results.jsonDecode = try measure(plan) {
            try JSONDecoder().decode(JourneyJSONDocument.self, from: json)
        }
        log("JSONDecoder + makeMap")
        results.jsonDecodeToMap = try measure(plan) {
            try JSONDecoder().decode(JourneyJSONDocument.self, from: json).makeMap()
        }
        log("JSONEncoder")
        results.jsonEncode = try measure(plan) {
            try JSONEncoder().encode(JourneyJSONDocument(map: map))
        }

        let interchange = Array(JSONInterchange.encode(map).utf8)
        log("JSONInterchange decode")
        results.interchangeDecode = try measure(plan) {
            try JSONInterchange.decode(interchange, path: "bench.json")
        }
        log("JSONInterchange encode")
        results.interchangeEncode = measure(plan) {
            JSONInterchange.encode(map)
        }

        log("Markdown export")
        results.markdownBytes = MarkdownExporter.markdown(for: map).utf8.count
        results.markdown = measure(plan) {
            MarkdownExporter.markdown(for: map)
        }

        let csv = Array(CSVExporter.csv(for: map).utf8)
        results.csvBytes = csv.count
        log("CSV export")
        results.csvExport = measure(plan) {
            CSVExporter.csv(for: map)
        }
        log("CSV import")
        results.csvImport = try measure(plan) {
            try CSVImporter.read(csv, path: "bench.csv")
        }
        return results
    }
}
