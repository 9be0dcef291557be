import ArgumentParser
import JourneyEditor

/// `journey keys`: the editor's keys and `:` commands as Markdown tables, from the command table.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: CommandHelp.keysAbstract.text,
        discussion: CommandHelp.keysDiscussion.text
    )

    @OptionGroup var interface: LanguageOption

    func run() throws {
        StandardStreams.output(CommandReference.markdown(in: Interface.language))
    }
}
