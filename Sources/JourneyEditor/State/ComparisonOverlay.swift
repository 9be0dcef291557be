import JourneyKit

/// A second map shown against the one being edited (`:compare FILE`): its stages' average
/// emotions are drawn as a second line over the emotion curve, matched to this map's stages by
/// name as `journey compare` matches them.
public struct ComparisonOverlay: Equatable, Sendable {
    /// The file as the user named it.
    public var path: String
    /// The other map, as read.
    public var map: JourneyMap

    /// Creates an overlay.
    public init(path: String, map: JourneyMap) {
        self.path = path
        self.map = map
    }

    /// The other map's average emotion for each stage of `current`, by name; `nil` where the
    /// other map lacks the stage or has no rated cell in it.
    public func averages(against current: JourneyMap) -> [Double?] {
        current.stages.map { stage in
            map.stageIndex(named: stage.name).flatMap { map.averageEmotion(stage: $0) }
        }
    }

    /// The name the legend gives the other map: its title, or its file name.
    public var label: String {
        if !map.title.isEmpty { return map.title }
        return path.split(separator: "/").last.map(String.init) ?? path
    }
}
