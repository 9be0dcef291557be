/// One stage or touchpoint of the merged map, or one that a conflict may keep.
struct MergeAxisEntry: Sendable {
    var key: String
    /// Whether it is in the map; a conflict when deleted on one side and changed on the other.
    var presence: MergeResolvable<Bool>
    var name: MergeResolvable<String>
    /// The goal of a stage, the channel of a touchpoint.
    var detail: MergeResolvable<String?>
    /// A stage's metrics (none for a touchpoint), merged item by item.
    var metrics: MergeResolvable<[StageMetric]>
    var extraFields: MergeExtraFieldsPlan
    /// The name ours gives it, when ours has it: on a name collision that one keeps its name.
    var oursName: String?
    /// How conflicts name it: ours' name, else theirs', else the base's.
    var label: String
}

/// Two stages (or touchpoints) whose merged names collide, with the conflict that says which
/// keeps the name: ours gives it to `keeper` (the one ours named so), theirs to `other`.
struct MergeCollision: Sendable {
    var keeper: Int
    var other: Int
    var conflict: Int
}
