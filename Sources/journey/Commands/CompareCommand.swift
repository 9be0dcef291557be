import ArgumentParser
import JourneyKit

/// `journey compare CURRENT FUTURE`: the average emotion of each stage in a current-state map
/// against its future state, as text, JSON or Markdown.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: CommandHelp.compareAbstract.text,
        discussion: CommandHelp.compareDiscussion.text
    )

    @Argument(help: ArgumentHelp(OptionHelp.compareCurrent.text, valueName: OptionHelp.currentValue.text))
    var current: String

    @Argument(help: ArgumentHelp(OptionHelp.compareFuture.text, valueName: OptionHelp.futureValue.text))
    var future: String

    @Option(name: .shortAndLong, help: ArgumentHelp(OptionHelp.reportFormat.text, valueName: OptionHelp.formatValue.text))
    var format: ReportFormat?

    @OptionGroup var interface: LanguageOption

    func validate() throws {
        if current == "-" && future == "-" {
            throw ValidationError(CLIStrings.compareOneStandardInput.text)
        }
    }

    func run() throws {
        // Both files are read before giving up, so that every problem in either is reported at once.
        let currentMap = try? MapSource.load(current)
        let futureMap = try? MapSource.load(future)
        guard let currentMap, let futureMap else { throw ExitCode.failure }
        let comparison = MapComparison(current: currentMap, future: futureMap)
        let text = switch format ?? .text {
        case .text: comparison.text(in: Interface.language)
        case .json: comparison.json()
        case .markdown: comparison.markdown(in: currentMap.exportLanguage(fallback: Interface.language))  // a document: the map's language
        }
        try StandardStreams.write(Array(text.utf8), to: nil)
    }
}
