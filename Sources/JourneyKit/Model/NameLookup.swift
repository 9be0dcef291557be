/// Finds stages or touchpoints by name as ``JourneyMap/stageIndex(named:)`` does (trimmed,
/// case-insensitively), in constant time, trying the name exactly as written first.
///
/// Readers that name a cell by its stage and touchpoint make one per axis: the JSON reader from
/// the map's lists, the CSV reader growing it as rows bring new names.
public struct NameLookup: Sendable {
    private var exact: [String: Int] = [:]
    private var normalized: [String: Int] = [:]

    /// Indexes `names`, keeping the first of any that compare equal.
    public init(names: [String]) {
        for (index, name) in names.enumerated() { add(name, at: index) }
    }

    /// Adds `name` at position `index`, as a reader does when it appends a stage or touchpoint;
    /// a name that compares equal to one already there keeps the earlier position.
    public mutating func add(_ name: String, at index: Int) {
        if exact[name] == nil { exact[name] = index }
        let form = NameRules.comparisonForm(of: name)
        if normalized[form] == nil { normalized[form] = index }
    }

    /// The position of the name that `name` stands for, if any.
    public func index(of name: String) -> Int? {
        exact[name] ?? normalized[NameRules.comparisonForm(of: name)]
    }
}
