import ArgumentParser
import JourneyKit

/// `journey new FILE`: creates a map from a template.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: CommandHelp.newAbstract.text,
        discussion: CommandHelp.newDiscussion.text
    )

    @Argument(help: ArgumentHelp(OptionHelp.newFile.text, valueName: OptionHelp.fileValue.text))
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp(OptionHelp.newTemplate.text, valueName: OptionHelp.nameValue.text))
    var template: String = "blank"

    @Option(help: ArgumentHelp(OptionHelp.newTitle.text, valueName: OptionHelp.textValue.text))
    var title: String?

    @Option(help: ArgumentHelp(OptionHelp.newPersona.text, valueName: OptionHelp.textValue.text))
    var persona: String?

    @Option(help: ArgumentHelp(OptionHelp.newScenario.text, valueName: OptionHelp.textValue.text))
    var scenario: String?

    @Option(help: ArgumentHelp(OptionHelp.newKind.text, valueName: OptionHelp.kindValue.text),
            completion: .list(JourneyKind.allCases.map(\.rawValue)))
    var kind: String?

    @OptionGroup var interface: LanguageOption

    func validate() throws {
        if let kind, JourneyKind(rawValue: kind) == nil {
            throw ValidationError(CLIStrings.unknownKind(kind, expected: JourneyKind.allSpellings).text)
        }
    }

    func run() throws {
        if file != "-" && StandardStreams.exists(file) {
            StandardStreams.error(CLIStrings.newNeverOverwrites(file: file).text)
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
            StandardStreams.error(error.text(in: Interface.language))
            throw ExitCode.failure
        }
        if file != "-" {
            StandardStreams.output(CLIStrings.created(file: file, template: template, stages: map.stages.count, touchpoints: map.touchpoints.count).text)
        }
    }
}
