import ArgumentParser

/// The `journey` command: opens the editor on a map, or runs one of the subcommands.
@main
struct Journey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journey",
        abstract: "Map customer journeys in the terminal, as plain text that diffs and merges in git.",
        discussion: """
            Open a map in the editor with `journey FILE` (a missing FILE is created on the first save, \
            from --template). The other commands work on map files for scripts and CI.

            Examples:
              journey shop.journey --template five-stage
              journey check maps/*.journey
              journey export shop.journey --format markdown -o shop.md
            """,
        version: JourneyVersion.current,
        subcommands: [
            EditCommand.self, NewCommand.self, CheckCommand.self, FormatCommand.self,
            ExportCommand.self, ImportCommand.self, MergeCommand.self, TemplatesCommand.self,
        ],
        defaultSubcommand: EditCommand.self
    )
}
