extension MapFormat {
    /// The JSON interchange form, read and written (see ``JSONInterchange``).
    public static let json = MapFormat(
        name: "json",
        fileExtensions: ["json"],
        summary: FormatSummary(en: "the JSON interchange form", es: "la forma de intercambio JSON"),
        exporter: { map, _ in JSONInterchange.encode(map) },
        importer: { bytes, path throws(DiagnosticError) in ImportedMap(try JSONInterchange.decode(bytes, path: path)) },
        keepsEverything: true)
}
