/// One item of a cell's list: a pain point or an opportunity, with what a workshop adds to it.
///
/// An item is its ``text`` and, optionally, its dot ``votes``, its ``impact`` and ``effort``
/// scores and its ``owner`` (the last three on opportunities only, see ``ItemList/attributes``),
/// plus attributes a later journey may write (``unknownAttributes``), kept for writing back.
///
/// ```swift
/// var item = Item("Show shipping costs on the product page")
/// item.votes += 3
/// item.impact = 5
/// item.effort = 1
/// item.owner = "Ecommerce"
/// ```
///
/// **Votes** are a whole number from 0 to ``maximumVotes``; 0 means "no votes", which is the same
/// as votes not stated: files and JSON leave a 0 out. **Impact** and **effort** are `nil` when not
/// scored, otherwise within ``scale``.
///
/// The item is kept small (32 bytes), since a large map holds hundreds of thousands of them: the
/// rarely set owner and unknown attributes live in one shared box, absent when unset.
public struct Item: Sendable, Hashable {
    /// The item's words. May be empty; may span several lines.
    public var text: String
    private var voteCount: UInt32 = 0
    /// The impact score, or 0 when not scored.
    private var impactScore: UInt8 = 0
    /// The effort score, or 0 when not scored.
    private var effortScore: UInt8 = 0
    private var box: DetailsBox?

    /// The range of impact and effort scores.
    public static let scale = 1...5
    /// The most votes an item can hold.
    public static let maximumVotes = Int(UInt32.max)

    /// Creates an item; every attribute defaults to absent.
    ///
    /// Votes are clamped into `0...maximumVotes`; an impact or effort outside ``scale`` is clamped
    /// into it.
    public init(
        _ text: String,
        votes: Int = 0,
        impact: Int? = nil,
        effort: Int? = nil,
        owner: String? = nil,
        unknownAttributes: [ItemAttribute] = []
    ) {
        self.text = text
        self.votes = votes
        self.impact = impact
        self.effort = effort
        if owner != nil || !unknownAttributes.isEmpty {
            box = .details(Details(owner: owner, unknown: unknownAttributes))
        }
    }

    /// The dot votes the item has, from 0; 0 when none were given.
    public var votes: Int {
        get { Int(voteCount) }
        set { voteCount = UInt32(min(max(newValue, 0), Self.maximumVotes)) }
    }

    /// How much acting on it would help, 1…5, or `nil` when not scored.
    public var impact: Int? {
        get { impactScore == 0 ? nil : Int(impactScore) }
        set { impactScore = Self.score(newValue) }
    }

    /// How much acting on it would cost, 1…5, or `nil` when not scored.
    public var effort: Int? {
        get { effortScore == 0 ? nil : Int(effortScore) }
        set { effortScore = Self.score(newValue) }
    }

    /// Who takes it (a team or a person), or `nil`.
    public var owner: String? {
        get { details.owner }
        set { details.owner = newValue }
    }

    /// Attributes this version of journey does not know, as a file wrote them, kept for writing back.
    public var unknownAttributes: [ItemAttribute] {
        get { details.unknown }
        set { details.unknown = newValue }
    }

    /// Whether the item carries anything besides its text.
    public var hasAttributes: Bool {
        voteCount != 0 || impactScore != 0 || effortScore != 0 || box != nil
    }

    /// Whether the item carries votes, impact, effort or an owner (not counting unknown attributes).
    public var hasKnownAttributes: Bool {
        voteCount != 0 || impactScore != 0 || effortScore != 0 || owner != nil
    }

    /// The item's text alone, every attribute dropped.
    public var textOnly: Item { Item(text) }

    /// Drops the attributes `list` does not allow (see ``ItemList/attributes``).
    mutating func keepAttributes(allowedIn list: ItemList) {
        if !list.allows(.votes) { voteCount = 0 }
        if !list.allows(.impact) { impactScore = 0 }
        if !list.allows(.effort) { effortScore = 0 }
        if !list.allows(.owner), owner != nil { owner = nil }
    }

    private static func score(_ value: Int?) -> UInt8 {
        guard let value else { return 0 }
        return UInt8(min(max(value, scale.lowerBound), scale.upperBound))
    }

    // MARK: Rare details

    private struct Details: Sendable, Hashable {
        var owner: String?
        var unknown: [ItemAttribute] = []
    }

    /// The rare details, boxed so that an item without them pays one word.
    private indirect enum DetailsBox: Sendable, Hashable {
        case details(Details)
    }

    private var details: Details {
        get {
            guard case .details(let details)? = box else { return Details() }
            return details
        }
        set {
            box = newValue.owner == nil && newValue.unknown.isEmpty ? nil : .details(newValue)
        }
    }
}

extension Item: ExpressibleByStringInterpolation {
    /// An item with this text and no attributes: `let item: Item = "The ad hides the price"`.
    public init(stringLiteral text: String) {
        self.init(text)
    }
}

/// An attribute of a list item that this version of journey does not know, such as `flag 1` in
/// `pain: Slow page  [votes 2, flag 1]`, kept so that it is written back unchanged.
public struct ItemAttribute: Sendable, Hashable {
    /// The attribute's name, such as `flag`: lowercase letters, digits and `-`.
    public var key: String
    /// The value as the file wrote it: a number (`1`, `2.5`), a word, or a quoted string with its
    /// quotes and escapes (`"Mesa 3"`).
    public var value: String

    /// Creates an attribute.
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}
