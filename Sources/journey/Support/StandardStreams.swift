import Foundation
import JourneyKit

/// Reading input and writing output for the commands: files, or standard input and output for `-`.
enum StandardStreams {
    /// Reads a file, or standard input for `-`.
    static func read(_ path: String) throws(FileError) -> [UInt8] {
        if path == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        return try LocalFileSystem().readFile(path)
    }

    /// Writes bytes to a file (atomically), or to standard output for `-` or `nil`.
    static func write(_ bytes: [UInt8], to path: String?) throws(FileError) {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        try AtomicFileWriter().write(bytes, to: path)
    }

    /// Writes a message to standard error. File names and values in it cannot reach the
    /// terminal raw: control characters are escaped line by line (see ``TerminalSafeText``).
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((safe(text) + "\n").utf8))
    }

    /// Writes a message to standard output, escaped as ``error(_:)`` does.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data((safe(text) + "\n").utf8))
    }

    /// The text with control characters escaped in each of its lines.
    static func safe(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalSafeText.escaping(String($0)) }.joined(separator: "\n")
    }

    /// Whether a path names an existing file or folder (following links).
    static func exists(_ path: String) -> Bool {
        (try? LocalFileSystem().status(path)) != nil
    }
}
