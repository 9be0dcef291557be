/// Three-way merge of sequences: pain points and opportunities item by item, notes line by line.
///
/// Both sides are compared with the base (``MergeSequenceDiff``); changes to different parts of
/// the base combine. Where both sides change the same part, the ``Style`` decides:
///
/// - ``Style/items`` (lists): items added at the same place on both sides are all kept (ours
///   first, an item both added only once); items deleted on either side are deleted; an item
///   added inside a part the other side deleted or rewrote is kept. Only an item that one side
///   rewrote and the other rewrote differently or deleted is a conflict.
/// - ``Style/lines`` (text): any two different changes to the same lines, or insertions at the
///   same place, are a conflict, as in git.
///
/// A conflict gives the whole merged sequence twice, the clashing parts from each side.
enum MergeListMerger {
    /// How overlapping changes from both sides are treated.
    enum Style {
        /// Lists of separate items.
        case items
        /// Lines of one text.
        case lines
    }

    /// Merges `ours` and `theirs`, both changed from `base`.
    static func merge<Element: Hashable>(
        base: [Element], ours: [Element], theirs: [Element], style: Style
    ) -> MergeOutcome<[Element]> {
        if ours == theirs || theirs == base { return .clean(ours) }
        if ours == base { return .clean(theirs) }
        let oursHunks = MergeSequenceDiff.hunks(from: base, to: ours)
        var theirsHunks = MergeSequenceDiff.hunks(from: base, to: theirs)
        // A change made identically on both sides is applied once.
        let oursSet = Set(oursHunks)
        theirsHunks.removeAll { oursSet.contains($0) }

        let groups = clusters(ours: oursHunks, theirs: theirsHunks)
        let clashes = groups.map { cluster in
            !cluster.ours.isEmpty && !cluster.theirs.isEmpty && (style == .lines || rewritesClash(cluster))
        }
        // Items ours added: theirs adding the same item is not a second copy. The merged list (and
        // theirs' candidate) has ours' additions from the parts that merge cleanly; ours' candidate
        // has all of them.
        var oursAddedCleanly: [Element: Int] = [:]
        var oursAdded: [Element: Int] = [:]
        if style == .items {
            for (cluster, clash) in zip(groups, clashes) {
                for hunk in cluster.ours {
                    for item in hunk.items {
                        oursAdded[item, default: 0] += 1
                        if !clash { oursAddedCleanly[item, default: 0] += 1 }
                    }
                }
            }
        }
        let conflicted = clashes.contains(true)

        var merged: [Element] = []
        var oursCandidate: [Element] = []
        var position = 0
        var none: [Element: Int] = [:]
        for (cluster, clash) in zip(groups, clashes) {
            let copied = base[position..<cluster.start]
            merged += copied
            oursCandidate += copied
            if clash {
                oursCandidate += apply(cluster, ours: cluster.ours, theirs: [], base: base, skipping: &none)
                merged += apply(cluster, ours: [], theirs: cluster.theirs, base: base, skipping: &none)
            } else {
                merged += apply(cluster, ours: cluster.ours, theirs: cluster.theirs, base: base, skipping: &oursAddedCleanly)
                if conflicted {
                    oursCandidate += apply(cluster, ours: cluster.ours, theirs: cluster.theirs, base: base, skipping: &oursAdded)
                }
            }
            position = cluster.end
        }
        let rest = base[position...]
        merged += rest
        oursCandidate += rest
        // With clashes, `merged` holds theirs' side of them: it is theirs' candidate.
        if conflicted { return .conflict(ours: oursCandidate, theirs: merged) }
        return .clean(merged)
    }

    /// Hunks of both sides that touch the same part of the base, transitively.
    struct Cluster<Element: Hashable> {
        var start: Int
        var end: Int
        var ours: [MergeHunk<Element>] = []
        var theirs: [MergeHunk<Element>] = []
    }

    /// Groups the hunks of both sides into clusters of overlapping changes, in base order.
    ///
    /// On a doubled scale an insertion before base element `p` is the point `2p` and a change of
    /// `base[a..<b]` the span `2a+1 ... 2b-1`; two changes overlap when their spans meet. So an
    /// insertion overlaps a change only strictly inside it, and insertions only at the same place.
    static func clusters<Element: Hashable>(ours: [MergeHunk<Element>], theirs: [MergeHunk<Element>]) -> [Cluster<Element>] {
        func span(_ hunk: MergeHunk<Element>) -> (low: Int, high: Int) {
            hunk.isInsertion ? (2 * hunk.start, 2 * hunk.start) : (2 * hunk.start + 1, 2 * hunk.end - 1)
        }
        var tagged = ours.map { (hunk: $0, isOurs: true) } + theirs.map { (hunk: $0, isOurs: false) }
        tagged.sort { left, right in
            let l = span(left.hunk), r = span(right.hunk)
            if l.low != r.low { return l.low < r.low }
            if l.high != r.high { return l.high < r.high }
            return left.isOurs && !right.isOurs
        }
        var result: [Cluster<Element>] = []
        var reach = Int.min
        for (hunk, isOurs) in tagged {
            let hunkSpan = span(hunk)
            if result.isEmpty || hunkSpan.low > reach {
                result.append(Cluster(start: hunk.start, end: hunk.end))
                reach = hunkSpan.high
            } else {
                result[result.count - 1].start = min(result[result.count - 1].start, hunk.start)
                result[result.count - 1].end = max(result[result.count - 1].end, hunk.end)
                reach = max(reach, hunkSpan.high)
            }
            if isOurs { result[result.count - 1].ours.append(hunk) } else { result[result.count - 1].theirs.append(hunk) }
        }
        return result
    }

    /// Whether some base item is deleted or rewritten by both sides with at least one rewriting
    /// it (so the sides disagree on what it becomes).
    static func rewritesClash<Element: Hashable>(_ cluster: Cluster<Element>) -> Bool {
        let count = cluster.end - cluster.start
        guard count > 0 else { return false }
        // 0: untouched; bit 1: deleted by ours, bit 2: rewritten by ours, bit 4/8: the same for theirs.
        var marks = [UInt8](repeating: 0, count: count)
        for hunk in cluster.ours where !hunk.isInsertion {
            for index in hunk.start..<hunk.end { marks[index - cluster.start] |= hunk.items.isEmpty ? 1 : 2 }
        }
        for hunk in cluster.theirs where !hunk.isInsertion {
            for index in hunk.start..<hunk.end { marks[index - cluster.start] |= hunk.items.isEmpty ? 4 : 8 }
        }
        return marks.contains { mark in
            let oursTouch = mark & 3 != 0, theirsTouch = mark & 12 != 0
            return oursTouch && theirsTouch && mark & 10 != 0
        }
    }

    /// The cluster's part of the base with the given hunks applied: at each place, insertions
    /// (ours, then theirs), then rewrites starting there, then the base item unless deleted.
    /// Items in `skipping` (added by ours) are left out of theirs' additions once each.
    static func apply<Element: Hashable>(
        _ cluster: Cluster<Element>,
        ours: [MergeHunk<Element>],
        theirs: [MergeHunk<Element>],
        base: [Element],
        skipping: inout [Element: Int]
    ) -> [Element] {
        var deleted = [Bool](repeating: false, count: cluster.end - cluster.start)
        var atPlace: [Int: [(hunk: MergeHunk<Element>, isOurs: Bool)]] = [:]
        for (hunks, isOurs) in [(ours, true), (theirs, false)] {
            for hunk in hunks {
                atPlace[hunk.start, default: []].append((hunk, isOurs))
                for index in hunk.start..<hunk.end { deleted[index - cluster.start] = true }
            }
        }
        var result: [Element] = []
        func add(_ items: [Element], isOurs: Bool, skipping: inout [Element: Int]) {
            for item in items {
                if !isOurs, let count = skipping[item], count > 0 {
                    skipping[item] = count - 1
                    continue
                }
                result.append(item)
            }
        }
        for place in cluster.start...cluster.end {
            let here = atPlace[place] ?? []
            // Insertions first (ours before theirs), then rewrites beginning here.
            for entry in here where entry.hunk.isInsertion && entry.isOurs { add(entry.hunk.items, isOurs: true, skipping: &skipping) }
            for entry in here where entry.hunk.isInsertion && !entry.isOurs { add(entry.hunk.items, isOurs: false, skipping: &skipping) }
            guard place < cluster.end else { break }
            for entry in here where !entry.hunk.isInsertion && entry.isOurs { add(entry.hunk.items, isOurs: true, skipping: &skipping) }
            for entry in here where !entry.hunk.isInsertion && !entry.isOurs { add(entry.hunk.items, isOurs: false, skipping: &skipping) }
            if !deleted[place - cluster.start] { result.append(base[place]) }
        }
        return result
    }
}
