/// A stage of the journey: one column of the map, such as "Awareness" or "Purchase".
///
/// Stages are created, renamed, moved and deleted through ``JourneyMap``, which keeps
/// names unique and the cells attached.
public struct Stage: Sendable {
    /// A short, stable identifier used by the `.journey` format to attach cells, such as `awareness`.
    ///
    /// It is made from the name when the stage is created and does not change when the stage is
    /// renamed, so that a rename changes a single line of the file.
    public internal(set) var key: String
    /// The stage's name as shown in the column header.
    public internal(set) var name: String
    /// What the customer wants to achieve in this stage, if noted.
    public internal(set) var goal: String?
    /// Figures measured on this stage (conversion, drop-off, satisfaction, time), in order.
    public internal(set) var metrics: [StageMetric]
    /// Fields this version of journey does not know, kept for writing back.
    public internal(set) var extraFields: [ExtraField]
    /// The internal identity that cells are stored under; never written to files.
    let id: StageID

    init(id: StageID, key: String, name: String, goal: String?, metrics: [StageMetric] = [], extraFields: [ExtraField] = []) {
        self.id = id
        self.key = key
        self.name = name
        self.goal = goal
        self.metrics = metrics
        self.extraFields = extraFields
    }
}

extension Stage: Equatable {
    /// Two stages are equal when everything a file or a user can see of them is equal.
    public static func == (lhs: Stage, rhs: Stage) -> Bool {
        lhs.key == rhs.key && lhs.name == rhs.name && lhs.goal == rhs.goal && lhs.metrics == rhs.metrics && lhs.extraFields == rhs.extraFields
    }
}

/// The identity under which a stage's cells are stored, stable across renames and moves.
struct StageID: Hashable, Sendable {
    let raw: UInt32
}
