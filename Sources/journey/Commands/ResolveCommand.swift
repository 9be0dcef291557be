import ArgumentParser
import JourneyKit

/// `journey resolve FILE --take ours|theirs`: settles the merge conflicts left in a map.
struct ResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: GitWorkflowHelp.resolveAbstract.text,
        discussion: GitWorkflowHelp.resolveDiscussion.text
    )

    @Argument(help: ArgumentHelp(GitWorkflowHelp.resolveFile.text, valueName: OptionHelp.fileValue.text))
    var file: String

    @Option(help: ArgumentHelp(GitWorkflowHelp.resolveTake.text, valueName: OptionHelp.sideValue.text))
    var take: MergeCommand.Side

    @OptionGroup var interface: LanguageOption

    func run() throws {
        let bytes = try MapSource.read(file)
        guard ConflictedFile.hasMarkers(bytes) else {
            _ = try MapSource.decode(bytes, path: file, format: .journey)
            StandardStreams.output(GitWorkflowStrings.nothingToResolve(file: file).text)
            return
        }
        let map: JourneyMap
        let count: Int
        do {
            let conflicted = try ConflictedFile(bytes, path: file)
            count = conflicted.regions.count
            map = try conflicted.map(taking: take.mergeSide)
        } catch {
            StandardStreams.error(error.text(in: Interface.language))
            throw ExitCode.failure
        }
        do {
            try StandardStreams.write(JourneyWriter.bytes(for: map), to: file)
        } catch {
            StandardStreams.error(error.text(in: Interface.language))
            throw ExitCode.failure
        }
        StandardStreams.output(GitWorkflowStrings.resolved(file: file, count: count, side: take.rawValue).text)
    }
}
