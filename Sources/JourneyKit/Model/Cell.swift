/// What happens where a stage meets a touchpoint: what the customer does, how they feel,
/// what gets in their way and what the team could do about it, and how well research backs it.
///
/// ```swift
/// var cell = Cell()
/// cell.note = "Sees the mug ad and clicks through"
/// cell.emotion = Emotion(1)
/// cell.feeling = "curious"
/// cell[list: .painPoints] = [Item("The ad hides the price", votes: 2)]
/// cell.evidence = .researched
/// cell.sources = ["Encuesta oct. 2026, n=120"]
/// ```
public struct Cell: Sendable, Equatable {
    /// What the customer does here; free text that may span several lines. Empty when not noted.
    public var note: String
    /// How the customer feels, from -2 to +2, or `nil` when not rated.
    public var emotion: Emotion?
    /// How well research backs the cell, or `nil` when not stated. (Declared here, it takes a
    /// byte of the emotion's padding rather than a word of its own.)
    public var evidence: Evidence?
    /// A word for the feeling, such as "frustrated", or `nil`.
    public var feeling: String?
    /// Where what the cell says comes from (a survey, a link), in order; free text.
    public var sources: [String]
    /// Fields this version of journey does not know, kept for writing back.
    public var extraFields: [ExtraField]
    /// The items of each list, one stored property per case of ``ItemList``.
    private var painPointItems: [Item]
    private var opportunityItems: [Item]

    /// Creates a cell; every part defaults to empty.
    ///
    /// Attributes a list does not allow (an impact on a pain point) are dropped.
    public init(
        note: String = "",
        emotion: Emotion? = nil,
        feeling: String? = nil,
        lists: [ItemList: [Item]] = [:],
        evidence: Evidence? = nil,
        sources: [String] = [],
        extraFields: [ExtraField] = []
    ) {
        self.note = note
        self.emotion = emotion
        self.feeling = feeling
        self.evidence = evidence
        self.sources = sources
        self.extraFields = extraFields
        painPointItems = []
        opportunityItems = []
        for (list, items) in lists { self[list: list] = items }
    }

    /// An empty cell.
    public static let empty = Cell()

    /// The items of one list. Setting drops the attributes the list does not allow (see
    /// ``ItemList/attributes``), so that what is stored can always be written and read back.
    public subscript(list list: ItemList) -> [Item] {
        get {
            switch list {
            case .painPoints: painPointItems
            case .opportunities: opportunityItems
            }
        }
        set {
            var items = newValue
            if list.attributes.count < ItemAttributeKind.allCases.count {
                for index in items.indices where items[index].hasAttributes {
                    items[index].keepAttributes(allowedIn: list)
                }
            }
            switch list {
            case .painPoints: painPointItems = items
            case .opportunities: opportunityItems = items
            }
        }
    }

    /// Adds an item at the end of a list, dropping the attributes the list does not allow.
    public mutating func append(_ item: Item, to list: ItemList) {
        guard !item.hasAttributes else {
            var item = item
            item.keepAttributes(allowedIn: list)
            appendUnchecked(item, to: list)
            return
        }
        appendUnchecked(item, to: list)
    }

    /// Adds an item whose attributes the list allows.
    @inline(__always)
    private mutating func appendUnchecked(_ item: Item, to list: ItemList) {
        switch list {
        case .painPoints: painPointItems.append(item)
        case .opportunities: opportunityItems.append(item)
        }
    }

    /// Whether every list is empty.
    public var hasNoItems: Bool {
        painPointItems.isEmpty && opportunityItems.isEmpty
    }

    /// Whether nothing at all is noted in the cell.
    public var isEmpty: Bool {
        note.isEmpty && emotion == nil && feeling == nil && hasNoItems && evidence == nil && sources.isEmpty
            && extraFields.isEmpty
    }
}
