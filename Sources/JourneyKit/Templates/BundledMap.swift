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
    /// The map, as read from the bundled file.
    public let map: JourneyMap
}
