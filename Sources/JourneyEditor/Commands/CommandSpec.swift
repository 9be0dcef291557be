import JourneyKit

/// One entry of the ``CommandTable``: everything about one editor command, defined once.
///
/// Its `:` name and aliases and its argument grammar drive parsing and Tab completion; its keys
/// drive the key bindings; its help line and section drive the `?` screen, `journey help keys` and
/// the README's tables.
struct CommandSpec: Sendable {
    /// The `:` name, one or two words: `w`, `stage add`.
    var name: String
    /// Other spellings of the name: `write`, `st add`.
    var aliases: [String] = []
    /// What the command takes after its name.
    var syntax: ArgumentSyntax = .none
    /// Builds the command from the text after the name (trimmed, except for raw text).
    var parse: @Sendable (_ arguments: String) -> Result<EditorCommand, EditorNotice>
    /// The keys that run it, by context.
    var keys: [KeyBinding] = []
    /// For keys that open a prompt: what the prompt shows and how it completes the command.
    var prompt: PromptSpec?
    /// Where the help lists it.
    var section: HelpSection
    /// What it does, for the help.
    var help: LocalizedText
    /// Whether the `:` form is listed in the help (`false` for commands whose keys say it all).
    var listsCommand = true

    /// The command's name and usage as typed: `:stage add NAME`.
    func usageLine(in language: Language) -> String {
        let usage = syntax.usage(in: language)
        return ":" + name + (usage.isEmpty ? "" : " " + usage)
    }
}

/// How a key-opened prompt completes its command.
struct PromptSpec: Sendable {
    /// The label before the text on the status line.
    var label: LocalizedText
    /// The text it starts with (the value being replaced), if any.
    var prefill: @Sendable (EditorState) -> String? = { _ in nil }
    /// Whether pasting several lines adds one item per line.
    var splitsPastedLines: ItemList? = nil
    /// What must exist before the prompt opens.
    var requires: PromptRequirement = .nothing
}

/// What a prompt's command needs, checked before the prompt opens rather than after typing.
enum PromptRequirement: Sendable {
    case nothing
    /// A cell under the cursor.
    case cell
    /// A stage or touchpoint under the cursor.
    case line(MapAxis)
}

/// A sentence given in both languages where it is defined (command help lines, prompt labels).
struct LocalizedText: Hashable, Sendable, Localized {
    var english: String
    var spanish: String

    init(en english: String, es spanish: String) {
        self.english = english
        self.spanish = spanish
    }

    func text(in language: Language) -> String {
        language.choose(en: english, es: spanish)
    }
}

/// The groups of the help screen and of the README's tables.
enum HelpSection: CaseIterable, Sendable {
    case move, cell, detail, workshop, structure, files

    func title(in language: Language) -> String {
        switch self {
        case .move: language.choose(en: "Move", es: "Moverse")
        case .cell: language.choose(en: "Edit the cell", es: "Editar la celda")
        case .detail: language.choose(en: "Detail pane (Tab)", es: "Panel de detalle (Tab)")
        case .workshop: language.choose(en: "Workshop: votes, evidence, analysis", es: "Taller: votos, evidencia, análisis")
        case .structure: language.choose(en: "Stages and touchpoints", es: "Etapas y puntos de contacto")
        case .files: language.choose(en: "Map and files", es: "Mapa y archivos")
        }
    }
}
