/// Fields journey does not know, merged: taken whole from one side when only one changed them,
/// otherwise key by key (each key's values in order, keys in merged order).
enum MergeExtraFieldsPlan: Sendable {
    /// The fields as they stand, in their order.
    case whole([ExtraField])
    /// The fields key by key.
    case byKey([MergeKeyedValues])

    /// The fields for the choices made.
    func fields(_ side: (Int) -> MergeSide) -> [ExtraField] {
        switch self {
        case .whole(let fields):
            return fields
        case .byKey(let keyed):
            var result: [ExtraField] = []
            for entry in keyed {
                for value in entry.values.value(side) { result.append(ExtraField(key: entry.key, value: value)) }
            }
            return result
        }
    }
}

/// The merged values of one unknown field key.
struct MergeKeyedValues: Sendable {
    var key: String
    var values: MergeResolvable<[String]>
}
