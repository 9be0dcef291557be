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
/// The item is kept small (24 bytes, as its text and one word), since a large map holds hundreds of
/// thousands of them: its attributes live in one shared box, absent when none is set.
public struct Item: Sendable, Hashable {
    /// The item's words. May be empty; may span several lines.
    public var text: String
    /// Everything but the text, boxed, absent when nothing is set.
    private var box: AttributesBox?

    /// The range of impact and effort scores.
    public static let scale = 1...5
    /// The most votes an item can hold.
    public static let maximumVotes = Int(UInt32.max)

    /// Creates an item with only text.
    public init(_ text: String) {
        self.text = text
    }

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
        var attributes = Attributes()
        attributes.votes = Self.clampedVotes(votes)
        attributes.impact = Self.score(impact)
        attributes.effort = Self.score(effort)
        attributes.owner = owner
        attributes.unknown = unknownAttributes
        self.attributes = attributes
    }

    /// The dot votes the item has, from 0; 0 when none were given.
    public var votes: Int {
        get { Int(attributes.votes) }
        set { attributes.votes = Self.clampedVotes(newValue) }
    }

    /// How much acting on it would help, 1…5, or `nil` when not scored.
    public var impact: Int? {
        get { attributes.impact == 0 ? nil : Int(attributes.impact) }
        set { attributes.impact = Self.score(newValue) }
    }

    /// How much acting on it would cost, 1…5, or `nil` when not scored.
    public var effort: Int? {
        get { attributes.effort == 0 ? nil : Int(attributes.effort) }
        set { attributes.effort = Self.score(newValue) }
    }

    /// Who takes it (a team or a person), or `nil`.
    public var owner: String? {
        get { attributes.owner }
        set { attributes.owner = newValue }
    }

    /// Attributes this version of journey does not know, as a file wrote them, kept for writing back.
    public var unknownAttributes: [ItemAttribute] {
        get { attributes.unknown }
        set { attributes.unknown = newValue }
    }

    /// Whether the item carries anything besides its text.
    public var hasAttributes: Bool { box != nil }

    /// Whether the item carries votes, impact, effort or an owner (not counting unknown attributes).
    public var hasKnownAttributes: Bool {
        guard box != nil else { return false }
        let attributes = attributes
        return attributes.votes != 0 || attributes.impact != 0 || attributes.effort != 0 || attributes.owner != nil
    }

    /// The item's text alone, every attribute dropped.
    public var textOnly: Item { Item(text) }

    /// Drops the attributes `list` does not allow (see ``ItemList/attributes``).
    mutating func keepAttributes(allowedIn list: ItemList) {
        guard box != nil else { return }
        var attributes = attributes
        if !list.allows(.votes) { attributes.votes = 0 }
        if !list.allows(.impact) { attributes.impact = 0 }
        if !list.allows(.effort) { attributes.effort = 0 }
        if !list.allows(.owner) { attributes.owner = nil }
        self.attributes = attributes
    }

    private static func clampedVotes(_ value: Int) -> UInt32 {
        UInt32(min(max(value, 0), maximumVotes))
    }

    private static func score(_ value: Int?) -> UInt8 {
        guard let value else { return 0 }
        return UInt8(min(max(value, scale.lowerBound), scale.upperBound))
    }

    // MARK: Storage

    /// What an item carries besides its text; all zero or empty when nothing is set.
    private struct Attributes: Sendable, Hashable {
        var votes: UInt32 = 0
        /// The impact score, or 0 when not scored.
        var impact: UInt8 = 0
        /// The effort score, or 0 when not scored.
        var effort: UInt8 = 0
        var owner: String?
        var unknown: [ItemAttribute] = []

        var isEmpty: Bool { votes == 0 && impact == 0 && effort == 0 && owner == nil && unknown.isEmpty }
    }

    /// The attributes, boxed so that an item with only text (most of them) is its text and one word.
    private indirect enum AttributesBox: Sendable, Hashable {
        case attributes(Attributes)
    }

    private var attributes: Attributes {
        get {
            guard case .attributes(let attributes)? = box else { return Attributes() }
            return attributes
        }
        set {
            box = newValue.isEmpty ? nil : .attributes(newValue)
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
