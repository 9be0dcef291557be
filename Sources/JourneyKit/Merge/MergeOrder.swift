/// The order of merged stages, touchpoints or field keys: one side's order, with what only the
/// other side has inserted after its predecessor there.
///
/// The side whose order is followed is ours, unless only theirs reordered what was in the base
/// (then its moves are applied). When both sides reordered differently, ours wins: reordering is
/// not worth a question, and nothing is lost by it.
enum MergeOrder {
    /// The keys of `ours` and `theirs` together, in merged order; each key once.
    ///
    /// Keys the followed side has keep their order. Each key only the other side has goes after
    /// the nearest key before it there that both sides have (at the start when there is none), in
    /// the other side's order. Where both sides put keys of their own at the same place, ours come
    /// first. Linear in the number of keys.
    static func merge(base: [String], ours: [String], theirs: [String]) -> [String] {
        var basePositions: [String: Int] = [:]
        basePositions.reserveCapacity(base.count)
        for (index, key) in base.enumerated() { basePositions[key] = index }
        let followTheirs = isReordered(theirs, basePositions: basePositions) && !isReordered(ours, basePositions: basePositions)
        let primary = followTheirs ? theirs : ours
        let secondary = followTheirs ? ours : theirs
        let inPrimary = Set(primary)
        let inSecondary = Set(secondary)
        // The keys only the secondary side has, by the shared key they follow ("" for the start).
        var followers: [String: [String]] = [:]
        var anchor = ""
        for key in secondary {
            if inPrimary.contains(key) {
                anchor = key
            } else {
                followers[anchor, default: []].append(key)
            }
        }
        var result: [String] = []
        result.reserveCapacity(primary.count + secondary.count)
        // When the secondary side is ours, its keys go right after their anchor, before the
        // primary side's own keys there; when it is theirs, after those, before the next shared key.
        var pending = followers[""] ?? []
        if followTheirs {
            result += pending
            pending = []
        }
        for key in primary {
            if inSecondary.contains(key) {
                result += pending
                result.append(key)
                pending = followers[key] ?? []
                if followTheirs {
                    result += pending
                    pending = []
                }
            } else {
                result.append(key)
            }
        }
        result += pending
        return result
    }

    /// Whether the keys a side shares with the base are in a different order than in the base.
    static func isReordered(_ keys: [String], basePositions: [String: Int]) -> Bool {
        var last = -1
        for key in keys {
            guard let position = basePositions[key] else { continue }
            if position < last { return true }
            last = position
        }
        return false
    }
}
