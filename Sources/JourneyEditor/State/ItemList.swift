import JourneyKit

/// The lists of a cell. (Interim: replaced by JourneyKit's `ItemList` when typed items land.)
public enum ItemList: String, Hashable, Sendable, CaseIterable {
    case painPoints
    case opportunities
}

extension Cell {
    /// The texts of one of the cell's lists.
    func texts(_ list: ItemList) -> [String] {
        switch list {
        case .painPoints: painPoints
        case .opportunities: opportunities
        }
    }

    /// Changes one of the cell's lists.
    mutating func updateTexts(_ list: ItemList, _ body: (inout [String]) -> Void) {
        switch list {
        case .painPoints: body(&painPoints)
        case .opportunities: body(&opportunities)
        }
    }
}
