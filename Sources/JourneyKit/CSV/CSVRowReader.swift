/// Reads CSV records into a map, a row at a time, collecting problems and warnings (see
/// ``CSVImporter``).
struct CSVRowReader {
    let path: String
    var map = JourneyMap()
    var problems: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    /// The position of each known column in the header.
    private var columnIndex: [String: Int] = [:]
    /// The row (record number) that filled each stage × touchpoint, by stage and touchpoint position.
    private var filledBy: [Int: [Int: Int]] = [:]
    /// The map's stages and touchpoints by name, so that a row finds its cell's place without
    /// comparing its names with every stage and touchpoint so far.
    private var stageLookup = NameLookup(names: [])
    private var touchpointLookup = NameLookup(names: [])

    init(path: String) {
        self.path = path
    }

    mutating func read(_ records: [CSVText.Record]) {
        guard let header = records.first else {
            report(.emptyFile(columns: CSVExporter.columns.joined(separator: ",")), line: 1, column: 1)
            return
        }
        readHeader(header)
        guard problems.isEmpty else { return }
        for record in records.dropFirst() where !record.isBlank {
            readRow(record)
        }
    }

    private mutating func readHeader(_ header: CSVText.Record) {
        var unknown: [String] = []
        for (position, field) in header.fields.enumerated() {
            let name = CSVCellText.unguarded(field.text).trimmingWhitespace().lowercased()
            guard CSVExporter.columns.contains(name) else {
                if !name.isEmpty { unknown.append(field.text) }
                continue
            }
            if columnIndex[name] != nil {
                report(.columnNamedTwice(name), line: field.line, column: field.column)
            }
            columnIndex[name] = position
        }
        for required in ["stage", "touchpoint"] where columnIndex[required] == nil {
            report(.missingColumn(required, columns: CSVExporter.columns.joined(separator: ",")),
                   line: header.line, column: 1)
        }
        if !unknown.isEmpty {
            warnings.append(Diagnostic(
                .csv(.unknownColumns(unknown.map(excerpt))),
                at: FileLocation(path: path, line: header.line, column: 1)))
        }
    }

    /// The field of a column in a record, if the header names the column and the row has it.
    private func field(_ column: String, in record: CSVText.Record) -> CSVText.Field? {
        guard let position = columnIndex[column], position < record.fields.count else { return nil }
        return record.fields[position]
    }

    /// A text column's value, without the formula guard.
    private func text(_ column: String, in record: CSVText.Record) -> String {
        field(column, in: record).map { CSVCellText.unguarded($0.text) } ?? ""
    }

    private mutating func readRow(_ record: CSVText.Record) {
        let row = record.number
        let problemCount = problems.count
        let stageName = text("stage", in: record)
        let touchpointName = text("touchpoint", in: record)
        for (axis, name) in [(MapAxis.stage, stageName), (.touchpoint, touchpointName)] where !NameRules.isValidName(name) {
            let column = axis.rawValue
            let place = field(column, in: record)
            report(.emptyAxisName(axis, column: column, row: row),
                   line: place?.line ?? record.line, column: place?.column ?? 1)
        }
        var cell = Cell(note: text("note", in: record))
        let feeling = text("feeling", in: record)
        cell.feeling = feeling.isEmpty ? nil : feeling
        if let emotion = field("emotion", in: record) {
            let value = emotion.text.trimmingWhitespace()
            if !value.isEmpty {
                if let parsed = Emotion(parsing: value) {
                    cell.emotion = parsed
                } else {
                    report(.emotion(excerpt(value), row: row),
                           line: emotion.line, column: emotion.column)
                }
            }
        }
        readListsAndEvidence(record, into: &cell)
        guard problems.count == problemCount else { return }
        place(cell, stage: stageName, touchpoint: touchpointName, channel: text("channel", in: record), record: record)
    }

    /// Puts a row's cell into the map, creating its stage and touchpoint if they are new.
    private mutating func place(_ cell: Cell, stage stageName: String, touchpoint touchpointName: String, channel: String, record: CSVText.Record) {
        let stage: Int
        let touchpoint: Int
        do throws(JourneyModelError) {
            if let existing = stageLookup.index(of: stageName) {
                stage = existing
            } else {
                stage = try map.appendStage(named: stageName)
                stageLookup.add(stageName, at: stage)
            }
            if let existing = touchpointLookup.index(of: touchpointName) {
                touchpoint = existing
            } else {
                touchpoint = try map.appendTouchpoint(named: touchpointName, channel: channel.isEmpty ? nil : channel)
                touchpointLookup.add(touchpointName, at: touchpoint)
            }
        } catch {
            report(.model(error, row: record.number), line: record.line, column: 1)
            return
        }
        if map.touchpoints[touchpoint].channel == nil, !channel.isEmpty { map.setChannel(channel, forTouchpointAt: touchpoint) }
        if let earlier = filledBy[stage]?[touchpoint] {
            report(.duplicateCell(stage: excerpt(stageName), touchpoint: excerpt(touchpointName), row: record.number, earlier: earlier),
                   line: record.line, column: 1)
            return
        }
        filledBy[stage, default: [:]][touchpoint] = record.number
        map.setCell(cell, stage: stage, touchpoint: touchpoint)
    }

    /// Reads `pain_points`, `opportunities` and `evidence` through the `.journey` reader: each item
    /// or source line becomes a `pain:`, `opportunity:` or `source:` line of a small document, so
    /// that they read exactly as in a `.journey` file.
    private mutating func readListsAndEvidence(_ record: CSVText.Record, into cell: inout Cell) {
        var document = "journey 1\ntitle: x\n[stage s]\nname: s\n[touchpoint t]\nname: t\n[cell s t]\n"
        let headerLines = 7
        // Where each line of the document came from: the column, its field and the line in it.
        var origins: [(column: String, field: CSVText.Field, offset: Int)] = []
        for list in ItemList.allCases {
            let column = list.csvColumn
            guard let field = field(column, in: record) else { continue }
            for line in CSVCellText.lines(of: CSVCellText.unguarded(field.text)) {
                document += list.fieldKey + ": " + line.text + "\n"
                origins.append((column, field, line.offset))
            }
        }
        if let field = field("evidence", in: record) {
            let lines = CSVCellText.lines(of: CSVCellText.unguarded(field.text))
            for line in lines {
                if line.offset == 0 {
                    let word = line.text.trimmingWhitespace().lowercased()
                    guard let evidence = Evidence(rawValue: word) else {
                        report(.evidence(excerpt(word), row: record.number),
                               line: field.line, column: field.column)
                        continue
                    }
                    cell.evidence = evidence
                } else {
                    document += "source: " + line.text + "\n"
                    origins.append(("evidence", field, line.offset))
                }
            }
        }
        guard !origins.isEmpty else { return }
        do {
            let parsed = try JourneyParser.parse(document, path: path)
            let read = parsed.cell(stage: 0, touchpoint: 0)
            for list in ItemList.allCases { cell[list: list] = read[list: list] }
            cell.sources = read.sources
        } catch {
            for problem in error.diagnostics {
                let index = problem.location.line - headerLines - 1
                guard origins.indices.contains(index) else { continue }
                let origin = origins[index]
                report(.inColumnLine(problem.problem, row: record.number, column: origin.column, line: origin.offset + 1),
                       line: origin.field.line + origin.offset, column: origin.offset == 0 ? origin.field.column : 1)
            }
        }
    }

    /// Text from the file as a message quotes it: at most 60 characters.
    private func excerpt(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(57)) + "…" : text
    }

    private mutating func report(_ problem: CSVReaderStrings, line: Int, column: Int) {
        problems.append(Diagnostic(.csv(problem), at: FileLocation(path: path, line: line, column: column)))
    }
}
