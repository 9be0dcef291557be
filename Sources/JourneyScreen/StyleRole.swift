/// What a piece of the screen is, so that the terminal layer can choose colours and attributes
/// for it (or none, under `NO_COLOR`), while the editor core stays free of terminal details.
public enum StyleRole: UInt8, Hashable, Sendable, CaseIterable {
    /// Ordinary text.
    case normal
    /// The title bar across the top.
    case titleBar
    /// The modified marker in the title bar.
    case modifiedMarker
    /// Stage names above the grid.
    case columnHeader
    /// The header of the cursor's stage.
    case columnHeaderCurrent
    /// Touchpoint names left of the grid.
    case rowHeader
    /// The header of the cursor's touchpoint.
    case rowHeaderCurrent
    /// Secondary text: channels, counts, placeholders, grid lines.
    case dim
    /// The cell under the cursor.
    case cursorCell
    /// Emotion -2.
    case emotionVeryNegative
    /// Emotion -1.
    case emotionNegative
    /// Emotion 0.
    case emotionNeutral
    /// Emotion +1.
    case emotionPositive
    /// Emotion +2.
    case emotionVeryPositive
    /// The pain point count or a pain point.
    case painPoint
    /// The opportunity count or an opportunity.
    case opportunity
    /// The emotion curve.
    case curve
    /// Arrows that say more lies off-screen.
    case scrollMarker
    /// Headings in the detail pane.
    case detailHeading
    /// The selected item in the detail pane.
    case selection
    /// The status line with an informational message.
    case status
    /// An error message on the status line.
    case error
    /// A question awaiting an answer, or a prompt label.
    case prompt
    /// Text being edited.
    case input
    /// Key names in the help screen and the hints.
    case keyName
    /// A placeholder shown instead of a control character or invisible character from a file.
    case placeholder
    /// A conflict between two versions of the map.
    case conflict
    /// A cell rated -2: its background lightly tinted, its text kept readable.
    case cellVeryNegative
    /// A cell rated -1.
    case cellNegative
    /// A cell rated 0.
    case cellNeutral
    /// A cell rated +1.
    case cellPositive
    /// A cell rated +2.
    case cellVeryPositive
    /// The zero line and the axis of the emotion curve.
    case curveAxis
    /// The point of a stage that is on screen in the grid, on the emotion curve.
    case curveVisible
    /// The lowest stage on the emotion curve.
    case curveLowest

    /// The tinted cell role for a cell's emotion score.
    public static func cell(_ score: Int) -> StyleRole {
        switch score {
        case ...(-2): .cellVeryNegative
        case -1: .cellNegative
        case 0: .cellNeutral
        case 1: .cellPositive
        default: .cellVeryPositive
        }
    }

    /// The emotion role for a score, rounding averages to the nearest point.
    public static func emotion(_ value: Double) -> StyleRole {
        switch value.rounded() {
        case ...(-2): .emotionVeryNegative
        case -1: .emotionNegative
        case 0: .emotionNeutral
        case 1: .emotionPositive
        default: .emotionVeryPositive
        }
    }
}
