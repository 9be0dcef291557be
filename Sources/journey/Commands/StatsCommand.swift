import ArgumentParser
import JourneyKit

/// `journey stats FILE`: the analysis of a map (averages, evidence, top pain points, the
/// opportunity matrix) as text, JSON or Markdown.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: CommandHelp.statsAbstract.text,
        discussion: CommandHelp.statsDiscussion.text
    )

    @Argument(help: ArgumentHelp(OptionHelp.statsFile.text, valueName: OptionHelp.fileValue.text))
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp(OptionHelp.reportFormat.text, valueName: OptionHelp.formatValue.text))
    var format: ReportFormat?

    @OptionGroup var interface: LanguageOption

    func run() throws {
        let map = try MapSource.load(file)
        let statistics = MapStatistics(map)
        let text = switch format ?? .text {
        case .text: statistics.text(in: Interface.language)
        case .json: statistics.json()
        case .markdown: statistics.markdown(in: map.exportLanguage(fallback: Interface.language))  // a document: the map's language
        }
        try StandardStreams.write(Array(text.utf8), to: nil)
    }
}
