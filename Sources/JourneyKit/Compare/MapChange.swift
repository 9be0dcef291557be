/// One difference between two versions of a map, as ``MapDiff`` finds it: where it is, which
/// field, what kind of change, and the value before and after.
///
/// ```swift
/// for change in MapDiff(from: old, to: new).changes {
///     print(change.text(in: .english))   // [Compra × Web] emotion: -1 → +1
/// }
/// ```
///
/// Values are the map's own text (a note keeps its line breaks); ``text(in:)`` shows them on one
/// line, terminal-safe.
public struct MapChange: Sendable, Hashable {
    /// Where a change is.
    public enum Place: Sendable, Hashable {
        /// The map's own fields (title, persona, scenario, kind, unknown fields and blocks).
        case map
        /// A stage, by key and (new, or else old) name.
        case stage(key: String, name: String)
        /// A touchpoint, by key and name.
        case touchpoint(key: String, name: String)
        /// The cell where a stage meets a touchpoint.
        case cell(stageKey: String, stageName: String, touchpointKey: String, touchpointName: String)
    }

    /// What happened.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Present after, not before.
        case added
        /// Present before, not after.
        case removed
        /// Changed in value.
        case edited
        /// A stage or touchpoint with a new name (same key).
        case renamed
        /// A stage or touchpoint at another position (``old`` and ``new`` are 1-based positions).
        case moved
    }

    /// Where it is.
    public var place: Place
    /// The field, as the `.journey` format names it: `title`, `persona`, `scenario`, `kind`,
    /// `stage`, `touchpoint` (the stage or touchpoint itself), `goal`, `metric`, `channel`,
    /// `note`, `emotion`, `feeling`, `evidence`, `source`, `pain`, `opportunity`, an item's
    /// `votes`, `impact`, `effort` or `owner`, `blocks` (unknown blocks), or an unknown field's key.
    public var field: String
    /// What happened.
    public var kind: Kind
    /// For a change to an item's votes, impact, effort or owner: the item's text.
    public var item: String?
    /// The value before, or `nil` when there was none.
    public var old: String?
    /// The value after, or `nil` when there is none.
    public var new: String?

    /// Creates a change.
    public init(place: Place, field: String, kind: Kind, item: String? = nil, old: String?, new: String?) {
        self.place = place
        self.field = field
        self.kind = kind
        self.item = item
        self.old = old
        self.new = new
    }
}
