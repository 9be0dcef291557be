import ArgumentParser
import Foundation
import JourneyKit

/// Where `journey` starts: takes `--lang` out of the arguments (see ``LanguageChoice``), refuses
/// a first word that is neither a command nor a map, parses with ArgumentParser, runs the command,
/// and prints the parser's help and errors in the interface's language.
@main
enum CommandLineEntry {
    static func main() {
        let choice = LanguageChoice(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
        if let problem = choice.problem {
            exit(withUsageError: [problem.text])
        }
        if let word = unknownCommand(firstOf: choice.arguments) {
            exit(withUnknownCommand: word)
        }
        do {
            var command = try Journey.parseAsRoot(choice.arguments)
            if let edit = command as? EditCommand, choice.arguments.first != EditCommand.configuration.commandName,
               let file = edit.file, !looksLikeMap(file) {
                exit(withUnknownCommand: file)
            }
            try command.run()
        } catch {
            exit(withError: error)
        }
        Foundation.exit(ExitCode.success.rawValue)
    }

    /// The first argument when it is a bare word that names no command and no map: not an
    /// existing file and not a name ending in `.journey`.
    static func unknownCommand(firstOf arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !Journey.commandNames.contains(first), !looksLikeMap(first) else {
            return nil
        }
        return first
    }

    /// Whether a word can be the map the editor opens: an existing file, or a `.journey` name.
    static func looksLikeMap(_ word: String) -> Bool {
        MapFormat.journey.matches(path: word) || StandardStreams.exists(word)
    }

    /// Says that a word is no command, suggests the closest ones, and exits with the usage status.
    static func exit(withUnknownCommand word: String) -> Never {
        let names = Journey.commandNames
        exit(withUsageError: [
            CLIStrings.unknownCommand(word, suggestions: CommandSuggestion.closest(to: word, among: names)).text,
            CLIStrings.openAMapInstead(word).text,
            CLIStrings.commandList(names).text,
        ])
    }

    /// Prints a usage error (`Error: ` and its lines) and exits with the usage status (64).
    static func exit(withUsageError lines: [String]) -> Never {
        StandardStreams.error(ParserOutputTranslation.errorPrefix + (lines + [CLIStrings.seeHelp.text]).joined(separator: "\n"))
        Foundation.exit(ExitCode.validationFailure.rawValue)
    }

    /// Prints what ArgumentParser has to say about an error (or a help request) in the interface's
    /// language, and exits with its status, as `ParsableCommand.exit(withError:)` does.
    static func exit(withError error: Error) -> Never {
        let code = Journey.exitCode(for: error)
        let text = ParserOutputTranslation.translate(Journey.fullMessage(for: error), to: Interface.language)
        if !text.isEmpty {
            if code.isSuccess { StandardStreams.output(text) } else { StandardStreams.error(text) }
        }
        Foundation.exit(code.rawValue)
    }
}
