@testable import JourneyEditor
import JourneyKit
import JourneyTestSupport

/// Maps and states the render tests draw: bundled examples and templates, and the six-stage
/// template filled in the way a workshop fills it.
enum RenderFixtures {
    /// A bundled example map, such as `cat-mug-shop` or `academia-online`.
    static func example(_ name: String) throws -> JourneyMap {
        try ExampleLibrary.example(named: name).map
    }

    /// A bundled template map, such as `six-stage` or `six-stage-es`.
    static func template(_ name: String) throws -> JourneyMap {
        try TemplateLibrary.template(named: name).map
    }

    /// The six-stage template with every other cell noted, rated, felt and given items.
    static func filledSixStage() throws -> JourneyMap {
        var map = try template("six-stage")
        let feelings = ["furious", "frustrated", "indifferent", "pleased", "delighted"]
        for stage in map.stages.indices {
            for touchpoint in map.touchpoints.indices where (stage + touchpoint) % 2 == 0 {
                let score = (stage * 3 + touchpoint * 2) % 5 - 2
                let note = "\(map.stages[stage].name) at \(map.touchpoints[touchpoint].name.lowercased()): "
                    + "the customer reads every word of it and then decides what to do next"
                map.setCell(Cell(
                    note: note, emotion: Emotion(clamping: score), feeling: feelings[score + 2],
                    painPoints: score < 0 ? ["Waits too long for an answer"] : [],
                    opportunities: touchpoint % 3 == 0 ? ["Answer within the hour"] : []), stage: stage, touchpoint: touchpoint)
            }
        }
        return map
    }

    /// An editor on a map at a screen size, in a language.
    static func driver(_ map: JourneyMap, width: Int, height: Int, language: Language = .english, message: StatusMessage? = nil) -> EditorDriver {
        var driver = EditorDriver(map: map, size: ScreenSize(width: width, height: height))
        driver.state = EditorState(
            map: map, document: DocumentInfo(path: "map.journey", isNew: false),
            screenSize: ScreenSize(width: width, height: height), message: message, language: language)
        driver.send(.input(.resize(ScreenSize(width: width, height: height))))
        return driver
    }
}
