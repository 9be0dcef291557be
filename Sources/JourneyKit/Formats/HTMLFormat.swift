extension MapFormat {
    /// One self-contained HTML page to send to a client: the grid, the emotion curve as inline SVG
    /// (with a second map's curve for `--compare`), and a section per stage; written only (see
    /// ``HTMLExporter``).
    public static let html = MapFormat(
        name: "html",
        aliases: ["htm"],
        fileExtensions: ["html", "htm"],
        summary: FormatSummary(en: "a self-contained HTML page with the emotion curve",
                               es: "una página HTML autónoma con la curva emocional"),
        exporter: { map, options in HTMLExporter.html(for: map, options: options) },
        comparesMaps: true)
}
