/// Reading a map from a file, in the format its name says (see ``FormatRegistry``): the JSON
/// interchange form for `.json` files, the `.journey` text format for any name no format claims.
///
/// ```swift
/// let map = try MapFile.read("shop.journey")
/// ```
public enum MapFile {
    /// The format a path's extension names; ``MapFormat/journey`` when none does. It may be one
    /// that can only be written (`.md`), which ``decode(_:path:format:)`` reports as not readable.
    public static func guessFormat(from path: String) -> MapFormat {
        FormatRegistry.format(forPath: path) ?? .journey
    }

    /// Reads and parses a map file.
    public static func read(_ path: String, format: MapFormat? = nil, fileSystem: any FileSystem = LocalFileSystem()) throws(MapFileError) -> JourneyMap {
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.readFile(path)
        } catch {
            throw .unreadable(error)
        }
        return try decode(bytes, path: path, format: format ?? guessFormat(from: path))
    }

    /// Parses a map from bytes already read.
    public static func decode(_ bytes: consuming [UInt8], path: String, format: MapFormat) throws(MapFileError) -> JourneyMap {
        try decodeWithWarnings(bytes, path: path, format: format).map
    }

    /// Parses a map from bytes already read, with the reader's warnings.
    public static func decodeWithWarnings(_ bytes: consuming [UInt8], path: String, format: MapFormat) throws(MapFileError) -> ImportedMap {
        do {
            return try format.importWithWarnings(bytes, path: path)
        } catch {
            switch error {
            case .invalid(let diagnostics): throw .invalid(diagnostics)
            case .cannotImport(let name), .cannotExport(let name): throw .notReadable(format: name)
            }
        }
    }
}

/// Why a map file could not be read.
public enum MapFileError: Error, Sendable, CustomStringConvertible {
    /// The file could not be read at all.
    case unreadable(FileError)
    /// The file was read but is not a valid map; every problem is listed.
    case invalid(DiagnosticError)
    /// The format asked for (by name) can only be written, not read.
    case notReadable(format: String)

    /// One line per problem, each starting with the path.
    public var description: String { text(in: .english) }

    /// The problem in a language, the file's diagnostics included.
    public func text(in language: Language) -> String {
        switch self {
        case .unreadable(let error): error.text(in: language)
        case .invalid(let error): error.text(in: language)
        case .notReadable(let name): FormatStrings.cannotImport(name).text(in: language)
        }
    }
}
