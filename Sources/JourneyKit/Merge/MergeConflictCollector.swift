/// Collects conflicts as the merge finds them and numbers them in document order at the end.
struct MergeConflictCollector {
    /// Where a conflict sits in the document, compared part by part: the section (map fields,
    /// stages, touchpoints, cells, unknown blocks), then positions within it.
    struct Place: Comparable {
        var section: Int
        var first: Int = 0
        var second: Int = 0
        var third: Int = 0

        static let map = 0
        static let stages = 1
        static let touchpoints = 2
        static let cells = 3
        static let blocks = 4

        static func < (lhs: Place, rhs: Place) -> Bool {
            (lhs.section, lhs.first, lhs.second, lhs.third) < (rhs.section, rhs.first, rhs.second, rhs.third)
        }
    }

    /// A conflict found, not yet numbered.
    struct Pending {
        var place: Place
        var summary: MergeConflictSummary
        var base: String?
        var ours: MergeConflictValue?
        var theirs: MergeConflictValue?
        var location: MergeConflict.Location
    }

    private(set) var pending: [Pending] = []

    /// Records a conflict and returns its provisional number.
    mutating func add(
        at place: Place, _ summary: MergeConflictSummary, base: String?, ours: String?, theirs: String?,
        location: MergeConflict.Location
    ) -> Int {
        add(at: place, summary, base: base, ours: ours.map(MergeConflictValue.verbatim), theirs: theirs.map(MergeConflictValue.verbatim),
            location: location)
    }

    /// Records a conflict whose values may be described rather than quoted; returns its provisional number.
    mutating func add(
        at place: Place, _ summary: MergeConflictSummary, base: String?, ours: MergeConflictValue?, theirs: MergeConflictValue?,
        location: MergeConflict.Location
    ) -> Int {
        pending.append(Pending(place: place, summary: summary, base: base, ours: ours, theirs: theirs, location: location))
        return pending.count - 1
    }

    /// The conflicts in document order, and for each provisional number its public identifier.
    func numbered() -> (conflicts: [MergeConflict], identifiers: [Int]) {
        let order = pending.indices.sorted { (pending[$0].place, $0) < (pending[$1].place, $1) }
        var identifiers = [Int](repeating: 0, count: pending.count)
        var conflicts: [MergeConflict] = []
        conflicts.reserveCapacity(order.count)
        for (id, number) in order.enumerated() {
            identifiers[number] = id
            let found = pending[number]
            conflicts.append(MergeConflict(
                id: id, summary: found.summary, base: found.base, ours: found.ours, theirs: found.theirs,
                location: found.location))
        }
        return (conflicts, identifiers)
    }
}
