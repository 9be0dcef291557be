/// Reading a map from a file, in the format its name says: the JSON interchange form for
/// `.json` files, the `.journey` text format otherwise.
///
/// ```swift
/// let map = try MapFile.read("shop.journey")
/// ```
public enum MapFile {
    /// The formats a map can be read from.
    public enum Format: String, Sendable, CaseIterable {
        /// The `.journey` text format.
        case journey
        /// The JSON interchange form.
        case json

        /// The format a path's extension names; `.journey` for anything but `.json`.
        public static func guess(from path: String) -> Format {
            path.lowercased().hasSuffix(".json") ? .json : .journey
        }
    }

    /// Reads and parses a map file.
    public static func read(_ path: String, format: Format? = nil, fileSystem: any FileSystem = LocalFileSystem()) throws(MapFileError) -> JourneyMap {
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.readFile(path)
        } catch {
            throw .unreadable(error)
        }
        return try decode(bytes, path: path, format: format ?? Format.guess(from: path))
    }

    /// Parses a map from bytes already read.
    public static func decode(_ bytes: [UInt8], path: String, format: Format) throws(MapFileError) -> JourneyMap {
        do {
            switch format {
            case .journey: return try JourneyParser.parse(bytes, path: path)
            case .json: return try JSONInterchange.decode(bytes, path: path)
            }
        } catch {
            throw .invalid(error)
        }
    }
}

/// Why a map file could not be read.
public enum MapFileError: Error, Sendable, CustomStringConvertible {
    /// The file could not be read at all.
    case unreadable(FileError)
    /// The file was read but is not a valid map; every problem is listed.
    case invalid(DiagnosticError)

    /// One line per problem, each starting with the path.
    public var description: String {
        switch self {
        case .unreadable(let error): error.description
        case .invalid(let error): error.description
        }
    }
}
