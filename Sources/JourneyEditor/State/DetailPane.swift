import JourneyKit

/// Moving the selection through a cell's lists (pain points, then opportunities, in the order
/// of ``ItemList/allCases``), as the detail pane lists them.
enum DetailPane {
    /// The first item of the cell, or `nil` when every list is empty.
    static func first(in cell: Cell) -> DetailSelection? {
        flatten(cell).first
    }

    /// The nearest valid selection to `selection` after the cell changed: the same place in its
    /// list, else the nearest item of the lists after it, else before it.
    static func clamp(_ selection: DetailSelection, in cell: Cell) -> DetailSelection? {
        let count = cell[list: selection.list].count
        if count > 0 { return DetailSelection(list: selection.list, index: min(selection.index, count - 1)) }
        let lists = ItemList.allCases
        let start = lists.firstIndex(of: selection.list) ?? 0
        for list in lists[start...] + lists[..<start] where !cell[list: list].isEmpty {
            return DetailSelection(list: list, index: min(selection.index, cell[list: list].count - 1))
        }
        return nil
    }

    /// The next item down (`step` 1) or up (`step` -1), crossing from one list into the next.
    static func step(_ selection: DetailSelection?, by step: Int, in cell: Cell) -> DetailSelection? {
        let all = flatten(cell)
        guard !all.isEmpty else { return nil }
        guard let selection, let position = all.firstIndex(of: selection) else { return all.first }
        return all[max(0, min(all.count - 1, position + step))]
    }

    /// The selection in the next list that has items (round to the first), at the same position
    /// where possible.
    static func switchList(_ selection: DetailSelection?, in cell: Cell) -> DetailSelection? {
        let lists = ItemList.allCases
        let start = selection.flatMap { lists.firstIndex(of: $0.list) }.map { $0 + 1 } ?? 0
        for list in lists[min(start, lists.count)...] + lists[..<min(start, lists.count)] where list != selection?.list && !cell[list: list].isEmpty {
            return DetailSelection(list: list, index: min(selection?.index ?? 0, cell[list: list].count - 1))
        }
        return selection ?? first(in: cell)
    }

    /// The texts of one of the cell's lists.
    static func items(_ list: ItemList, of cell: Cell) -> [String] {
        cell.texts(list)
    }

    /// Every item's selection, list by list.
    static func flatten(_ cell: Cell) -> [DetailSelection] {
        ItemList.allCases.flatMap { list in cell[list: list].indices.map { DetailSelection(list: list, index: $0) } }
    }
}

extension DetailPane {
    /// The item an `:item edit` prompt's arguments (`pain 2`) name.
    static func selection(fromArguments arguments: String) -> DetailSelection? {
        let words = arguments.split(separator: " ")
        guard words.count >= 2, let list = ItemList.allCases.first(where: { $0.commandWord == words[0] }), let number = Int(words[1]), number >= 1 else { return nil }
        return DetailSelection(list: list, index: number - 1)
    }
}
