import ArgumentParser
import JourneyKit

/// `journey templates`: lists the bundled templates and examples.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: CommandHelp.templatesAbstract.text
    )

    @OptionGroup var interface: LanguageOption

    func run() throws {
        do {
            let templates = try TemplateLibrary.all()
            let examples = try ExampleLibrary.all()
            let width = (templates + examples).map(\.name.count).max() ?? 0
            StandardStreams.output(CLIStrings.templatesHeading.text)
            for template in templates { StandardStreams.output(line(for: template, width: width)) }
            StandardStreams.output("")
            StandardStreams.output(CLIStrings.examplesHeading.text)
            for example in examples { StandardStreams.output(line(for: example, width: width)) }
        } catch {
            StandardStreams.error(error.description)
            throw ExitCode.failure
        }
    }

    private func line(for bundled: BundledMap, width: Int) -> String {
        let padding = String(repeating: " ", count: max(0, width - bundled.name.count))
        let stages = bundled.map.stages.isEmpty ? CLIStrings.noStages.text : bundled.map.stages.map(\.name).joined(separator: " → ")
        return "  \(bundled.name)\(padding)  \(stages)"
    }
}
