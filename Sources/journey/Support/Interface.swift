import ArgumentParser
import Foundation
import JourneyKit

/// The language the command line speaks, chosen once per run: `--lang en|es` anywhere before
/// `--`, or else the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`, `LANGUAGE`; see
/// ``Language/preferred(environment:)``).
///
/// `--lang` is read and removed before ArgumentParser sees the arguments, so that it is global
/// (`journey --lang es check f.journey` and `journey check f.journey --lang es` alike) and so
/// that the help itself is in that language (`journey --lang es --help`).
enum Interface {
    /// The interface language of this run.
    static let language: Language = LanguageChoice(
        arguments: Array(CommandLine.arguments.dropFirst()),
        environment: ProcessInfo.processInfo.environment).language
}

/// The arguments of a run with `--lang` taken out, and the language it chose.
struct LanguageChoice {
    /// The language: `--lang`'s when it names one, the environment's otherwise.
    var language: Language
    /// The arguments without `--lang` and its value.
    var arguments: [String]
    /// What is wrong with `--lang`, when something is.
    var problem: CLIStrings?

    /// The option's name.
    static let optionName = "--lang"

    /// Scans arguments for `--lang VALUE` and `--lang=VALUE` up to a `--`; the last one counts.
    init(arguments: [String], environment: [String: String]) {
        var language = Language.preferred(environment: environment)
        var problem: CLIStrings?
        var remaining: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" {
                remaining += arguments[index...]
                break
            }
            var value: String?
            if argument == Self.optionName {
                index += 1
                guard index < arguments.endIndex else {
                    problem = .languageNeedsValue
                    break
                }
                value = arguments[index]
            } else if argument.hasPrefix(Self.optionName + "=") {
                value = String(argument.dropFirst(Self.optionName.count + 1))
            }
            if let value {
                if let chosen = Language(code: value) {
                    language = chosen
                } else {
                    problem = .unknownLanguage(value)
                }
            } else {
                remaining.append(argument)
            }
            index += 1
        }
        self.language = language
        self.arguments = remaining
        self.problem = problem
    }
}

/// The `--lang` option as every command's help and shell completion show it. Its value is taken
/// out of the arguments before parsing (see ``LanguageChoice``), so it is never set here.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"),
            help: ArgumentHelp(OptionHelp.language.text, valueName: OptionHelp.languageValue.text),
            completion: .list(Language.allCases.map(\.rawValue)))
    var lang: String?
}
