import JourneyKit

/// What text being typed is for: the command its text completes when Enter confirms it.
public enum PromptPurpose: Hashable, Sendable {
    /// The note of a cell, edited in place in the grid; completes `:note` on that cell.
    case note(CellPosition)
    /// A whole `:` command line.
    case commandLine
    /// The text a command needs: `name` in the ``CommandTable``, run on the cell the prompt was
    /// opened on, with `arguments` before the typed text (`pain 2` for `:item edit pain 2 TEXT`).
    case command(name: String, target: CellPosition, arguments: String = "")

    /// Whether the text may hold line breaks (notes only).
    var allowsLineBreaks: Bool {
        if case .note = self { return true }
        return false
    }

    /// Whether ↑ and ↓ browse the history of command lines and searches.
    var browsesHistory: Bool {
        switch self {
        case .commandLine: true
        case .command(let name, _, _): name == "search"
        case .note: false
        }
    }
}

extension PromptPurpose {
    /// The label shown before the text on the status line, in a language: `:`, `/`, "New stage".
    public func label(in language: Language) -> String {
        switch self {
        case .note: return ModelStrings.note.text(in: language)
        case .commandLine: return ":"
        case .command(let name, _, let arguments):
            if name == "item edit", let list = ItemList.allCases.first(where: { arguments.hasPrefix($0.commandWord + " ") }) {
                return list.traits.singular.text(in: language)
            }
            return CommandTable.spec(named: name)?.prompt?.label.text(in: language) ?? ":" + name
        }
    }
}
