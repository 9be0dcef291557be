/// What a journey map describes.
///
/// The raw values are the spellings used in `.journey` files, in the JSON interchange
/// form and on the command line.
public enum JourneyKind: String, CaseIterable, Sendable, Hashable {
    /// How the journey is today; the most common kind of map.
    case currentState = "current-state"
    /// How the journey should be once the opportunities are acted on.
    case futureState = "future-state"
    /// The customer's whole day, whether or not the business is part of it.
    case dayInTheLife = "day-in-the-life"

    /// Every raw value, joined for error messages and help texts: `current-state, future-state, day-in-the-life`.
    public static var allSpellings: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }
}
