extension MapFormat {
    /// The `.journey` text format, read and written (see <doc:JourneyFileFormat>).
    public static let journey = MapFormat(
        name: "journey",
        fileExtensions: [JourneyFormat.fileExtension],
        summary: FormatSummary(en: "the .journey text format", es: "el formato de texto .journey"),
        exporter: { map, _ in JourneyWriter.text(for: map) },
        importer: { bytes, path throws(DiagnosticError) in ImportedMap(try JourneyParser.parse(bytes, path: path)) },
        keepsEverything: true)
}
