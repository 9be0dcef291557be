/// A map bundled with journey: a template to start from, or an example to learn from.
///
/// ```swift
/// let template = try TemplateLibrary.template(named: "five-stage")
/// template.name                  // "five-stage"
/// template.map.stages.count      // 5
/// ```
public struct BundledMap: Sendable {
    /// The map's name: its file name without `.journey`, such as `five-stage` or `cat-mug-shop`.
    public let name: String
    /// The map, as read from the bundled file, without its scenario hint.
    public let map: JourneyMap
    /// What a template suggests for the scenario ("What should this map answer? …"): the editor
    /// shows it while the map's scenario is empty; it is never saved into the map.
    public let scenarioHint: String?

    /// The top-level field of a bundled file that holds the scenario hint.
    static let scenarioHintKey = "scenario-hint"

    /// A bundled map, with the scenario hint taken out of the map's fields.
    init(name: String, file map: JourneyMap) {
        var map = map
        self.name = name
        scenarioHint = map.extraFields.first { $0.key == Self.scenarioHintKey }?.value
        map.extraFields.removeAll { $0.key == Self.scenarioHintKey }
        self.map = map
    }
}
