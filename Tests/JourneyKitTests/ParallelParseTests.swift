import Foundation
import Testing
@testable import JourneyKit

/// Large files are read on two cores: the map and the problems must be exactly those of one
/// reader going through the file.
@Suite struct ParallelParseTests {
    /// Over 1 MB of `.journey` text, with `lines` replacing lines by number (counting from 1).
    static func bigText(replacing lines: [Int: String] = [:]) -> String {
        var text = "journey 1\ntitle: Big\nkind: current-state\n"
        for stage in 0..<14 { text += "\n[stage s\(stage)]\nname: Stage \(stage)\n" }
        for touchpoint in 0..<500 { text += "\n[touchpoint t\(touchpoint)]\nname: Touchpoint \(touchpoint)\n" }
        for stage in 0..<14 {
            for touchpoint in 0..<500 {
                text += "\n[cell s\(stage) t\(touchpoint)]\nnote: Élodie découvre les frais de port 📦 — cell \(stage) \(touchpoint)\n"
                text += "emotion: \((stage + touchpoint) % 5 - 2)\npain:\n  | Demasiados pasos para pagar 😩\n  | y ninguno dice cuánto falta\n"
            }
        }
        guard !lines.isEmpty else { return text }
        var all = text.components(separatedBy: "\n")
        for (number, line) in lines { all[number - 1] = line }
        return all.joined(separator: "\n")
    }

    static func lineCount(_ text: String) -> Int { text.components(separatedBy: "\n").count }

    @Test func aLargeFileReadsAsTheMapItWasWrittenFrom() throws {
        let text = Self.bigText()
        #expect(text.utf8.count > JourneyReader.parallelThreshold)
        let map = try JourneyParser.parse(text, path: "big.journey")
        #expect(map.stages.count == 14 && map.touchpoints.count == 500 && map.nonEmptyCellCount == 7000)
        #expect(map.cell(stage: 13, touchpoint: 499).note == "Élodie découvre les frais de port 📦 — cell 13 499")
        #expect(map.cell(stage: 13, touchpoint: 499)[list: .painPoints].first?.text == "Demasiados pasos para pagar 😩\ny ninguno dice cuánto falta")
        #expect(JourneyWriter.text(for: try JourneyParser.parse(JourneyWriter.text(for: map))) == JourneyWriter.text(for: map))
    }

    @Test func problemsInBothHalvesAreReportedInFileOrderAtTheirLines() throws {
        let count = Self.lineCount(Self.bigText())
        // The last cell block's emotion (the file ends with its pain point's three lines and a line
        // feed), and an emotion in the first half.
        let late = count - 4, early = count / 4
        var text = Self.bigText()
        let lines = text.components(separatedBy: "\n")
        let earlyEmotion = (early..<count).first { lines[$0 - 1].hasPrefix("emotion: ") } ?? early
        #expect(lines[late - 1].hasPrefix("emotion: "))
        text = Self.bigText(replacing: [late: "emotion: 9", earlyEmotion: "emotion: 8"])
        #expect(throws: DiagnosticError.self) { try JourneyParser.parse(text, path: "big.journey") }
        do {
            _ = try JourneyParser.parse(text, path: "big.journey")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "big.journey:\(earlyEmotion):1: emotion must be a whole number from -2 to +2, found '8'",
                "big.journey:\(late):1: emotion must be a whole number from -2 to +2, found '9'",
            ])
        }
    }

    /// The map is filled all at once from what was read (cells moved into their rows, counts and
    /// tallies added up on the way): it must be the map that setting each cell one by one makes,
    /// on one core and on two, with cells out of order, empty cell blocks and cells named before
    /// their stage.
    @Test(arguments: [false, true])
    func aMapReadFromAFileIsTheMapBuiltCellByCell(large: Bool) throws {
        var text = large ? Self.bigText() : "journey 1\ntitle: Small\n\n[stage s0]\nname: S0\n\n[stage s1]\nname: S1\n\n[touchpoint t0]\nname: T0\n\n[touchpoint t1]\nname: T1\n"
        text += "\n[cell early t1]\nnote: named before its stage\nemotion: -2\n"
        text += "\n[touchpoint spare]\nname: Spare\n\n[cell s1 spare]\n"  // an empty block: no cell
        text += "\n[stage early]\nname: Early\n"
        let map = try JourneyParser.parse(text, path: "map.journey")
        var built = JourneyMap(title: map.title)
        for stage in map.stages { _ = try built.appendStage(named: stage.name, goal: stage.goal, key: stage.key) }
        for touchpoint in map.touchpoints { _ = try built.appendTouchpoint(named: touchpoint.name, channel: touchpoint.channel, key: touchpoint.key) }
        // Set in reverse order, so that the order cells arrive in cannot matter.
        for (stage, touchpoint, cell) in map.allNonEmptyCells().reversed() { built.setCell(cell, stage: stage, touchpoint: touchpoint) }
        #expect(map == built)
        #expect(map.nonEmptyCellCount == (large ? 7001 : 1))
        #expect(map.cell(stage: map.stages.count - 1, touchpoint: 1).note == "named before its stage")
        #expect(map.touchpoints.last?.key == "spare" && map.nonEmptyCellCount(touchpoint: map.touchpoints.count - 1) == 0)
        for stage in map.stages.indices {
            #expect(map.emotionTally(stage: stage) == built.emotionTally(stage: stage))
        }
        for touchpoint in map.touchpoints.indices {
            #expect(map.nonEmptyCellCount(touchpoint: touchpoint) == built.nonEmptyCellCount(touchpoint: touchpoint))
        }
        #expect(map.averageEmotion(stage: map.stages.count - 1) == -2)
    }

    @Test func aCellNamingAStageDeclaredOnlyInTheSecondHalfIsResolved() throws {
        var text = Self.bigText()
        text += "\n[cell late t0]\nnote: after its stage\n\n[stage late]\nname: Late stage\n"
        let map = try JourneyParser.parse(text, path: "big.journey")
        #expect(map.stages.last?.key == "late")
        #expect(map.cell(stage: 14, touchpoint: 0).note == "after its stage")
    }

    @Test func aDuplicateCellAcrossTheHalvesNamesItsFirstLine() throws {
        let text = Self.bigText() + "\n[cell s0 t0]\nnote: again\n"
        let firstLine = text.components(separatedBy: "\n").firstIndex(of: "[cell s0 t0]").map { $0 + 1 } ?? 0
        do {
            _ = try JourneyParser.parse(text, path: "big.journey")
            Issue.record("a duplicate cell was accepted")
        } catch {
            #expect(error.diagnostics.map(\.message) == ["a second block for the cell 's0 t0' (first on line \(firstLine)); each cell appears once"])
            #expect(error.diagnostics.first?.location.line == Self.lineCount(text) - 2)
        }
    }

    @Test func badUTF8NearTheEndIsFoundWithItsLine() throws {
        var bytes = Array(Self.bigText().utf8)
        let index = bytes.count - 20
        bytes[index] = 0xFF
        let line = bytes[..<index].filter { $0 == 0x0A }.count + 1
        do {
            _ = try JourneyParser.parse(bytes, path: "big.journey")
            Issue.record("bad UTF-8 was accepted")
        } catch {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics.first?.location.line == line)
            #expect(error.diagnostics.first?.message.contains("not valid UTF-8: byte 0xFF") == true)
        }
    }

    @Test func tooManyProblemsStopWhereOneReaderWould() throws {
        var replacements: [Int: String] = [:]
        let lines = Self.bigText().components(separatedBy: "\n")
        let emotions = lines.indices.filter { lines[$0].hasPrefix("emotion: ") }.map { $0 + 1 }
        for (number, line) in emotions.enumerated() where number % 50 == 0 { replacements[line] = "emotion: 5" }
        let text = Self.bigText(replacing: replacements)
        do {
            _ = try JourneyParser.parse(text, path: "big.journey")
            Issue.record("the problems were accepted")
        } catch {
            let bad = replacements.keys.sorted()
            #expect(error.diagnostics.count == JourneyFormat.maximumDiagnostics + 1)
            #expect(error.diagnostics.dropLast().map(\.location.line) == Array(bad.prefix(JourneyFormat.maximumDiagnostics)))
            #expect(error.diagnostics.last?.message == "too many problems; stopping here")
            #expect(error.diagnostics.last?.location.line == bad[JourneyFormat.maximumDiagnostics])
        }
    }

    @Test func aPreviewHoldsTheFirstScreensCellsAndEveryStageAndTouchpoint() throws {
        let text = Self.bigText()
        let preview = try #require(JourneyParser.preview(Array(text.utf8), path: "big.journey", stages: 3, touchpoints: 10))
        #expect(preview.stages.count == 14 && preview.touchpoints.count == 500)
        #expect(preview.nonEmptyCellCount == 30)
        let whole = try JourneyParser.parse(text, path: "big.journey")
        for stage in 0..<3 {
            for touchpoint in 0..<10 {
                #expect(preview.cell(stage: stage, touchpoint: touchpoint) == whole.cell(stage: stage, touchpoint: touchpoint))
            }
        }
        // From the file's start alone: the same preview once the start reaches a later stage's
        // first cell, none while a cell it shows could have been cut short.
        let bytes = Array(text.utf8)
        func offset(of found: Range<String.Index>?, end: Bool) throws -> Int {
            let range = try #require(found)
            return text.utf8.distance(from: text.startIndex, to: end ? range.upperBound : range.lowerBound)
        }
        let laterStage = try offset(of: text.range(of: "\n[cell s3 t0]\n"), end: true)
        let start = Array(bytes[..<laterStage])
        let fromStart = JourneyParser.preview(start, path: "big.journey", stages: 3, touchpoints: 10, isStartOfFile: true)
        #expect(fromStart != nil)
        for stage in 0..<3 {
            for touchpoint in 0..<10 {
                #expect(fromStart?.cell(stage: stage, touchpoint: touchpoint) == whole.cell(stage: stage, touchpoint: touchpoint))
            }
        }
        let cutInAShownCell = try offset(of: text.range(of: "cell 2 9\n"), end: false)
        #expect(JourneyParser.preview(Array(bytes[..<cutInAShownCell]), path: "big.journey", stages: 3, touchpoints: 10, isStartOfFile: true) == nil)
        #expect(JourneyParser.preview(Array(bytes[..<cutInAShownCell]), path: "big.journey", stages: 3, touchpoints: 10)?.cell(stage: 2, touchpoint: 9).note
                != whole.cell(stage: 2, touchpoint: 9).note)
        // A file without cell blocks has no preview (it is small, and read whole at once).
        #expect(JourneyParser.preview(Array("journey 1\ntitle: x\n\n[stage a]\nname: A\n".utf8), path: "x", stages: 3, touchpoints: 3) == nil)
    }
}
