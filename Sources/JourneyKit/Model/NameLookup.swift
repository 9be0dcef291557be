/// Finds stages or touchpoints by name as ``JourneyMap/stageIndex(named:)`` does (trimmed,
/// case-insensitively), in constant time, trying the name exactly as written first.
struct JSONNameLookup {
    private var exact: [String: Int] = [:]
    private var normalized: [String: Int] = [:]

    /// Indexes `names`, keeping the first of any that compare equal.
    init(names: [String]) {
        for (index, name) in names.enumerated() {
            if exact[name] == nil { exact[name] = index }
            let form = NameRules.comparisonForm(of: name)
            if normalized[form] == nil { normalized[form] = index }
        }
    }

    /// The position of the name that `name` stands for, if any.
    func index(of name: String) -> Int? {
        exact[name] ?? normalized[NameRules.comparisonForm(of: name)]
    }
}
