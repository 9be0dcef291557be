import JourneyKit

/// Turns what was typed after `:` into an ``EditorCommand``, or a message saying what is wrong.
///
/// ```swift
/// CommandLineParser.parse("touchpoint add Checkout | web")
/// // .success(.addTouchpoint("Checkout", channel: "web"))
/// CommandLineParser.parse("emotion 7")
/// // .failure("':emotion' takes a score from -2 to 2 …")
/// ```
public enum CommandLineParser {
    /// A parse failure: a message for the status line.
    public struct Failure: Error, Hashable, Sendable {
        /// What is wrong and what was expected.
        public var message: String
    }

    /// Every command word, with its sub-words, for Tab completion and the help screen.
    public static let grammar: [(word: String, subwords: [String])] = [
        ("w", []), ("w!", []), ("q", []), ("q!", []), ("wq", []), ("x", []),
        ("stage", ["add", "rename", "delete", "move", "goal"]),
        ("touchpoint", ["add", "rename", "delete", "move", "channel"]),
        ("title", []), ("persona", []), ("scenario", []), ("kind", JourneyKind.allCases.map(\.rawValue)),
        ("note", []), ("emotion", ["-2", "-1", "0", "+1", "+2", "none"]), ("feeling", []),
        ("pain", []), ("opportunity", []), ("goal", []), ("channel", []),
        ("export", EditorCommand.ExportFormat.allCases.map(\.rawValue)),
        ("undo", []), ("redo", []), ("help", []), ("mouse", ["on", "off"]), ("search", []),
    ]

    /// Parses a command line (without the leading `:`).
    public static func parse(_ line: String) -> Result<EditorCommand, Failure> {
        let trimmed = line.trimmingSpaces()
        let (word, rest) = splitWord(trimmed)
        switch word {
        case "":
            return fail("Type a command after ':', such as ':stage add Onboarding'; ':help' lists them all")
        case "w", "write":
            return .success(.save(path: rest.isEmpty ? nil : rest))
        case "w!", "write!":
            return .success(.save(path: rest.isEmpty ? nil : rest, force: true))
        case "q", "quit":
            return rest.isEmpty ? .success(.quit(force: false)) : fail("':q' takes no argument; ':q!' quits without saving")
        case "q!", "quit!":
            return .success(.quit(force: true))
        case "wq", "x", "exit":
            return .success(.saveAndQuit)
        case "stage", "st":
            return parseStage(rest)
        case "touchpoint", "tp", "touch":
            return parseTouchpoint(rest)
        case "title":
            return rest.isEmpty ? fail("':title' needs the new title, such as ':title Checkout journey'") : .success(.setTitle(rest))
        case "persona":
            return .success(.setPersona(rest.isEmpty ? nil : rest))
        case "scenario":
            return .success(.setScenario(rest.isEmpty ? nil : rest))
        case "kind":
            guard let kind = JourneyKind(rawValue: rest) else {
                return fail("':kind' takes one of \(JourneyKind.allSpellings)")
            }
            return .success(.setKind(kind))
        case "note":
            return .success(.setNote(rest))
        case "emotion", "em":
            return parseEmotion(rest)
        case "feeling":
            return .success(.setFeeling(rest.isEmpty ? nil : rest))
        case "pain", "painpoint", "pain-point":
            return rest.isEmpty ? fail("':pain' needs the pain point's text") : .success(.addPainPoint(rest))
        case "opportunity", "opp":
            return rest.isEmpty ? fail("':opportunity' needs the opportunity's text") : .success(.addOpportunity(rest))
        case "goal":
            return .success(.setGoal(rest.isEmpty ? nil : rest))
        case "channel":
            return .success(.setChannel(rest.isEmpty ? nil : rest))
        case "export":
            let (format, path) = splitWord(rest)
            let formatName = format == "md" ? "markdown" : format
            guard let exportFormat = EditorCommand.ExportFormat(rawValue: formatName) else {
                return fail("':export' takes a format (markdown or json) and a path, such as ':export markdown map.md'")
            }
            guard !path.isEmpty else { return fail("':export \(formatName)' needs a path to write to") }
            return .success(.export(exportFormat, path: path))
        case "undo", "u":
            return .success(.undo)
        case "redo":
            return .success(.redo)
        case "help", "h", "?":
            return .success(.help)
        case "mouse":
            switch rest {
            case "": return .success(.setMouse(nil))
            case "on": return .success(.setMouse(true))
            case "off": return .success(.setMouse(false))
            default: return fail("':mouse' takes on or off")
            }
        case "search", "find", "/":
            return rest.isEmpty ? fail("':search' needs the text to look for") : .success(.search(rest))
        default:
            return fail("Unknown command ':\(word)'; ':help' lists the commands")
        }
    }

    private static func parseStage(_ arguments: String) -> Result<EditorCommand, Failure> {
        let (verb, rest) = splitWord(arguments)
        switch verb {
        case "add", "new":
            return rest.isEmpty ? fail("':stage add' needs a name, such as ':stage add Onboarding'") : .success(.addStage(rest))
        case "rename":
            return rest.isEmpty ? fail("':stage rename' needs the new name") : .success(.renameStage(rest))
        case "delete", "del", "remove":
            return rest.isEmpty ? .success(.deleteStage) : fail("':stage delete' deletes the cursor's stage and takes no argument")
        case "move":
            switch rest {
            case "left": return .success(.moveStage(.left))
            case "right": return .success(.moveStage(.right))
            default: return fail("':stage move' takes left or right")
            }
        case "goal":
            return .success(.setGoal(rest.isEmpty ? nil : rest))
        default:
            return fail("':stage' takes add NAME, rename NAME, delete, move left|right or goal TEXT")
        }
    }

    private static func parseTouchpoint(_ arguments: String) -> Result<EditorCommand, Failure> {
        let (verb, rest) = splitWord(arguments)
        switch verb {
        case "add", "new":
            guard !rest.isEmpty else { return fail("':touchpoint add' needs a name, such as ':touchpoint add Checkout | web'") }
            let (name, channel) = splitNameAndChannel(rest)
            guard !name.isEmpty else { return fail("':touchpoint add' needs a name before '|'") }
            return .success(.addTouchpoint(name, channel: channel))
        case "rename":
            return rest.isEmpty ? fail("':touchpoint rename' needs the new name") : .success(.renameTouchpoint(rest))
        case "delete", "del", "remove":
            return rest.isEmpty ? .success(.deleteTouchpoint) : fail("':touchpoint delete' deletes the cursor's touchpoint and takes no argument")
        case "move":
            switch rest {
            case "up": return .success(.moveTouchpoint(.up))
            case "down": return .success(.moveTouchpoint(.down))
            default: return fail("':touchpoint move' takes up or down")
            }
        case "channel":
            return .success(.setChannel(rest.isEmpty ? nil : rest))
        default:
            return fail("':touchpoint' takes add NAME [| CHANNEL], rename NAME, delete, move up|down or channel TEXT")
        }
    }

    private static func parseEmotion(_ arguments: String) -> Result<EditorCommand, Failure> {
        let (score, feeling) = splitWord(arguments)
        if score == "none" || score == "clear" {
            return .success(.setEmotion(nil, feeling: nil))
        }
        guard let emotion = Emotion(parsing: score) else {
            return fail("':emotion' takes a score from -2 to 2 and an optional feeling, such as ':emotion -1 frustrated'")
        }
        return .success(.setEmotion(emotion, feeling: feeling.isEmpty ? nil : feeling))
    }

    /// Splits `Name | channel` at the last `|`; the channel is `nil` when absent or empty.
    public static func splitNameAndChannel(_ text: String) -> (name: String, channel: String?) {
        guard let bar = text.lastIndex(of: "|") else { return (text.trimmingSpaces(), nil) }
        let name = text[..<bar].trimmingSpaces()
        let channel = text[text.index(after: bar)...].trimmingSpaces()
        return (name, channel.isEmpty ? nil : channel)
    }

    /// The first word and the rest, both trimmed.
    static func splitWord(_ text: String) -> (String, String) {
        let trimmed = text.trimmingSpaces()
        guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return (trimmed, "") }
        return (String(trimmed[..<space]), trimmed[space...].trimmingSpaces())
    }

    private static func fail(_ message: String) -> Result<EditorCommand, Failure> {
        .failure(Failure(message: message))
    }

    /// The ways to complete a partly typed command line, as whole lines, for Tab.
    ///
    /// `"st"` gives `["stage "]`; `"stage m"` gives `["stage move "]`; `"kind f"` gives
    /// `["kind future-state"]`. Free text (names, notes, paths) is not completed.
    public static func completions(for line: String) -> [String] {
        let leading = line.prefix { $0 == " " }
        let body = line.dropFirst(leading.count)
        guard let space = body.firstIndex(of: " ") else {
            return grammar.map(\.word).filter { $0.hasPrefix(body) && $0 != String(body) || $0 == String(body) }
                .map { word in
                    let takesMore = word != "q" && word != "q!" && word != "wq" && word != "x" && word != "undo" && word != "redo" && word != "help"
                    return String(leading) + word + (takesMore ? " " : "")
                }
        }
        let word = String(body[..<space])
        let rest = body[body.index(after: space)...]
        guard let entry = grammar.first(where: { $0.word == word }), !entry.subwords.isEmpty else { return [] }
        let (sub, afterSub) = splitWord(String(rest))
        if afterSub.isEmpty && !rest.hasSuffix(" ") || rest.isEmpty {
            let prefix = rest.isEmpty ? "" : sub
            let closes = word == "kind" || word == "emotion" || word == "mouse"
            let matches = entry.subwords.filter { $0.hasPrefix(prefix) }
            return matches.map { String(leading) + word + " " + $0 + (closes ? "" : " ") }
        }
        if word == "stage" && sub == "move" {
            return ["left", "right"].filter { $0.hasPrefix(afterSub) }.map { String(leading) + "stage move " + $0 }
        }
        if word == "touchpoint" && sub == "move" {
            return ["up", "down"].filter { $0.hasPrefix(afterSub) }.map { String(leading) + "touchpoint move " + $0 }
        }
        return []
    }
}

extension StringProtocol {
    /// The text without spaces or tabs at either end (what the command line ignores).
    func trimmingSpaces() -> String {
        guard let first = firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(self[first...last])
    }
}
