import Foundation
import JourneyKit
import Testing
@testable import journey_bench

/// `journey-bench generate`: the files it writes are the suite's map, in the three forms.
@Suite struct GenerateMapsTests {
    @Test func theSmallMapIsWrittenAsJourneyJSONAndCSV() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journey-generate-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let written = try GenerateMaps.write(.small, into: folder)
        #expect(written.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["small.journey", "small.json", "small.csv"])
        let expected = MapGenerator.map(.small)
        let journey = try JourneyParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: written[0].path))), path: written[0].path)
        #expect(journey == expected)
        let json = try JSONInterchange.decode(Array(try Data(contentsOf: URL(fileURLWithPath: written[1].path))), path: written[1].path)
        #expect(json == expected)
        let csvLines = try String(contentsOfFile: written[2].path, encoding: .utf8).split(separator: "\n")
        #expect(csvLines.count == expected.touchpoints.count + 1)
        #expect(csvLines.first?.hasPrefix("\"touchpoint\",") == true)
        for (path, bytes) in written {
            #expect((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) == bytes)
        }
    }
}
