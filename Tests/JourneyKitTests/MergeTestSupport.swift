import JourneyKit
import Testing

/// Maps and edits for the merge tests, by key so that tests read like the changes they make.
enum MergeFixture {
    /// A small map: three stages, three touchpoints, a few filled cells.
    static let baseText = """
        journey 1
        title: Cat mug shop
        persona: Ana, 34
        kind: current-state

        [stage awareness]
        name: Awareness
        goal: Discover the brand

        [stage consideration]
        name: Consideration

        [stage purchase]
        name: Purchase
        goal: Buy without surprises

        [touchpoint ad]
        name: Instagram ad
        channel: social

        [touchpoint web]
        name: Web shop
        channel: web

        [touchpoint email]
        name: Email
        channel: email

        [cell awareness ad]
        note: Sees the mug ad
        emotion: +1
        feeling: curious
        pain: The ad hides the price
        opportunity: Show the price

        [cell consideration web]
        note:
          | Reads the reviews.
          | Compares prices.
          | Looks for a discount code.
        emotion: 0
        pain: Few photos
        pain: No size guide
        pain: Shipping unclear

        [cell purchase web]
        note: Pays
        emotion: -1
        feeling: impatient

        [cell purchase email]
        note: Gets the receipt
        """

    /// The base map.
    static func base() throws -> JourneyMap {
        try JourneyParser.parse(baseText, path: "base.journey")
    }
}

extension JourneyMap {
    /// The cell where the stage and touchpoint with these keys meet.
    func cellAt(_ stageKey: String, _ touchpointKey: String) -> Cell {
        guard let stage = stageIndex(key: stageKey), let touchpoint = touchpointIndex(key: touchpointKey) else {
            Issue.record("no cell \(stageKey) × \(touchpointKey)")
            return .empty
        }
        return cell(stage: stage, touchpoint: touchpoint)
    }

    /// Changes the cell where the stage and touchpoint with these keys meet.
    mutating func editCellAt(_ stageKey: String, _ touchpointKey: String, _ body: (inout Cell) -> Void) {
        guard let stage = stageIndex(key: stageKey), let touchpoint = touchpointIndex(key: touchpointKey) else {
            Issue.record("no cell \(stageKey) × \(touchpointKey)")
            return
        }
        updateCell(stage: stage, touchpoint: touchpoint, body)
    }

    /// The stage with this key.
    func stageWithKey(_ key: String) -> Stage? {
        stageIndex(key: key).map { stages[$0] }
    }

    /// The touchpoint with this key.
    func touchpointWithKey(_ key: String) -> Touchpoint? {
        touchpointIndex(key: key).map { touchpoints[$0] }
    }

    /// Stage keys in order.
    var stageKeyOrder: [String] { stages.map(\.key) }

    /// Touchpoint keys in order.
    var touchpointKeyOrder: [String] { touchpoints.map(\.key) }
}

extension MergeResult {
    /// The conflicts' summaries, in order.
    var summaries: [String] { conflicts.map(\.summary) }
}
