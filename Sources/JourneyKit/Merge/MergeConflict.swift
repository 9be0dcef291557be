/// One place where both sides changed the same thing differently.
///
/// A conflict says what it is about in one line (``summary``), and what the value was
/// (``base``) and would be with either side (``ours``, ``theirs``), as single-line text a person
/// reads: emotions as their signed score and feeling (`+1 curious`), list items joined with ` · `,
/// line breaks shown as `⏎`. `nil` means absent (a field not set, a list or note left empty, a
/// stage or touchpoint deleted).
///
/// For a list (pain points, opportunities) or a note that was merged item by item or line by line,
/// ``ours`` and ``theirs`` are the whole merged value with the clashing part taken from that side,
/// so they show exactly what choosing that side gives.
///
/// ```swift
/// for conflict in result.conflicts {
///     print("\(conflict.summary): ours \(conflict.ours ?? "(none)") / theirs \(conflict.theirs ?? "(none)")")
/// }
/// // Cell Awareness × Instagram ad: note: ours Sees the ad / theirs Scrolls past the ad
/// ```
public struct MergeConflict: Sendable, Equatable, Identifiable {
    /// The conflict's number: `0..<conflicts.count`, in document order (the map's own fields,
    /// then stages, touchpoints, and cells a stage at a time).
    public let id: Int
    /// One line a user reads, in English, such as `Cell Awareness × Instagram ad: note`,
    /// `Stage 'Purchase': name` or `Title` (see ``summary(in:)``).
    public var summary: String { summaryMessage.text(in: .english) }
    /// What the conflict is about, as a typed message of the string catalogue.
    let summaryMessage: MergeConflictSummary
    /// The value as read, or `nil` when it was absent.
    public let base: String?
    /// Our value, or `nil` when ours deletes it or leaves it absent (in English where it is
    /// described rather than quoted; see ``ours(in:)``).
    public var ours: String? { oursValue?.text(in: .english) }
    /// Their value, or `nil` when theirs deletes it or leaves it absent (see ``theirs(in:)``).
    public var theirs: String? { theirsValue?.text(in: .english) }
    let oursValue: MergeConflictValue?
    let theirsValue: MergeConflictValue?
    /// What the conflict is about, for finding it in the map.
    public let location: Location

    /// What a conflict is about: a field of the map, of a stage, of a touchpoint or of a cell.
    ///
    /// Field names are those of the `.journey` format (`title`, `name`, `goal`, `channel`,
    /// `note`, `emotion`, `pain`, `opportunity`) or the key of a field journey does not know.
    /// A `nil` field stands for the stage or touchpoint itself: deleted on one side and changed
    /// on the other.
    public enum Location: Sendable, Hashable {
        /// A field of the map itself: `title`, `persona`, `scenario`, `kind` or an unknown field.
        case map(field: String)
        /// A stage's field, or the stage itself (`nil`).
        case stage(key: String, field: String?)
        /// A touchpoint's field, or the touchpoint itself (`nil`).
        case touchpoint(key: String, field: String?)
        /// A field of the cell where a stage meets a touchpoint; `emotion` covers the feeling too.
        case cell(stageKey: String, touchpointKey: String, field: String)
        /// The blocks of kinds journey does not know, kept whole.
        case extraBlocks
    }

    /// Creates a conflict; ``JourneyMerge/merge(base:ours:theirs:)`` makes them, front ends may
    /// make their own for previews and tests.
    public init(id: Int, summary: String, base: String?, ours: String?, theirs: String?, location: Location) {
        self.init(id: id, summary: .verbatim(summary), base: base, ours: ours.map(MergeConflictValue.verbatim),
                  theirs: theirs.map(MergeConflictValue.verbatim), location: location)
    }

    /// Creates a conflict whose summary (and values, where they are described) come from the
    /// string catalogue.
    init(id: Int, summary: MergeConflictSummary, base: String?, ours: MergeConflictValue?, theirs: MergeConflictValue?, location: Location) {
        self.id = id
        self.summaryMessage = summary
        self.base = base
        self.oursValue = ours
        self.theirsValue = theirs
        self.location = location
    }

    /// Our value in a language: the map's own text as it is, or what ours changed in a stage or
    /// touchpoint theirs deleted (`Compra (cambió: nombre, 2 celdas)`).
    public func ours(in language: Language) -> String? {
        oursValue?.text(in: language)
    }

    /// Their value in a language (see ``ours(in:)``).
    public func theirs(in language: Language) -> String? {
        theirsValue?.text(in: language)
    }

    /// The one line saying what the conflict is about, in a language: `Cell Awareness ×
    /// Instagram ad: note` / `Celda Awareness × Instagram ad: nota`.
    public func summary(in language: Language) -> String {
        summaryMessage.text(in: language)
    }

    /// Two conflicts are equal when they have the same number, values and place, and their
    /// summaries read the same in English (however each was made).
    public static func == (left: MergeConflict, right: MergeConflict) -> Bool {
        left.id == right.id && left.summary == right.summary && left.base == right.base && left.ours == right.ours
            && left.theirs == right.theirs && left.location == right.location
    }
}
