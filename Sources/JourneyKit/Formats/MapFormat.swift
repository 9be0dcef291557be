/// A form a map can be written in (exported) or read from (imported): its names, its file
/// extensions and the functions that do the work.
///
/// Every format is one file that defines a static member (``journey``, ``json``, ``markdown``) and
/// one entry in ``FormatRegistry/all``; the command line, its help and shell completion, and the
/// guess from a file's extension all read the registry.
///
/// ```swift
/// let format = FormatRegistry.named("md")                           // the markdown format
/// let text = try format?.export(map, language: .spanish)
/// let page = try MapFormat.html.export(map, options: ExportOptions(language: .english, comparison: future))
/// let again = try MapFormat.json.import(Array(json.utf8), path: "map.json")
/// let read = try MapFormat.mermaid.importWithWarnings(bytes, path: "map.mmd")   // map and warnings
/// ```
public struct MapFormat: Sendable, Hashable, CustomStringConvertible {
    /// Writes a map as text, as the options ask: headings and labels in their language where the
    /// format has any, a map to compare with, the diagram or not.
    public typealias Exporter = @Sendable (_ map: JourneyMap, _ options: ExportOptions) -> String
    /// Reads a map from a file's bytes with any warnings about what it had to guess, or throws every
    /// problem found (`path:line:column: message`).
    public typealias Importer = @Sendable (_ bytes: consuming [UInt8], _ path: String) throws(DiagnosticError) -> ImportedMap

    /// The name the command line uses: `--format NAME`, `--from NAME`.
    public let name: String
    /// Other names accepted for it, such as `md` for `markdown`.
    public let aliases: [String]
    /// The file name extensions that name it, without the dot, the preferred one first.
    public let fileExtensions: [String]
    /// What it is, in a few words for the help ("GitHub-flavoured Markdown").
    public let summary: FormatSummary
    /// Writes a map in this format; `nil` for a format that can only be read.
    public let exporter: Exporter?
    /// Reads a map in this format; `nil` for a format that can only be written.
    public let importer: Importer?
    /// Whether the exporter draws a second map given as ``ExportOptions/comparison`` (`--compare`).
    public let comparesMaps: Bool
    /// Whether writing a map and reading it back gives the same map, and reading a file and writing
    /// it back keeps all it said, so that `journey fmt` may rewrite files of this format.
    public let keepsEverything: Bool

    /// Creates a format; give an exporter, an importer or both.
    public init(name: String, aliases: [String] = [], fileExtensions: [String], summary: FormatSummary,
                exporter: Exporter? = nil, importer: Importer? = nil,
                comparesMaps: Bool = false, keepsEverything: Bool = false) {
        self.name = name
        self.aliases = aliases
        self.fileExtensions = fileExtensions
        self.summary = summary
        self.exporter = exporter
        self.importer = importer
        self.comparesMaps = comparesMaps
        self.keepsEverything = keepsEverything
    }

    /// Whether maps can be written in this format (`journey export --format`).
    public var canExport: Bool { exporter != nil }
    /// Whether maps can be read from this format (`journey import --from`, `journey check`).
    public var canImport: Bool { importer != nil }
    /// Whether `journey check` can validate files of this format: those it can read.
    public var canCheck: Bool { canImport }

    /// The name and its aliases, each a name the command line accepts.
    public var names: [String] { [name] + aliases }

    /// Whether a name (in any case) is this format's name or one of its aliases.
    public func isNamed(_ candidate: String) -> Bool {
        names.contains { $0.lowercased() == candidate.lowercased() }
    }

    /// Whether a path ends in one of this format's extensions (in any case).
    public func matches(path: String) -> Bool {
        let lowered = path.lowercased()
        return fileExtensions.contains { lowered.hasSuffix("." + $0.lowercased()) }
    }

    /// The map written in this format, with headings and labels in `language` (or the map's own).
    ///
    /// - Throws: ``FormatError/cannotExport(_:)`` for a format that can only be read.
    public func export(_ map: JourneyMap, language: Language) throws(FormatError) -> String {
        try export(map, options: ExportOptions(language: language))
    }

    /// The map written in this format as `options` ask.
    ///
    /// - Throws: ``FormatError/cannotExport(_:)`` for a format that can only be read.
    public func export(_ map: JourneyMap, options: ExportOptions) throws(FormatError) -> String {
        guard let exporter else { throw .cannotExport(name) }
        return exporter(map, options)
    }

    /// The map read from bytes in this format; warnings, if any, are dropped (see
    /// ``importWithWarnings(_:path:)``).
    ///
    /// - Throws: ``FormatError/invalid(_:)`` with every problem in the input, or
    ///   ``FormatError/cannotImport(_:)`` for a format that can only be written.
    public func `import`(_ bytes: consuming [UInt8], path: String) throws(FormatError) -> JourneyMap {
        try importWithWarnings(bytes, path: path).map
    }

    /// The map read from bytes in this format, with warnings about what the reader had to guess
    /// or change (a Mermaid score out of range), each at its `path:line:column`.
    ///
    /// - Throws: as ``import(_:path:)``.
    public func importWithWarnings(_ bytes: consuming [UInt8], path: String) throws(FormatError) -> ImportedMap {
        guard let importer else { throw .cannotImport(name) }
        do {
            return try importer(bytes, path)
        } catch {
            throw .invalid(error)
        }
    }

    public var description: String { name }

    public static func == (lhs: MapFormat, rhs: MapFormat) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

/// Why a map could not be written or read in a format.
public enum FormatError: Error, Sendable, Hashable {
    /// The format (by name) can only be read.
    case cannotExport(String)
    /// The format (by name) can only be written.
    case cannotImport(String)
    /// The input is not a valid map; every problem is listed.
    case invalid(DiagnosticError)

    /// The problem in a language: one line per problem in the input.
    public func text(in language: Language) -> String {
        switch self {
        case .cannotExport(let name): FormatStrings.cannotExport(name).text(in: language)
        case .cannotImport(let name): FormatStrings.cannotImport(name).text(in: language)
        case .invalid(let error): error.description
        }
    }
}
