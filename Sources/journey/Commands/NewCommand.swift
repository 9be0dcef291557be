import ArgumentParser
import JourneyKit

/// `journey new FILE`: creates a map from a template.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a map file from a template (never overwrites).",
        discussion: """
            Examples:
              journey new shop.journey --template six-stage --title "Cat mug shop: first purchase"
              journey new - --template email-lifecycle-es     # print to standard output
            `journey templates` lists the templates and the examples (an example's name works too).
            """
    )

    @Argument(help: ArgumentHelp("The map file to create, or - for standard output.", valueName: "file"))
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The template (or example) to start from.", valueName: "name"))
    var template: String = "blank"

    @Option(help: ArgumentHelp("The map's title.", valueName: "text"))
    var title: String?

    @Option(help: ArgumentHelp("Whose journey it is, such as \"Ana, 34, buys gifts online\".", valueName: "text"))
    var persona: String?

    @Option(help: ArgumentHelp("What the map is for.", valueName: "text"))
    var scenario: String?

    @Option(help: ArgumentHelp("current-state, future-state or day-in-the-life.", valueName: "kind"))
    var kind: String?

    func validate() throws {
        if let kind, JourneyKind(rawValue: kind) == nil {
            throw ValidationError("--kind takes one of \(JourneyKind.allSpellings)")
        }
    }

    func run() throws {
        if file != "-" && StandardStreams.exists(file) {
            StandardStreams.error("\(file): already exists; journey new never overwrites a map (open it with 'journey \(file)')")
            throw ExitCode.failure
        }
        var map = try TemplateChoice.map(named: template)
        if let title { map.title = title }
        if let persona { map.persona = persona }
        if let scenario { map.scenario = scenario }
        if let kind, let parsed = JourneyKind(rawValue: kind) { map.kind = parsed }
        do {
            try StandardStreams.write(JourneyWriter.bytes(for: map), to: file)
        } catch {
            StandardStreams.error(error.description)
            throw ExitCode.failure
        }
        if file != "-" {
            StandardStreams.output("Created \(file) from the \(template) template (\(map.stages.count) stages, \(map.touchpoints.count) touchpoints)")
        }
    }
}
