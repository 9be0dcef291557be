import ArgumentParser
import JourneyKit

/// Loading the map a command works on, reporting problems the same way everywhere:
/// `path:line:column: message` on standard error.
enum MapSource {
    /// Reads and parses a map from a path or standard input (`-`), or prints why not and throws.
    static func load(_ path: String, format: MapFile.Format? = nil) throws -> JourneyMap {
        let bytes: [UInt8]
        do {
            bytes = try StandardStreams.read(path)
        } catch {
            StandardStreams.error(error.description)
            throw ExitCode.failure
        }
        do {
            return try MapFile.decode(bytes, path: path, format: format ?? MapFile.Format.guess(from: path))
        } catch {
            StandardStreams.error(error.description)
            throw ExitCode.failure
        }
    }
}
