import JourneyKit

/// Moving the selection through a cell's pain points and then its opportunities, as the detail
/// pane lists them.
enum DetailPane {
    /// The first item of the cell, or `nil` when both lists are empty.
    static func first(in cell: Cell) -> DetailSelection? {
        if !cell[list: .painPoints].isEmpty { return DetailSelection(list: .painPoints, index: 0) }
        if !cell[list: .opportunities].isEmpty { return DetailSelection(list: .opportunities, index: 0) }
        return nil
    }

    /// The nearest valid selection to `selection` after the cell changed.
    static func clamp(_ selection: DetailSelection, in cell: Cell) -> DetailSelection? {
        let count = items(selection.list, of: cell).count
        if count > 0 { return DetailSelection(list: selection.list, index: min(selection.index, count - 1)) }
        let other: DetailSelection.List = selection.list == .painPoints ? .opportunities : .painPoints
        let otherCount = items(other, of: cell).count
        return otherCount > 0 ? DetailSelection(list: other, index: min(selection.index, otherCount - 1)) : nil
    }

    /// The next item down (`step` 1) or up (`step` -1), crossing from pain points to opportunities.
    static func step(_ selection: DetailSelection?, by step: Int, in cell: Cell) -> DetailSelection? {
        let all = flatten(cell)
        guard !all.isEmpty else { return nil }
        guard let selection, let position = all.firstIndex(of: selection) else { return all.first }
        return all[max(0, min(all.count - 1, position + step))]
    }

    /// The selection in the other list, at the same position where possible.
    static func switchList(_ selection: DetailSelection?, in cell: Cell) -> DetailSelection? {
        let list: DetailSelection.List = selection?.list == .painPoints ? .opportunities : .painPoints
        let count = items(list, of: cell).count
        guard count > 0 else { return selection ?? first(in: cell) }
        return DetailSelection(list: list, index: min(selection?.index ?? 0, count - 1))
    }

    /// One of the cell's lists.
    static func items(_ list: DetailSelection.List, of cell: Cell) -> [String] {
        cell[list: list == .painPoints ? .painPoints : .opportunities].map(\.text)
    }

    /// Every item's selection, pain points first.
    static func flatten(_ cell: Cell) -> [DetailSelection] {
        cell[list: .painPoints].indices.map { DetailSelection(list: .painPoints, index: $0) }
            + cell[list: .opportunities].indices.map { DetailSelection(list: .opportunities, index: $0) }
    }
}
