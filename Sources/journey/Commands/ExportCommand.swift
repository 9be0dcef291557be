import ArgumentParser
import JourneyKit

/// `journey export FILE`: writes a map as Markdown or JSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a map as GitHub-flavoured Markdown or the JSON interchange form.",
        discussion: """
            Examples:
              journey export shop.journey --format markdown -o report.md
              journey export shop.journey --format json | jq '.cells | length'
            """
    )

    /// The export formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, json
    }

    @Argument(help: ArgumentHelp("The map to export, or - for standard input.", valueName: "file"))
    var file: String

    @Option(name: .shortAndLong, help: "markdown (the default) or json.")
    var format: Format = .markdown

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write; standard output when absent or -.", valueName: "file"))
    var output: String?

    func run() throws {
        let map = try MapSource.load(file)
        let text = switch format {
        case .markdown: MarkdownExporter.markdown(for: map)
        case .json: JSONInterchange.encode(map)
        }
        do {
            try StandardStreams.write(Array(text.utf8), to: output)
        } catch {
            StandardStreams.error(error.description)
            throw ExitCode.failure
        }
    }
}
