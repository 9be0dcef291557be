/// A figure rounded to two decimals, held exactly as a whole number of hundredths, as the analysis
/// reports averages and changes: `-1.25` is `Hundredths(-125)`.
///
/// Rounding is to the nearest hundredth, halves away from zero (`0.125` → `0.13`, `-0.125` →
/// `-0.13`). Held as a whole number, figures add and subtract exactly, so a change computed from
/// two rounded averages is exactly their difference as shown.
///
/// ```swift
/// let average = Hundredths(rounding: -5.0 / 4)   // -1.25
/// average.jsonText                                // "-1.25"
/// Hundredths(50).jsonText                         // "0.5"
/// Hundredths(100).jsonText                        // "1"
/// Hundredths(50).signedText(in: .spanish)         // "+0,50"
/// ```
public struct Hundredths: Sendable, Hashable, Comparable {
    /// The figure times 100.
    public let value: Int

    /// A figure of `value` hundredths.
    public init(_ value: Int) {
        self.value = value
    }

    /// The figure nearest to `number`, rounded to two decimals (halves away from zero).
    public init(rounding number: Double) {
        value = Int((number * 100).rounded(.toNearestOrAwayFromZero))
    }

    /// The mean of `tally`'s scores rounded to two decimals, or `nil` when it counted none.
    ///
    /// Rounded from the exact fraction `sum / count`, so that `-1/8` gives `-0.13` whatever the
    /// binary rounding of the division.
    public init?(averageOf tally: EmotionTally) {
        guard tally.count > 0 else { return nil }
        let scaled = tally.sum * 100
        let quotient = scaled / tally.count
        let remainder = abs(scaled % tally.count)
        value = quotient + (remainder * 2 >= tally.count ? (scaled < 0 ? -1 : 1) : 0)
    }

    /// The figure as a number: `-1.25`.
    public var doubleValue: Double {
        Double(value) / 100
    }

    /// The figure as JSON writes it: the fewest digits that say it, `-1.25`, `0.5`, `1`, `0`.
    public var jsonText: String {
        let magnitude = value.magnitude
        let whole = magnitude / 100
        let fraction = magnitude % 100
        let sign = value < 0 ? "-" : ""
        switch fraction {
        case 0: return "\(sign)\(whole)"
        case let tenths where tenths % 10 == 0: return "\(sign)\(whole).\(tenths / 10)"
        default: return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
        }
    }

    /// The figure for people: always two decimals, in the language's notation, with a sign for
    /// anything but zero: `+1.25` / `+1,25`, `-0.50` / `-0,50`, `0.00` / `0,00`.
    public func signedText(in language: Language) -> String {
        let magnitude = value.magnitude
        let fraction = magnitude % 100
        let sign = value > 0 ? "+" : (value < 0 ? "-" : "")
        return "\(sign)\(magnitude / 100)\(language.decimalSeparator)\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// A face for the figure as an average emotion: 😠 🙁 😐 🙂 😄.
    public var face: String {
        Emotion.face(forAverage: doubleValue)
    }

    public static func < (lhs: Hundredths, rhs: Hundredths) -> Bool { lhs.value < rhs.value }

    /// The difference, exact: `future - current`.
    public static func - (lhs: Hundredths, rhs: Hundredths) -> Hundredths { Hundredths(lhs.value - rhs.value) }
}
