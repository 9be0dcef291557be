/// Reads a Mermaid `journey` diagram into a ``JourneyMap``.
///
/// A diagram `journey` wrote (see ``MermaidExporter``) carries the whole map in its `%% journey-map`
/// comment lines, and reads back as exactly that map; when the drawing above them was changed
/// since, a warning says that the comments were read. Any other journey diagram reads as:
///
/// - `title` → the map's title (a `title:` in front matter too);
/// - each `section` → a stage (two sections with the same name are one stage);
/// - each task → the cell of a touchpoint named after the task in the section's stage (the same
///   name in two sections is one touchpoint); the score → the emotion, score − 3, clamped to
///   -2…+2, with a warning naming the line when the score is outside 1…5 or not whole;
/// - the task's actors → the cell's note (`Ana, Luis`);
/// - `accTitle`, `accDescr`, `%%` comments and `#` comments are ignored.
///
/// Mermaid's entity codes (`#58;`) are read as their characters. Problems are reported at their
/// `path:line:column`.
public enum MermaidImporter {
    /// Reads a diagram, or throws every problem found.
    public static func read(_ bytes: [UInt8], path: String) throws(DiagnosticError) -> ImportedMap {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw DiagnosticError(.mermaid(.notUTF8), at: FileLocation(path: path, line: 1, column: 1))
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
        if let marker = lines.firstIndex(where: isMapMarker) {
            return try readCarriedMap(lines, marker: marker, path: path)
        }
        var reader = MermaidDiagramReader(path: path)
        reader.read(lines)
        if !reader.problems.isEmpty { throw DiagnosticError(reader.problems) }
        return ImportedMap(reader.map, warnings: reader.warnings)
    }

    /// Whether a line is the comment that starts the carried map.
    static func isMapMarker(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix("%%") else { return false }
        return trimmed.dropFirst(2).drop { $0 == " " }.hasPrefix(MermaidExporter.markerWord)
    }

    /// The map in the comment lines after `marker`, with a warning when the drawing above was changed.
    private static func readCarriedMap(_ lines: [Substring], marker: Int, path: String) throws(DiagnosticError) -> ImportedMap {
        var journeyLines: [String] = []
        var index = marker + 1
        while index < lines.count {
            let line = lines[index].drop { $0 == " " || $0 == "\t" }
            guard line.hasPrefix("%%") else { break }
            let content = line.dropFirst(2)
            journeyLines.append(MermaidExporter.decodeCommentLine(content.hasPrefix(" ") ? content.dropFirst() : content))
            index += 1
        }
        let map: JourneyMap
        do {
            map = try JourneyParser.parse(journeyLines.joined(separator: "\n") + "\n", path: path)
        } catch {
            // Point at the comment lines the problems are on.
            throw DiagnosticError(error.diagnostics.map { problem in
                var moved = problem
                moved.location.line += marker + 1
                moved.location.column += 3
                return moved
            })
        }
        var warnings: [Diagnostic] = []
        let drawn = lines[..<marker].enumerated().compactMap { offset, line -> (line: Int, text: String)? in
            let text = String(line).trimmingWhitespace()
            return text.isEmpty || text.hasPrefix("%%") ? nil : (offset + 1, text)
        }
        let written = MermaidExporter.diagram(for: map).map { $0.trimmingWhitespace() }
        if drawn.map(\.text) != written {
            let first = zip(drawn, written).first { $0.0.text != $0.1 }?.0.line ?? drawn.last?.line ?? marker + 1
            warnings.append(Diagnostic(
                .mermaid(.diagramChanged),
                at: FileLocation(path: path, line: first, column: 1)))
        }
        return ImportedMap(map, warnings: warnings)
    }
}
