import ArgumentParser
import JourneyKit

/// Loading the map a command works on, reporting problems the same way everywhere:
/// `path:line:column: message` on standard error.
enum MapSource {
    /// Reads and parses a map from a path or standard input (`-`), or prints why not and throws.
    static func load(_ path: String, format: MapFormat? = nil) throws -> JourneyMap {
        try decode(try read(path), path: path, format: format)
    }

    /// Reads a file's bytes (standard input for `-`), or prints why not and throws.
    static func read(_ path: String) throws -> [UInt8] {
        do {
            return try StandardStreams.read(path)
        } catch {
            StandardStreams.error(error.text(in: Interface.language))
            throw ExitCode.failure
        }
    }

    /// Reads the first `count` bytes of a file (all of it when shorter), or prints why not and throws.
    static func readStart(of path: String, count: Int) throws -> [UInt8] {
        do {
            return try LocalFileSystem().readStart(of: path, count: count)
        } catch {
            StandardStreams.error(error.text(in: Interface.language))
            throw ExitCode.failure
        }
    }

    /// Parses a map from bytes in a format (by default the one the path's extension names, see
    /// ``MapFile/guessFormat(from:)``), or prints every problem (`path:line:column: message`) and throws.
    /// The reader's warnings go to standard error as `path:line:column: warning: message`.
    static func decode(_ bytes: consuming [UInt8], path: String, format: MapFormat? = nil) throws -> JourneyMap {
        do {
            let read = try MapFile.decodeWithWarnings(bytes, path: path, format: format ?? MapFile.guessFormat(from: path))
            for warning in read.warnings { StandardStreams.error(warning.warningText(in: Interface.language)) }
            return read.map
        } catch {
            report(error, path: path)
            throw ExitCode.failure
        }
    }

    /// Prints why a map could not be read: every problem, `path:line:column: message`.
    static func report(_ error: MapFileError, path: String) {
        if case .notReadable = error {
            StandardStreams.error("\(path): \(error.text(in: Interface.language))")
        } else {
            StandardStreams.error(error.text(in: Interface.language))
        }
    }
}
