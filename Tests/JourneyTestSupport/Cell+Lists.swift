import JourneyKit

extension Cell {
    /// A cell with pain points and opportunities given by name, for tests written before lists
    /// were an ``ItemList``.
    public init(
        note: String = "",
        emotion: Emotion? = nil,
        feeling: String? = nil,
        painPoints: [Item] = [],
        opportunities: [Item] = [],
        evidence: Evidence? = nil,
        sources: [String] = [],
        extraFields: [ExtraField] = []
    ) {
        self.init(
            note: note, emotion: emotion, feeling: feeling, lists: [.painPoints: painPoints, .opportunities: opportunities],
            evidence: evidence, sources: sources, extraFields: extraFields)
    }
}
