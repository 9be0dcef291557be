import Testing
@testable import JourneyKit

/// CSV: the RFC 4180 reader and writer, the pinned header, round trips of cells, and the errors.
@Suite("CSV format")
struct CSVFormatTests {
    /// A map's cells by stage and touchpoint name, as CSV keeps them: an empty feeling reads as
    /// none, and unknown fields are not carried.
    static func cells(of map: JourneyMap) -> [String: Cell] {
        var result: [String: Cell] = [:]
        for entry in map.allNonEmptyCells() {
            var cell = entry.cell
            if cell.feeling == "" { cell.feeling = nil }
            cell.extraFields = []
            guard !cell.isEmpty else { continue }
            result[map.stages[entry.stage].name + "\u{0}" + map.touchpoints[entry.touchpoint].name] = cell
        }
        return result
    }

    @Test func theWriterQuotesAsRFC4180Says() {
        #expect(CSVText.record(["a", "b,c", "say \"hi\"", "two\nlines", "cr\r", " pad", ""]) == "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",\" pad\",\r\n")
    }

    @Test func theReaderGivesFieldsWithTheirPlaces() throws {
        let text = "\u{FEFF}a,\"b,\"\"c\"\"\"\r\n\"multi\r\nline\",é\nlast,\"x\ny\"\rend"
        let records = try CSVText.records(Array(text.utf8), path: "t.csv")
        #expect(records.map { $0.fields.map(\.text) } == [["a", "b,\"c\""], ["multi\r\nline", "é"], ["last", "x\ny"], ["end"]])
        #expect(records[1].fields.map { [$0.line, $0.column] } == [[2, 1], [3, 7]])
        #expect(records[2].fields.map { [$0.line, $0.column] } == [[4, 1], [4, 6]])
        #expect(records[3].fields[0].line == 6)
        #expect(throws: DiagnosticError.self) { try CSVText.records(Array("a,\"open\n".utf8), path: "t.csv") }
        do {
            _ = try CSVText.records(Array("a,\"x\"y\n".utf8), path: "t.csv")
        } catch {
            #expect(error.description.hasPrefix("t.csv:1:6: after a field's closing quotation mark"))
        }
    }

    @Test func theHeaderIsPinnedAndRowsGoTouchpointByTouchpoint() throws {
        var map = JourneyMap(title: "t")
        try map.appendStage(named: "A")
        try map.appendStage(named: "B")
        try map.appendTouchpoint(named: "Web", channel: "web")
        try map.appendTouchpoint(named: "Shop")
        map.setCell(Cell(note: "n1", emotion: Emotion(-1), lists: [.painPoints: [Item("Pide crear cuenta", votes: 4), Item("Lento")]]), stage: 1, touchpoint: 0)
        map.setCell(Cell(note: "=1+1", lists: [.opportunities: [Item("Invitado", votes: 3, impact: 5, effort: 1, owner: "Ecommerce")]],
                         evidence: .researched, sources: ["Encuesta, n=120"]), stage: 0, touchpoint: 1)
        map.setCell(Cell(feeling: "ok"), stage: 0, touchpoint: 0)
        let csv = CSVExporter.csv(for: map)
        #expect(csv == """
            stage,touchpoint,channel,note,emotion,feeling,pain_points,opportunities,evidence\r
            A,Web,web,,,ok,,,\r
            B,Web,web,n1,-1,,"Pide crear cuenta  [votes 4]
            Lento",,\r
            A,Shop,,'=1+1,,,,"Invitado  [votes 3, impact 5, effort 1, owner ""Ecommerce""]","researched
            Encuesta, n=120"\r

            """)
        let back = try MapFormat.csv.import(Array(csv.utf8), path: "m.csv")
        #expect(Self.cells(of: back) == Self.cells(of: map))
        #expect(back.touchpoints.map(\.channel) == ["web", nil])
    }

    @Test("the formula guard is undone exactly", arguments: ["=SUM(A1)", "+1", "-", "@x", "'=x", "''+", "'plain", "plain", "\tx", "'", ""])
    func formulaGuard(text: String) {
        let guarded = CSVCellText.guarded(text)
        #expect(CSVCellText.unguarded(guarded) == text)
        #expect(!["=", "+", "-", "@", "\t"].contains(guarded.first.map(String.init) ?? ""))
    }

    @Test func examplesAndGeneratedMapsGiveTheSameCellsBack() throws {
        var maps = try ExampleLibrary.all().map(\.map)
        maps += (0..<60).map { MapGenerator.map(seed: 9_000 + UInt64($0)) }
        for (index, map) in maps.enumerated() {
            let csv = CSVExporter.csv(for: map)
            let read = try MapFormat.csv.importWithWarnings(Array(csv.utf8), path: "m.csv")
            #expect(Self.cells(of: read.map) == Self.cells(of: map), "map \(index)")
            #expect(read.warnings.isEmpty, "map \(index)")
            #expect(csv.hasPrefix(CSVExporter.columns.joined(separator: ",") + "\r\n"))
        }
    }

    @Test func columnsInAnyOrderAndUnknownOnesWarnOnce() throws {
        let csv = "Emotion,touchpoint,extra,stage,other\n2,Web,x,Compra,y\n,App,,Compra,\n-1,Web,,Pago,\n"
        let read = try MapFormat.csv.importWithWarnings(Array(csv.utf8), path: "m.csv")
        #expect(read.map.stages.map(\.name) == ["Compra", "Pago"])
        #expect(read.map.touchpoints.map(\.name) == ["Web", "App"])
        #expect(read.map.cell(stage: 1, touchpoint: 0).emotion == Emotion(-1))
        #expect(read.map.nonEmptyCellCount == 2)
        #expect(read.warnings.map(\.description) == ["m.csv:1:1: row 1: journey does not know the columns 'extra', 'other'; they are ignored"])
    }

    @Test func rowsNamingAStageOrTouchpointAnotherWayFindItsPlace() throws {
        // Names compare trimmed and case-insensitively, as the map compares them; the first
        // spelling is the one kept. Many touchpoints, so that each row looks among thousands.
        var csv = "stage,touchpoint,note\n"
        for touchpoint in 0..<2_000 { csv += "Compra,Punto \(touchpoint),a\n" }
        for touchpoint in 0..<2_000 { csv += " COMPRA ,punto \(touchpoint) ,b\n" }
        for touchpoint in 0..<2_000 { csv += "Pago,PUNTO \(touchpoint),c\n" }
        do {
            _ = try CSVImporter.read(Array(csv.utf8), path: "m.csv")
            Issue.record("the second spelling of a filled cell was accepted")
        } catch {
            #expect(error.diagnostics.first?.description == "m.csv:2002:1: row 2002: row 2 already gives the cell of stage ' COMPRA ' and touchpoint 'punto 0 '; merge the two rows")
        }
        let distinct = "stage,touchpoint,note\n" + (0..<2_000).map { "Compra,Punto \($0),a\nPago,punto \($0) ,c\n" }.joined()
        let map = try CSVImporter.read(Array(distinct.utf8), path: "m.csv").map
        #expect(map.stages.map(\.name) == ["Compra", "Pago"])
        #expect(map.touchpoints.count == 2_000)
        #expect(map.touchpoints[1_999].name == "Punto 1999")
        #expect(map.cell(stage: 1, touchpoint: 1_999).note == "c")
        #expect(map.nonEmptyCellCount == 4_000)
    }

    @Test("errors name the row and the column", arguments: [
        ("touchpoint,note\nWeb,x\n", "m.csv:1:1: row 1: the header has no 'stage' column; the first row names the columns: stage,touchpoint,channel,note,emotion,feeling,pain_points,opportunities,evidence"),
        ("stage,touchpoint,emotion\nA,Web,3\n", "m.csv:2:7: row 2, column emotion: '3' is not an emotion; write a whole number from -2 to 2, or leave it empty"),
        ("stage,touchpoint,note\n,Web,x\n", "m.csv:2:1: row 2, column stage: the stage is empty; every row names its stage and touchpoint"),
        ("stage,touchpoint,evidence\nA,Web,maybe\n", "m.csv:2:7: row 2, column evidence: 'maybe' is not a kind of evidence; the first line is assumed, partial, researched or empty, and each line after it a source"),
        ("stage,touchpoint\nA,Web\nA,web\n", "m.csv:3:1: row 3: row 2 already gives the cell of stage 'A' and touchpoint 'web'; merge the two rows"),
    ])
    func errors(csv: String, expected: String) {
        do {
            _ = try CSVImporter.read(Array(csv.utf8), path: "m.csv")
            Issue.record("accepted: \(csv)")
        } catch {
            #expect(error.diagnostics.first?.description == expected)
        }
    }

    @Test func aBadItemLineIsReportedInItsField() {
        let csv = "stage,touchpoint,pain_points\nA,Web,\"ok\n\"\"Precio\"\" tail [votes 2]\"\n"
        do {
            _ = try CSVImporter.read(Array(csv.utf8), path: "m.csv")
            Issue.record("accepted")
        } catch {
            #expect(error.diagnostics.first?.description.hasPrefix("m.csv:3:1: row 2, column pain_points, line 2: ") == true)
        }
    }
}
