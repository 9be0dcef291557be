import ArgumentParser
import JourneyKit

/// The `journey` command: opens the editor on a map, or runs one of the subcommands.
///
/// ``CommandLineEntry`` runs it: `--lang` is taken out first, and the parser's own words are put
/// in the interface's language.
struct Journey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journey",
        abstract: CommandHelp.journeyAbstract.text,
        discussion: CommandHelp.journeyDiscussion.text,
        version: JourneyVersion.current,
        subcommands: [
            EditCommand.self, NewCommand.self, CheckCommand.self, FormatCommand.self,
            ExportCommand.self, ImportCommand.self, DiffCommand.self, MergeCommand.self, ResolveCommand.self, GitCommand.self,
            StatsCommand.self, CompareCommand.self, TemplatesCommand.self, KeysCommand.self, ServeCommand.self,
        ],
        defaultSubcommand: EditCommand.self
    )

    @OptionGroup var interface: LanguageOption

    /// The subcommands' names, and ArgumentParser's own `help`, as typed on the command line.
    static var commandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    }
}
