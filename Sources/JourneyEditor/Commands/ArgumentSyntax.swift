import JourneyKit

/// What a `:` command takes after its name: for parsing, for Tab completion and for the usage the
/// help and the error messages show.
public enum ArgumentSyntax: Hashable, Sendable {
    /// Nothing.
    case none
    /// Free text to the end of the line, trimmed; `optional` when it may be left out (which usually
    /// clears a value).
    case text(Placeholder, optional: Bool)
    /// One of fixed words.
    case choice([String], optional: Bool)
    /// A score from -2 to 2 (or `none`) and an optional feeling.
    case emotion
    /// A name, then optionally `|` and a channel.
    case nameAndChannel
    /// A list (`pain` or `opportunity`), an item's number and, for `text`, free text.
    case item(text: Placeholder?)
    /// A list, an item's number and a direction.
    case itemMove
    /// An export format and a path.
    case export([String])
    /// An opportunity's number and a score from 1 to 5 (or `none`).
    case opportunityScore
    /// An opportunity's number and, optionally, text.
    case opportunityOwner
    /// A number (of a source, counted from 1).
    case number
    /// A metric's name, its value and optionally its unit.
    case metric
    /// A duration, or `off`, `mute`, `unmute`.
    case timer
    /// A path, or `off`.
    case compare

    /// The usage after the command's name, in a language: `NAME`, `[PATH]`, `left|right`.
    public func usage(in language: Language) -> String {
        switch self {
        case .none: ""
        case .text(let placeholder, let optional): optional ? "[\(placeholder.text(in: language))]" : placeholder.text(in: language)
        case .choice(let words, let optional): optional ? "[\(words.joined(separator: "|"))]" : words.joined(separator: "|")
        case .emotion: "-2..2|none [\(Placeholder.feeling.text(in: language))]"
        case .nameAndChannel: "\(Placeholder.name.text(in: language)) [| \(Placeholder.channel.text(in: language))]"
        case .item(let text):
            "pain|opportunity N" + (text.map { " " + $0.text(in: language) } ?? "")
        case .itemMove: "pain|opportunity N up|down"
        case .export(let formats): "\(formats.joined(separator: "|")) \(Placeholder.path.text(in: language))"
        case .opportunityScore: "N 1-5|none"
        case .opportunityOwner: "N [\(Placeholder.text.text(in: language))]"
        case .number: "N"
        case .metric: "\(Placeholder.name.text(in: language)) \(Placeholder.value.text(in: language)) [\(Placeholder.unit.text(in: language))]"
        case .timer: "5m|90s|1m30s|off|mute|unmute"
        case .compare: "\(Placeholder.path.text(in: language))|off"
        }
    }

    /// Whether a prompt for this command needs typed text (an empty prompt changes nothing).
    var requiresText: Bool {
        switch self {
        case .text(_, let optional): !optional
        case .nameAndChannel: true
        default: false
        }
    }

    /// The words Tab offers for the first argument.
    var firstWords: [String] {
        switch self {
        case .choice(let words, _): words
        case .emotion: ["-2", "-1", "0", "+1", "+2", "none"]
        case .item, .itemMove: ItemList.allCases.map(\.commandWord)
        case .export(let formats): formats
        case .timer: ["off", "mute", "unmute"]
        case .compare: ["off"]
        case .none, .text, .nameAndChannel, .opportunityScore, .opportunityOwner, .number, .metric: []
        }
    }

    /// Whether a completed first argument ends the command (no space after it).
    var firstWordCloses: Bool {
        switch self {
        case .choice, .emotion, .timer, .compare: true
        default: false
        }
    }
}

/// The names of the values a command takes, as its usage shows them.
public enum Placeholder: Hashable, Sendable {
    case name, text, path, feeling, channel, title, value, unit

    public func text(in language: Language) -> String {
        switch self {
        case .name: language.choose(en: "NAME", es: "NOMBRE")
        case .text: language.choose(en: "TEXT", es: "TEXTO")
        case .path: language.choose(en: "PATH", es: "RUTA")
        case .feeling: language.choose(en: "FEELING", es: "SENTIMIENTO")
        case .channel: language.choose(en: "CHANNEL", es: "CANAL")
        case .title: language.choose(en: "TITLE", es: "TÍTULO")
        case .value: language.choose(en: "VALUE", es: "VALOR")
        case .unit: language.choose(en: "UNIT", es: "UNIDAD")
        }
    }
}
