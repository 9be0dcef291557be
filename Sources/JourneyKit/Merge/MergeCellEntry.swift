/// A cell of the merged map, by the positions of its stage and touchpoint in the plan.
struct MergeCellEntry: Sendable {
    var stage: Int
    var touchpoint: Int
    var plan: MergeCellPlan
    /// Whether the merged cell is ours' cell, unchanged, at a place ours has: building on a copy
    /// of ours, there is nothing to do for it.
    var matchesOurs: Bool
}
