import ArgumentParser
import JourneyKit

/// `journey check FILE...`: validates maps.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that map files are valid.",
        discussion: """
            Prints each problem as path:line:column: message on standard error. Exit status: 0 when every \
            file is valid, 1 when any is not (or cannot be read), 64 for a usage error. Files ending in \
            .json are checked as the JSON interchange form; - reads standard input.

            Example:
              journey check maps/*.journey && echo all valid
            """
    )

    @Argument(help: ArgumentHelp("The map files to check, or - for standard input.", valueName: "file"))
    var files: [String]

    @Flag(name: .shortAndLong, help: "Print nothing for valid files.")
    var quiet = false

    @Option(help: ArgumentHelp("Read every file as this format (journey or json) instead of guessing from its name.", valueName: "format"))
    var format: String?

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Name at least one file to check, or - for standard input") }
        if let format, MapFile.Format(rawValue: format) == nil {
            throw ValidationError("--format takes journey or json")
        }
    }

    func run() throws {
        var failed = false
        for file in files {
            do {
                let map = try MapSource.load(file, format: format.flatMap(MapFile.Format.init(rawValue:)))
                if !quiet {
                    StandardStreams.output("\(file): valid (\(map.stages.count) stages, \(map.touchpoints.count) touchpoints, \(map.nonEmptyCellCount) filled cells)")
                }
            } catch {
                failed = true
            }
        }
        if failed { throw ExitCode.failure }
    }
}
