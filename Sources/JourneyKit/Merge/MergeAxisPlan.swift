/// The merged stages or touchpoints, in merged order.
struct MergeAxisPlan: Sendable {
    var entries: [MergeAxisEntry] = []
    var collisions: [MergeCollision] = []

    /// The merged name of each entry (`nil` for one left out), with names made unique: where two
    /// collide, one keeps the name (as its collision conflict says, else the one ours named so,
    /// else the first) and the other gets `Name (2)` (or the first free number).
    func resolvedNames(_ side: (Int) -> MergeSide) -> [String?] {
        var names: [String?] = entries.map { $0.presence.value(side) ? $0.name.value(side) : nil }
        var groups: [String: [Int]] = [:]
        var present = 0
        for (index, name) in names.enumerated() {
            guard let name else { continue }
            present += 1
            groups[NameRules.comparisonForm(of: name), default: []].append(index)
        }
        guard groups.count < present else { return names }
        var used = Set(groups.keys)
        var keepers: [String: Int] = [:]
        for collision in collisions {
            guard let keeperName = names[collision.keeper], let otherName = names[collision.other] else { continue }
            let form = NameRules.comparisonForm(of: keeperName)
            guard NameRules.comparisonForm(of: otherName) == form else { continue }
            keepers[form] = side(collision.conflict) == .ours ? collision.keeper : collision.other
        }
        for index in entries.indices {
            guard let name = names[index] else { continue }
            let form = NameRules.comparisonForm(of: name)
            guard let group = groups[form], group.count > 1 else { continue }
            let keeper = keepers[form] ?? group.first { names[$0] == entries[$0].oursName } ?? group[0]
            keepers[form] = keeper
            if index != keeper { names[index] = Self.unusedName(like: name, used: &used) }
        }
        return names
    }

    /// Groups of entries whose names collide when every conflict takes `side`, before renaming.
    func collisionGroups(_ side: (Int) -> MergeSide) -> [[Int]] {
        var groups: [String: [Int]] = [:]
        var forms: [String] = []
        for (index, entry) in entries.enumerated() where entry.presence.value(side) {
            let form = NameRules.comparisonForm(of: entry.name.value(side))
            if groups[form] == nil { forms.append(form) }
            groups[form, default: []].append(index)
        }
        return forms.compactMap { form in groups[form].flatMap { $0.count > 1 ? $0 : nil } }
    }

    /// `Name (2)`, `Name (3)`…: the first not in `used`, which it is added to.
    static func unusedName(like name: String, used: inout Set<String>) -> String {
        let stem = name.trimmingWhitespace()
        var number = 2
        while true {
            let candidate = "\(stem) (\(number))"
            if used.insert(NameRules.comparisonForm(of: candidate)).inserted { return candidate }
            number += 1
        }
    }
}
