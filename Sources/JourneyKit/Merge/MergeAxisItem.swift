/// A stage or a touchpoint as the merge sees it: key, name, goal or channel, unknown fields.
struct MergeAxisItem: Equatable {
    var key: String
    var name: String
    /// The goal of a stage, the channel of a touchpoint.
    var detail: String?
    /// A stage's metrics; none for a touchpoint.
    var metrics: [StageMetric] = []
    var extraFields: [ExtraField]

    init(_ stage: Stage) {
        key = stage.key
        name = stage.name
        detail = stage.goal
        metrics = stage.metrics
        extraFields = stage.extraFields
    }

    init(_ touchpoint: Touchpoint) {
        key = touchpoint.key
        name = touchpoint.name
        detail = touchpoint.channel
        extraFields = touchpoint.extraFields
    }
}

extension MapAxis {
    /// The field holding what ``MergeAxisItem/detail`` holds: `goal` or `channel`.
    var mergeDetailField: String {
        switch self {
        case .stage: "goal"
        case .touchpoint: "channel"
        }
    }

    /// The conflict section of this axis.
    var mergeSection: Int {
        switch self {
        case .stage: MergeConflictCollector.Place.stages
        case .touchpoint: MergeConflictCollector.Place.touchpoints
        }
    }

    /// Where a conflict about an item of this axis is.
    func mergeLocation(key: String, field: String?) -> MergeConflict.Location {
        switch self {
        case .stage: .stage(key: key, field: field)
        case .touchpoint: .touchpoint(key: key, field: field)
        }
    }
}
