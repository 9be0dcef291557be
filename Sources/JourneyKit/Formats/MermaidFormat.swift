extension MapFormat {
    /// A Mermaid `journey` diagram, which GitHub, GitLab, Notion and many wikis draw, carrying the
    /// whole map in comment lines; read back exactly, and read from diagrams journey did not write
    /// (see ``MermaidExporter`` and ``MermaidImporter``).
    public static let mermaid = MapFormat(
        name: "mermaid",
        aliases: ["mmd"],
        fileExtensions: ["mmd", "mermaid"],
        summary: FormatSummary(en: "a Mermaid journey diagram (the map kept in comments)",
                               es: "un diagrama journey de Mermaid (con el mapa en comentarios)"),
        exporter: { map, _ in MermaidExporter.mermaid(for: map) },
        importer: { bytes, path throws(DiagnosticError) in try MermaidImporter.read(bytes, path: path) })
}
