import JourneyKit

/// The key and command reference, from the ``CommandTable``: the `?` help screen, the hints of
/// `s` and `t`, and the Markdown tables of `journey help keys` and the README.
public enum CommandReference {
    /// A group of the reference: a title and (keys or command, what it does) rows.
    public struct Section: Sendable, Equatable {
        /// The group's title.
        public var title: String
        /// The rows: keys (or a command's usage) and what they do.
        public var rows: [Row]
    }

    /// One row of the reference.
    public struct Row: Sendable, Equatable {
        /// The keys (groups of keys that do the same, two spaces apart), or a command's usage.
        public var keys: String
        /// What it does.
        public var text: String
        /// The groups of keys, each as typed: `Enter i`, `s a` (empty for a command).
        var keyGroups: [String] = []
    }

    /// The keys, section by section, then the `:` commands.
    public static func sections(in language: Language) -> [Section] {
        var result = HelpSection.allCases.map { section in
            Section(title: section.title(in: language), rows: CommandTable.all.filter { $0.section == section && !$0.keys.isEmpty }.map { spec in
                Row(keys: keyGroups(spec).joined(separator: "  "), text: spec.help.text(in: language), keyGroups: keyGroups(spec))
            })
        }
        result.append(Section(title: language.choose(en: "Commands (:)", es: "Órdenes (:)"),
                              rows: CommandTable.all.filter(\.listsCommand).map { spec in
                                  Row(keys: spec.usageLine(in: language), text: spec.help.text(in: language))
                              }))
        return result.filter { !$0.rows.isEmpty }
    }

    /// The keys of a command, a group per binding, as typed: `Enter i`, `s a`, `M h ←`. A prefix
    /// key that only starts the others (`M`) is shown within them.
    static func keyGroups(_ spec: CommandSpec) -> [String] {
        var seen = Set<String>()
        let prefixed = spec.keys.contains { $0.context == .cellMovePrefix }
        return spec.keys.compactMap { binding in
            if prefixed, case .cellMovePrefix = binding.action { return nil }
            let keys = binding.keys.map(KeyNames.name(of:)).joined(separator: " ")
            let text = switch binding.context {
            case .grid, .detail: keys
            case .stagePrefix: "s " + keys
            case .touchpointPrefix: "t " + keys
            case .cellMovePrefix: "M " + keys
            }
            return seen.insert(text).inserted ? text : nil
        }
    }

    /// What `s` or `t` waits for, from the table: "Stage: a add · r rename …".
    static func prefixHint(_ axis: MapAxis, in language: Language) -> String {
        let context: KeyContext = axis == .stage ? .stagePrefix : .touchpointPrefix
        let parts = CommandTable.all.flatMap { spec in
            spec.keys.filter { $0.context == context }.map { binding in
                binding.keys.map(KeyNames.name(of:)).joined(separator: "/") + " " + verb(of: spec, in: language)
            }
        }
        let title = axis == .stage ? ModelStrings.stage.text(in: language) : ModelStrings.touchpoint.text(in: language)
        return title + ": " + (parts + [language.choose(en: "Esc cancel", es: "Esc cancelar")]).joined(separator: " · ")
    }

    /// What `M` waits for.
    static func cellMoveHint(in language: Language) -> String {
        language.choose(en: "Move the cell: h/← left · l/→ right · k/↑ up · j/↓ down · Esc cancel",
                        es: "Mover la celda: h/← izquierda · l/→ derecha · k/↑ arriba · j/↓ abajo · Esc cancelar")
    }

    /// A command's verb for the prefix hint: the second word of its name, in the language.
    private static func verb(of spec: CommandSpec, in language: Language) -> String {
        switch spec.name.split(separator: " ").last.map(String.init) ?? spec.name {
        case "add": language.choose(en: "add", es: "añadir")
        case "rename": language.choose(en: "rename", es: "renombrar")
        case "delete": language.choose(en: "delete", es: "borrar")
        case "move": language.choose(en: "move", es: "mover")
        case "goal": language.choose(en: "goal", es: "objetivo")
        case "channel": language.choose(en: "channel", es: "canal")
        default: spec.name
        }
    }

    /// The reference as Markdown tables, for `journey help keys` and the README.
    public static func markdown(in language: Language) -> String {
        var lines: [String] = []
        for section in sections(in: language) {
            lines += ["### " + section.title, ""]
            let isCommands = section.rows.first?.keys.hasPrefix(":") ?? false
            lines.append(isCommands ? language.choose(en: "| Command | What it does |", es: "| Orden | Qué hace |")
                                    : language.choose(en: "| Keys | What they do |", es: "| Teclas | Qué hacen |"))
            lines.append("| --- | --- |")
            for row in section.rows {
                let keys = row.keyGroups.map { "`" + cell($0) + "`" }.joined(separator: " ")
                lines.append("| \(isCommands ? "`" + cell(row.keys) + "`" : keys) | \(cell(row.text)) |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// Text safe inside a Markdown table cell.
    private static func cell(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "|" { escaped += "\\" }
            escaped.append(character)
        }
        return escaped
    }
}
