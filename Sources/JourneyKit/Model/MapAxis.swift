/// The two axes of a journey map: stages across, touchpoints down.
public enum MapAxis: String, Sendable, Hashable, CaseIterable {
    /// Columns.
    case stage
    /// Rows.
    case touchpoint
}
