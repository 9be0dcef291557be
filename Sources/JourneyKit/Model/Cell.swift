/// What happens where a stage meets a touchpoint: what the customer does, how they feel,
/// what gets in their way and what the team could do about it.
///
/// ```swift
/// var cell = Cell()
/// cell.note = "Sees the mug ad and clicks through"
/// cell.emotion = Emotion(1)
/// cell.feeling = "curious"
/// cell.painPoints = ["The ad hides the price"]
/// ```
public struct Cell: Sendable, Equatable {
    /// What the customer does here; free text that may span several lines. Empty when not noted.
    public var note: String
    /// How the customer feels, from -2 to +2, or `nil` when not rated.
    public var emotion: Emotion?
    /// A word for the feeling, such as "frustrated", or `nil`.
    public var feeling: String?
    /// What frustrates, confuses or stops the customer here.
    public var painPoints: [String]
    /// What the team could do about it.
    public var opportunities: [String]
    /// Fields this version of journey does not know, kept for writing back.
    public var extraFields: [ExtraField]

    /// Creates a cell; every part defaults to empty.
    public init(
        note: String = "",
        emotion: Emotion? = nil,
        feeling: String? = nil,
        painPoints: [String] = [],
        opportunities: [String] = [],
        extraFields: [ExtraField] = []
    ) {
        self.note = note
        self.emotion = emotion
        self.feeling = feeling
        self.painPoints = painPoints
        self.opportunities = opportunities
        self.extraFields = extraFields
    }

    /// An empty cell.
    public static let empty = Cell()

    /// Whether nothing at all is noted in the cell.
    public var isEmpty: Bool {
        note.isEmpty && emotion == nil && feeling == nil && painPoints.isEmpty && opportunities.isEmpty
            && extraFields.isEmpty
    }
}
