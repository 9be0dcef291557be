import JourneyKit

/// The string catalogue's version of what swift-argument-parser itself prints: the headings of
/// the help, its own option help, and its usage errors.
///
/// The English text is exactly what ArgumentParser writes, with `{0}`, `{1}`… where it puts a
/// value; ``ParserOutputTranslation`` finds it in the parser's output and writes the text in the
/// interface's language in its place, with the same values.
enum ParserStrings: CaseIterable, Localized {
    // The help's headings and closing line
    case overview, usage, arguments, options, subcommands, detailedHelp
    // The help's own words inside lines
    case subcommandPlaceholder, defaultSubcommand, showVersion, showHelp, defaultValue, values, defaultAfterValues
    // An error's lines
    case helpLine, usageLine, moreInformation
    // Error messages, the longer ones of a family first
    case unknownOptionDidYouMean, unknownOption, missingArgument, missingOneOf, unexpectedArgument, unexpectedArguments
    case missingValue, noValueTaken, invalidValueWithChoices, invalidValue, missingSubcommand, valueSetTwice

    /// Where the text stands in a line of the parser's output.
    enum Place {
        /// At the start of a line (the rest of the line follows).
        case linePrefix
        /// The whole line.
        case line
        /// The whole message after `Error: `.
        case errorMessage
        /// Anywhere inside a line.
        case fragment
    }

    var place: Place {
        switch self {
        case .overview, .usage, .helpLine, .usageLine: .linePrefix
        case .arguments, .options, .subcommands, .detailedHelp, .moreInformation: .line
        case .subcommandPlaceholder, .defaultSubcommand, .showVersion, .showHelp, .defaultValue, .values, .defaultAfterValues: .fragment
        default: .errorMessage
        }
    }

    func text(in language: Language) -> String {
        switch self {
        case .overview: language.choose(en: "OVERVIEW: ", es: "RESUMEN: ")
        case .usage: language.choose(en: "USAGE: ", es: "USO:   ")
        case .arguments: language.choose(en: "ARGUMENTS:", es: "ARGUMENTOS:")
        case .options: language.choose(en: "OPTIONS:", es: "OPCIONES:")
        case .subcommands: language.choose(en: "SUBCOMMANDS:", es: "SUBCOMANDOS:")
        case .detailedHelp:
            language.choose(en: "  See '{0} <subcommand>' for detailed help.",
                            es: "  Consulte '{0} <subcomando>' para ver la ayuda detallada.")
        case .subcommandPlaceholder: language.choose(en: "<subcommand>", es: "<subcomando>")
        case .defaultSubcommand: language.choose(en: " (default)", es: " (predeterminado)")
        case .showVersion: language.choose(en: "Show the version.", es: "Muestra la versión.")
        case .showHelp: language.choose(en: "Show help information.", es: "Muestra esta ayuda.")
        case .defaultValue: language.choose(en: "(default:", es: "(predeterminado:")
        case .values: language.choose(en: "(values:", es: "(valores:")
        case .defaultAfterValues: language.choose(en: "; default:", es: "; predeterminado:")
        case .helpLine: language.choose(en: "Help:  ", es: "Ayuda: ")
        case .usageLine: language.choose(en: "Usage: ", es: "Uso:   ")
        case .moreInformation:
            language.choose(en: "  See '{0}' for more information.", es: "  Consulte '{0}' para más información.")
        case .unknownOptionDidYouMean:
            language.choose(en: "Unknown option '{0}'. Did you mean '{1}'?", es: "Opción desconocida '{0}'. ¿Quiso decir '{1}'?")
        case .unknownOption: language.choose(en: "Unknown option '{0}'", es: "Opción desconocida '{0}'")
        case .missingArgument: language.choose(en: "Missing expected argument '{0}'", es: "Falta el argumento '{0}'")
        case .missingOneOf: language.choose(en: "Missing one of: '{0}'", es: "Falta uno de: '{0}'")
        case .unexpectedArgument: language.choose(en: "Unexpected argument '{0}'", es: "Argumento inesperado '{0}'")
        case .unexpectedArguments:
            language.choose(en: "{0} unexpected arguments: '{1}'", es: "{0} argumentos inesperados: '{1}'")
        case .missingValue: language.choose(en: "Missing value for '{0}'", es: "Falta el valor de '{0}'")
        case .noValueTaken:
            language.choose(en: "The option '{0}' does not take any value, but '{1}' was specified.",
                            es: "La opción '{0}' no admite ningún valor, pero se indicó '{1}'.")
        case .invalidValueWithChoices:
            language.choose(en: "The value '{0}' is invalid for '{1}'. Please provide one of {2}.",
                            es: "El valor '{0}' no es válido para '{1}'. Indique uno de estos: {2}.")
        case .invalidValue: language.choose(en: "The value '{0}' is invalid for '{1}'", es: "El valor '{0}' no es válido para '{1}'")
        case .missingSubcommand: language.choose(en: "Missing required subcommand.", es: "Falta el subcomando.")
        case .valueSetTwice:
            language.choose(en: "Value to be set with {0} had already been set with {1}",
                            es: "El valor que se da con {0} ya se había dado con {1}")
        }
    }
}
