import ArgumentParser
import JourneyKit

/// `journey import IN --from json -o FILE`: makes a `.journey` map from another form.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Create a .journey map from the JSON interchange form.",
        discussion: """
            The input is validated like a .journey file; every problem is reported as \
            path:line:column: json-path: message. An existing output file is not replaced without --force.

            Examples:
              journey import map.json -o map.journey
              other-tool --json | journey import - --from json -o map.journey
            """
    )

    /// The forms a map can be imported from.
    enum Source: String, ExpressibleByArgument, CaseIterable {
        case json
    }

    @Argument(help: ArgumentHelp("The file to import, or - for standard input.", valueName: "in"))
    var input: String

    @Option(help: "The input's form: json.")
    var from: Source = .json

    @Option(name: .shortAndLong, help: ArgumentHelp("The .journey file to write; standard output when absent or -.", valueName: "file"))
    var output: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    func run() throws {
        if let output, output != "-", !force, StandardStreams.exists(output) {
            StandardStreams.error("\(output): already exists; use --force to replace it")
            throw ExitCode.failure
        }
        let map = try MapSource.load(input, format: .json)
        do {
            try StandardStreams.write(JourneyWriter.bytes(for: map), to: output)
        } catch {
            StandardStreams.error(error.description)
            throw ExitCode.failure
        }
    }
}
