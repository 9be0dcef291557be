import ArgumentParser
import JourneyKit

/// `journey import IN --from FORMAT -o FILE`: makes a `.journey` map from any format of the
/// registry that can import.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: CommandHelp.importAbstract.text,
        discussion: CommandHelp.importDiscussion(formats: FormatRegistry.importable).text
    )

    /// The format when neither `--from` nor the input's extension names one.
    static let defaultFormat = MapFormat.json

    @Argument(help: ArgumentHelp(OptionHelp.importInput.text, valueName: OptionHelp.inputValue.text))
    var input: String

    @Option(help: ArgumentHelp(OptionHelp.importFrom(names: FormatChoice.labels(of: FormatRegistry.importable)).text, valueName: OptionHelp.formatValue.text),
            completion: FormatChoice.completion(for: FormatRegistry.importable))
    var from: String?

    @Option(name: .shortAndLong, help: ArgumentHelp(OptionHelp.importOutput.text, valueName: OptionHelp.fileValue.text))
    var output: String?

    @Flag(help: ArgumentHelp(OptionHelp.importForce.text))
    var force = false

    @OptionGroup var interface: LanguageOption

    func validate() throws {
        _ = try chosenFormat()
    }

    /// `--from`'s format, or the one the input's extension names, or JSON.
    func chosenFormat() throws -> MapFormat {
        if let from { return try FormatChoice.named(from, option: "--from", among: FormatRegistry.importable) }
        return FormatChoice.guess(from: input, among: FormatRegistry.importable) ?? Self.defaultFormat
    }

    func run() throws {
        let format = try chosenFormat()
        if let output, output != "-", !force, StandardStreams.exists(output) {
            StandardStreams.error(CLIStrings.existsUseForce(file: output).text)
            throw ExitCode.failure
        }
        let map = try MapSource.load(input, format: format)
        do {
            try StandardStreams.write(JourneyWriter.bytes(for: map), to: output)
        } catch {
            StandardStreams.error(error.text(in: Interface.language))
            throw ExitCode.failure
        }
    }
}
