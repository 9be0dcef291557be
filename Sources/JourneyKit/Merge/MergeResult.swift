/// What a three-way merge gives: the merged map, and the conflicts to ask about.
///
/// ``merged`` is ready to show or save: every conflict in it takes ours. Once the user has
/// chosen, ``resolved(_:)`` gives the map with those choices; a git merge driver that must not
/// stop takes one side for all with ``resolved(taking:)``.
///
/// ```swift
/// let result = JourneyMerge.merge(base: read, ours: edited, theirs: onDisk)
/// var choices: [MergeConflict.ID: MergeSide] = [:]
/// for conflict in result.conflicts where conflict.summary.hasPrefix("Title") {
///     choices[conflict.id] = .theirs
/// }
/// let map = result.resolved(choices)
/// ```
public struct MergeResult: Sendable {
    /// The merged map with every conflict resolved toward `ours` (what the editor shows until the user chooses).
    public let merged: JourneyMap
    /// The places where both sides changed the same thing differently, in document order;
    /// each one's ``MergeConflict/id`` is its position here.
    public let conflicts: [MergeConflict]
    /// Everything needed to build the map for other choices.
    let plan: MergePlan
    /// The public identifier of each conflict, by the provisional number the plan uses.
    let identifiers: [Int]

    init(plan: MergePlan, conflicts: [MergeConflict], identifiers: [Int]) {
        self.plan = plan
        self.conflicts = conflicts
        self.identifiers = identifiers
        merged = plan.build { _ in .ours }
    }

    /// Whether any conflict needs a choice.
    public var hasConflicts: Bool { !conflicts.isEmpty }

    /// The merged map with each conflict resolved as chosen; conflicts absent from `choices` take `ours`.
    ///
    /// Identifiers that name no conflict are ignored. Choosing a side for a conflict changes only
    /// what that conflict is about; everything merged cleanly stays as it is.
    public func resolved(_ choices: [MergeConflict.ID: MergeSide]) -> JourneyMap {
        guard hasConflicts, choices.values.contains(.theirs) else { return merged }
        return plan.build { choices[identifiers[$0]] ?? .ours }
    }

    /// Convenience: every conflict taken from one side.
    public func resolved(taking side: MergeSide) -> JourneyMap {
        guard hasConflicts, side == .theirs else { return merged }
        return plan.build { _ in .theirs }
    }
}
