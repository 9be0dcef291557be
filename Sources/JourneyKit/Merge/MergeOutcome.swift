/// The outcome of merging one value three ways, before a conflict is given a number.
enum MergeOutcome<Value> {
    /// Both sides agree, or only one changed it.
    case clean(Value)
    /// Both changed it differently; these are what either choice gives.
    case conflict(ours: Value, theirs: Value)

    /// Merges a plain value: a change on one side wins, the same change on both is fine, and
    /// different changes on both are a conflict. A `nil` base stands for a value that did not exist.
    static func value(base: Value?, ours: Value, theirs: Value) -> MergeOutcome<Value> where Value: Equatable {
        if ours == theirs { return .clean(ours) }
        if let base {
            if theirs == base { return .clean(ours) }
            if ours == base { return .clean(theirs) }
        }
        return .conflict(ours: ours, theirs: theirs)
    }
}
