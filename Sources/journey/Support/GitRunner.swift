import Foundation

/// Runs `git` (found on PATH) and collects what it prints.
struct GitRunner {
    /// What a git command gave.
    struct Outcome {
        var status: Int32
        var output: String
        var error: String

        var succeeded: Bool { status == 0 }
        /// The first line of its standard output, without the line end.
        var firstLine: String { output.split(separator: "\n").first.map(String.init) ?? "" }
    }

    /// Why git could not be run at all.
    struct Failure: Error {
        var reason: String
    }

    /// The folder git runs in; the current one when `nil`.
    var folder: String?

    /// Runs `git ARGUMENTS`, waiting for it to end.
    func run(_ arguments: [String]) throws(Failure) -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(reason: "\(error)")
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 127 {
            throw Failure(reason: String(decoding: errorData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return Outcome(status: process.terminationStatus,
                       output: String(decoding: outputData, as: UTF8.self),
                       error: String(decoding: errorData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
