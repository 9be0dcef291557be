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
/// let again = try MapFormat.json.import(Array(json.utf8), path: "map.json")
/// ```
public struct MapFormat: Sendable, Hashable, CustomStringConvertible {
    /// Writes a map as text, with headings and labels in a language where the format has any.
    public typealias Exporter = @Sendable (_ map: JourneyMap, _ language: Language) -> String
    /// Reads a map from a file's bytes, or throws every problem found (`path:line:column: message`).
    public typealias Importer = @Sendable (_ bytes: [UInt8], _ path: String) throws(DiagnosticError) -> JourneyMap

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

    /// Creates a format; give an exporter, an importer or both.
    public init(name: String, aliases: [String] = [], fileExtensions: [String], summary: FormatSummary,
                exporter: Exporter? = nil, importer: Importer? = nil) {
        self.name = name
        self.aliases = aliases
        self.fileExtensions = fileExtensions
        self.summary = summary
        self.exporter = exporter
        self.importer = importer
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

    /// The map written in this format.
    ///
    /// - Throws: ``FormatError/cannotExport(_:)`` for a format that can only be read.
    public func export(_ map: JourneyMap, language: Language) throws(FormatError) -> String {
        guard let exporter else { throw .cannotExport(name) }
        return exporter(map, language)
    }

    /// The map read from bytes in this format.
    ///
    /// - Throws: ``FormatError/invalid(_:)`` with every problem in the input, or
    ///   ``FormatError/cannotImport(_:)`` for a format that can only be written.
    public func `import`(_ bytes: [UInt8], path: String) throws(FormatError) -> JourneyMap {
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
