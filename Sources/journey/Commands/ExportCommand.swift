import ArgumentParser
import JourneyKit

/// `journey export FILE`: writes a map in any format of the registry that can export.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: CommandHelp.exportAbstract.text,
        discussion: CommandHelp.exportDiscussion(formats: FormatRegistry.exportable).text
    )

    /// The format when neither `--format` nor `--output`'s extension names one.
    static let defaultFormat = MapFormat.markdown

    @Argument(help: ArgumentHelp(OptionHelp.exportFile.text, valueName: OptionHelp.fileValue.text))
    var file: String

    @Option(name: .shortAndLong,
            help: ArgumentHelp(OptionHelp.exportFormat(names: FormatChoice.labels(of: FormatRegistry.exportable)).text, valueName: OptionHelp.formatValue.text),
            completion: FormatChoice.completion(for: FormatRegistry.exportable))
    var format: String?

    @Option(name: .shortAndLong, help: ArgumentHelp(OptionHelp.exportOutput.text, valueName: OptionHelp.fileValue.text))
    var output: String?

    @Option(help: ArgumentHelp(OptionHelp.exportCompare.text, valueName: OptionHelp.fileValue.text))
    var compare: String?

    @Flag(help: ArgumentHelp(OptionHelp.exportNoDiagram.text))
    var noDiagram = false

    @OptionGroup var interface: LanguageOption

    func validate() throws {
        let format = try chosenFormat()
        if compare != nil, !format.comparesMaps {
            throw ValidationError(CLIStrings.compareNeedsFormat(given: format.name, names: FormatRegistry.exportable.filter(\.comparesMaps).map(\.name)).text)
        }
    }

    /// `--format`'s format, or the one `--output`'s extension names, or Markdown.
    func chosenFormat() throws -> MapFormat {
        if let format { return try FormatChoice.named(format, option: "--format", among: FormatRegistry.exportable) }
        return FormatChoice.guess(from: output, among: FormatRegistry.exportable) ?? Self.defaultFormat
    }

    func run() throws {
        let format = try chosenFormat()
        let map = try MapSource.load(file)
        let comparison = try compare.map { try MapSource.load($0) }
        let options = ExportOptions(language: Interface.language, comparison: comparison, includesDiagram: !noDiagram)
        let text: String
        do {
            text = try format.export(map, options: options)
        } catch {
            StandardStreams.error(error.text(in: Interface.language))
            throw ExitCode.failure
        }
        do {
            try StandardStreams.write(Array(text.utf8), to: output)
        } catch {
            StandardStreams.error(error.text(in: Interface.language))
            throw ExitCode.failure
        }
    }
}
