/// Reads a map's cells from CSV (see ``CSVExporter`` for the form): stages and touchpoints are
/// created in the order they first appear; columns may stand in any order, and columns journey
/// does not know are ignored with one warning. A touchpoint's channel is the first one its rows
/// give. Blank rows are skipped.
///
/// Errors name the place (`path:line:column`) and the row and column: a header without a `stage`
/// or `touchpoint` column, a row with an empty stage or touchpoint, an emotion other than -2…2, an
/// unknown evidence word, an item line that does not read, the same stage and touchpoint twice.
public enum CSVImporter {
    /// Reads the cells, or throws every problem found.
    public static func read(_ bytes: [UInt8], path: String) throws(DiagnosticError) -> ImportedMap {
        let records = try CSVText.records(bytes, path: path)
        var reader = CSVRowReader(path: path)
        reader.read(records)
        if !reader.problems.isEmpty { throw DiagnosticError(reader.problems) }
        return ImportedMap(reader.map, warnings: reader.warnings)
    }
}
