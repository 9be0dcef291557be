import ArgumentParser
import JourneyKit

/// Loading the map a command works on, reporting problems the same way everywhere:
/// `path:line:column: message` on standard error.
enum MapSource {
    /// Reads and parses a map from a path or standard input (`-`), or prints why not and throws.
    static func load(_ path: String, format: MapFile.Format? = nil) throws -> JourneyMap {
        try decode(try read(path), path: path, format: format)
    }

    /// Reads a file's bytes (standard input for `-`), or prints why not and throws.
    static func read(_ path: String) throws -> [UInt8] {
        do {
            return try StandardStreams.read(path)
        } catch {
            StandardStreams.error(error.description)
            throw ExitCode.failure
        }
    }

    /// Parses a map from bytes, or prints every problem (`path:line:column: message`) and throws.
    static func decode(_ bytes: [UInt8], path: String, format: MapFile.Format? = nil) throws -> JourneyMap {
        do {
            return try MapFile.decode(bytes, path: path, format: format ?? MapFile.Format.guess(from: path))
        } catch {
            StandardStreams.error(error.description)
            throw ExitCode.failure
        }
    }
}
