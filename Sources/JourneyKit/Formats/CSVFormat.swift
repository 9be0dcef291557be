extension MapFormat {
    /// Comma-separated values, a row per cell, for spreadsheets, BI and survey tools; read and
    /// written (see ``CSVExporter`` and ``CSVImporter``). Only the cells travel: the title, persona,
    /// goals and metrics do not, so `journey fmt` leaves CSV files alone.
    public static let csv = MapFormat(
        name: "csv",
        fileExtensions: ["csv"],
        summary: FormatSummary(en: "comma-separated values for spreadsheets, a row per cell",
                               es: "valores separados por comas, una fila por celda"),
        exporter: { map, _ in CSVExporter.csv(for: map) },
        importer: { bytes, path throws(DiagnosticError) in try CSVImporter.read(bytes, path: path) })
}
