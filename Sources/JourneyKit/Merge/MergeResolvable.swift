/// A merged value: settled, or still waiting on the choice for a conflict.
///
/// The conflict is named by its provisional number (the order conflicts were found in); the
/// ``MergePlan`` maps it to the public ``MergeConflict/id``.
enum MergeResolvable<Value: Sendable>: Sendable {
    /// Both sides agree, or only one side changed it.
    case clean(Value)
    /// Both sides changed it differently; `ours` and `theirs` are what either choice gives.
    case conflict(Int, ours: Value, theirs: Value)

    /// The value for the choices made; `side` answers for a provisional conflict number.
    func value(_ side: (Int) -> MergeSide) -> Value {
        switch self {
        case .clean(let value): value
        case .conflict(let number, let ours, let theirs): side(number) == .ours ? ours : theirs
        }
    }

    /// The value when every conflict takes ours.
    var oursValue: Value {
        value { _ in .ours }
    }

    /// The value when every conflict takes theirs.
    var theirsValue: Value {
        value { _ in .theirs }
    }
}
