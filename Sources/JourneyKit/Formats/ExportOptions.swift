/// What an export is asked for besides the map: the language of its headings, a second map to
/// compare with, and whether to draw the emotion curve's diagram.
///
/// ```swift
/// let options = ExportOptions(language: .spanish, comparison: futureState, includesDiagram: true)
/// let page = try MapFormat.html.export(currentState, options: options)
/// ```
public struct ExportOptions: Sendable {
    /// The language for headings and labels when the map does not name its own.
    public var language: Language
    /// A second map (a future state, say) whose emotion curve formats that compare maps draw beside
    /// the first (see ``MapFormat/comparesMaps``); others ignore it.
    public var comparison: JourneyMap?
    /// Whether the emotion curve's diagram is written where the format has one (the Mermaid block
    /// of a Markdown report); `journey export --no-diagram` turns it off.
    public var includesDiagram: Bool

    /// Creates options; by default no comparison and the diagram included.
    public init(language: Language, comparison: JourneyMap? = nil, includesDiagram: Bool = true) {
        self.language = language
        self.comparison = comparison
        self.includesDiagram = includesDiagram
    }
}

/// A map read from a file, with warnings about what the reader guessed or changed on the way
/// (a score out of range, an unknown column), each at its `path:line:column`.
public struct ImportedMap: Sendable {
    /// The map.
    public var map: JourneyMap
    /// What the reader warns about, in file order; empty for most files.
    public var warnings: [Diagnostic]

    /// Creates a result.
    public init(_ map: JourneyMap, warnings: [Diagnostic] = []) {
        self.map = map
        self.warnings = warnings
    }
}
