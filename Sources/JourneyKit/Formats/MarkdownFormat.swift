extension MapFormat {
    /// GitHub-flavoured Markdown, a report to paste into a wiki or a pull request; written only
    /// (see ``MarkdownExporter``).
    public static let markdown = MapFormat(
        name: "markdown",
        aliases: ["md"],
        fileExtensions: ["md", "markdown"],
        summary: FormatSummary(en: "a GitHub-flavoured Markdown report", es: "un informe en Markdown de GitHub"),
        exporter: { map, options in MarkdownExporter.markdown(for: map, language: options.language, includesDiagram: options.includesDiagram) })
}
