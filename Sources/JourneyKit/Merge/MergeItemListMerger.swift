/// Three-way merge of a cell's list of items (pain points, opportunities), where each item is
/// its text and its attributes (votes, impact, effort, owner).
///
/// The items of each side are first matched with the base's by their text (a longest common
/// subsequence, as ``MergeSequenceDiff`` finds it); where a side rewrote as many items as it
/// replaced, they are matched in order, as edits of the same items. Then:
///
/// - The list's shape (items added, deleted, moved) merges as ``MergeListMerger`` merges lists,
///   with an item matched on both sides standing for itself, so that two sides changing the same
///   item in different ways do not clash over its place.
/// - Each item both sides kept merges field by field: **votes add up** (the base's votes plus what
///   each side added or took away, never below 0), so that two people voting on the same item in
///   two branches count both; the text, impact, effort, owner and unknown attributes merge as
///   plain values (a change on one side wins; different changes on both are a conflict). A vote
///   on one side and a text edit on the other therefore give the edited text with both votes.
/// - An item one side deleted and the other changed is a conflict, as for any list.
enum MergeItemListMerger {
    /// An item of a side's list, as the shape merge sees it.
    enum Token: Hashable {
        /// The base's item at this index, possibly changed, that the other side still has.
        case base(Int)
        /// The base's item at this index, changed, where the other side deleted it.
        case edited(Int)
        /// An item the side added.
        case added(Item)
    }

    /// Merges `ours` and `theirs`, both changed from `base`.
    static func merge(base: [Item], ours: [Item], theirs: [Item]) -> MergeOutcome<[Item]> {
        if ours == theirs || theirs == base { return .clean(ours) }
        if ours == base { return .clean(theirs) }
        let oursOf = match(base: base, side: ours)
        let theirsOf = match(base: base, side: theirs)
        let oursTokens = tokens(side: ours, base: base, sideOf: oursOf, otherOf: theirsOf)
        let theirsTokens = tokens(side: theirs, base: base, sideOf: theirsOf, otherOf: oursOf)
        let shape = MergeListMerger.merge(
            base: base.indices.map { Token.base($0) }, ours: oursTokens, theirs: theirsTokens, style: .items)

        // The items both sides kept, merged field by field.
        var merged: [Int: MergeOutcome<Item>] = [:]
        for index in base.indices {
            guard let mine = oursOf[index], let other = theirsOf[index] else { continue }
            merged[index] = fields(base: base[index], ours: ours[mine], theirs: theirs[other])
        }
        func items(_ tokens: [Token], _ side: MergeSide) -> [Item] {
            tokens.map { token in
                switch token {
                case .added(let item):
                    return item
                case .edited(let index):
                    return (oursOf[index].map { ours[$0] } ?? theirsOf[index].map { theirs[$0] }) ?? base[index]
                case .base(let index):
                    switch merged[index] {
                    case .clean(let item)?: return item
                    case .conflict(let mine, let other)?: return side == .ours ? mine : other
                    case nil:
                        // In a conflict's candidate, kept by one side only (unchanged there).
                        return (oursOf[index].map { ours[$0] } ?? theirsOf[index].map { theirs[$0] }) ?? base[index]
                    }
                }
            }
        }
        let fieldsClash = merged.values.contains { if case .conflict = $0 { true } else { false } }
        switch shape {
        case .clean(let tokens):
            guard fieldsClash else { return .clean(items(tokens, .ours)) }
            return .conflict(ours: items(tokens, .ours), theirs: items(tokens, .theirs))
        case .conflict(let mine, let other):
            return .conflict(ours: items(mine, .ours), theirs: items(other, .theirs))
        }
    }

    /// For each base item, the index of the side's item that stands for it, or `nil` when the side
    /// deleted it.
    static func match(base: [Item], side: [Item]) -> [Int?] {
        var result = [Int?](repeating: nil, count: base.count)
        let hunks = MergeSequenceDiff.hunks(from: base.map(\.text), to: side.map(\.text))
        var basePosition = 0
        var sidePosition = 0
        func keep(until end: Int) {
            while basePosition < end {
                result[basePosition] = sidePosition
                basePosition += 1
                sidePosition += 1
            }
        }
        for hunk in hunks {
            keep(until: hunk.start)
            if hunk.end - hunk.start == hunk.items.count {
                keep(until: hunk.end)
            } else {
                basePosition = hunk.end
                sidePosition += hunk.items.count
            }
        }
        keep(until: base.count)
        return result
    }

    /// A side's list as tokens: items it kept (changed or not) by base index, items it added as themselves.
    static func tokens(side: [Item], base: [Item], sideOf: [Int?], otherOf: [Int?]) -> [Token] {
        var baseOf = [Int?](repeating: nil, count: side.count)
        for (index, position) in sideOf.enumerated() {
            if let position { baseOf[position] = index }
        }
        return side.indices.map { position in
            guard let index = baseOf[position] else { return .added(side[position]) }
            return side[position] == base[index] || otherOf[index] != nil ? .base(index) : .edited(index)
        }
    }

    /// Merges one item both sides kept: votes add up, everything else merges as a plain value.
    static func fields(base: Item, ours: Item, theirs: Item) -> MergeOutcome<Item> {
        if ours == theirs || theirs == base { return .clean(ours) }
        if ours == base { return .clean(theirs) }
        var clash = false
        func pick<Value: Equatable>(_ base: Value, _ ours: Value, _ theirs: Value) -> (ours: Value, theirs: Value) {
            switch MergeOutcome.value(base: base, ours: ours, theirs: theirs) {
            case .clean(let value): return (value, value)
            case .conflict(let mine, let other):
                clash = true
                return (mine, other)
            }
        }
        let text = pick(base.text, ours.text, theirs.text)
        let impact = pick(base.impact, ours.impact, theirs.impact)
        let effort = pick(base.effort, ours.effort, theirs.effort)
        let owner = pick(base.owner, ours.owner, theirs.owner)
        let unknown = pick(base.unknownAttributes, ours.unknownAttributes, theirs.unknownAttributes)
        let votes = base.votes + (ours.votes - base.votes) + (theirs.votes - base.votes)
        func item(_ side: MergeSide) -> Item {
            let mine = side == .ours
            return Item(
                mine ? text.ours : text.theirs, votes: votes,
                impact: mine ? impact.ours : impact.theirs, effort: mine ? effort.ours : effort.theirs,
                owner: mine ? owner.ours : owner.theirs, unknownAttributes: mine ? unknown.ours : unknown.theirs)
        }
        return clash ? .conflict(ours: item(.ours), theirs: item(.theirs)) : .clean(item(.ours))
    }
}
