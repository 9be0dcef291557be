/// The lists of items a ``Cell`` holds, and everything that differs from one list to another:
/// how the `.journey` format and the JSON interchange form name it, and which attributes its
/// items may carry.
///
/// Code that handles items walks ``allCases`` rather than naming the lists, so a third list is
/// one new case here (and its storage in ``Cell``), not a new branch everywhere.
///
/// ```swift
/// for list in ItemList.allCases {
///     print(list.fieldKey, cell[list: list].count)   // "pain 2", "opportunity 1"
/// }
/// ```
public enum ItemList: Int, CaseIterable, Sendable, Hashable {
    /// What frustrates, confuses or stops the customer.
    case painPoints
    /// What the team could do about it.
    case opportunities

    /// The `.journey` field that holds one item of this list: `pain`, `opportunity`.
    public var fieldKey: String {
        switch self {
        case .painPoints: "pain"
        case .opportunities: "opportunity"
        }
    }

    /// The class the HTML export gives this list's items: `pains`, `opportunities`.
    public var htmlClass: String {
        switch self {
        case .painPoints: "pains"
        case .opportunities: "opportunities"
        }
    }

    /// The CSV column that holds this list: `pain_points`, `opportunities`.
    public var csvColumn: String {
        switch self {
        case .painPoints: "pain_points"
        case .opportunities: "opportunities"
        }
    }

    /// The member of a JSON cell object that holds this list: `painPoints`, `opportunities`.
    public var jsonName: String {
        switch self {
        case .painPoints: "painPoints"
        case .opportunities: "opportunities"
        }
    }

    /// The list's name as a heading or a count names it: `Pain points`, `Opportunities`.
    public var title: String {
        switch self {
        case .painPoints: "Pain points"
        case .opportunities: "Opportunities"
        }
    }

    /// One item of the list, as a message names it: `a pain point`, `an opportunity`.
    public var oneItem: String {
        switch self {
        case .painPoints: "a pain point"
        case .opportunities: "an opportunity"
        }
    }

    /// The attributes an item of this list may carry, in the order files write them.
    ///
    /// Every list takes votes; only opportunities are scored (impact, effort) and given an owner.
    public var attributes: [ItemAttributeKind] {
        switch self {
        case .painPoints: [.votes]
        case .opportunities: [.votes, .impact, .effort, .owner]
        }
    }

    /// Whether an item of this list may carry `attribute`.
    public func allows(_ attribute: ItemAttributeKind) -> Bool {
        attributes.contains(attribute)
    }
}

/// The attributes journey knows on a list item, named as both the `.journey` format and the JSON
/// interchange form name them.
public enum ItemAttributeKind: String, CaseIterable, Sendable, Hashable {
    /// Dot votes: a whole number from 0.
    case votes
    /// How much acting on it would help: 1 (little) to 5 (a lot).
    case impact
    /// How much acting on it would cost: 1 (little) to 5 (a lot).
    case effort
    /// Who takes it: a team or a person.
    case owner
}
