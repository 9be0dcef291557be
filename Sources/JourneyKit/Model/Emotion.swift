/// How the customer feels in a cell, on a five-point scale from -2 (very negative) to +2 (very positive).
///
/// ```swift
/// let e = Emotion(2)            // very positive
/// e?.signedText                 // "+2"
/// Emotion(7)                    // nil: outside -2...2
/// ```
public struct Emotion: Sendable, Hashable, Comparable {
    /// The lowest score, very negative.
    public static let minimum = -2
    /// The highest score, very positive.
    public static let maximum = 2
    /// Every valid score in order.
    public static let scores = minimum...maximum

    /// The score, always within ``scores``.
    public let score: Int

    /// Creates an emotion, or `nil` when `score` lies outside -2...2.
    public init?(_ score: Int) {
        guard Emotion.scores.contains(score) else { return nil }
        self.score = score
    }

    /// Creates the emotion nearest to `score`, clamping it into -2...2.
    public init(clamping score: Int) {
        self.score = min(max(score, Emotion.minimum), Emotion.maximum)
    }

    /// The score with an explicit sign for positive values: `-2`, `-1`, `0`, `+1`, `+2`.
    public var signedText: String {
        score > 0 ? "+\(score)" : "\(score)"
    }

    /// A face for the score, as an emoji: 😠 🙁 😐 🙂 😄.
    public var face: String {
        Emotion.face(forAverage: Double(score))
    }

    /// A face for the score in plain ASCII, for terminals without UTF-8: `:((`, `:(`, `:|`, `:)`, `:))`.
    public var asciiFace: String {
        Emotion.asciiFace(forAverage: Double(score))
    }

    /// The emoji face for an average score, rounding to the nearest point of the scale.
    public static func face(forAverage value: Double) -> String {
        switch value.rounded() {
        case ...(-2): "😠"
        case -1: "🙁"
        case 0: "😐"
        case 1: "🙂"
        default: "😄"
        }
    }

    /// The ASCII face for an average score, rounding to the nearest point of the scale.
    public static func asciiFace(forAverage value: Double) -> String {
        switch value.rounded() {
        case ...(-2): ":(("
        case -1: ":("
        case 0: ":|"
        case 1: ":)"
        default: ":))"
        }
    }

    /// Parses `-2`, `-1`, `0`, `1`, `+1`, `2`, `+2`; anything else gives `nil`.
    public init?(parsing text: some StringProtocol) {
        // An optional sign and one ASCII digit: two bytes at most, read as bytes.
        var bytes = text.utf8.makeIterator()
        var sign = 1
        var first = bytes.next()
        if first == UInt8(ascii: "+") {
            first = bytes.next()
        } else if first == UInt8(ascii: "-") {
            sign = -1
            first = bytes.next()
        }
        guard let digit = first, digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9"), bytes.next() == nil else { return nil }
        self.init(sign * Int(digit - UInt8(ascii: "0")))
    }

    public static func < (lhs: Emotion, rhs: Emotion) -> Bool { lhs.score < rhs.score }
}

/// A running sum of emotion scores, kept per stage so that averages cost nothing to read.
public struct EmotionTally: Sendable, Hashable {
    /// The sum of the scores counted.
    public private(set) var sum: Int = 0
    /// How many scores were counted.
    public private(set) var count: Int = 0

    /// An empty tally.
    public init() {}

    /// The average score, or `nil` when nothing was counted.
    public var average: Double? {
        count == 0 ? nil : Double(sum) / Double(count)
    }

    /// Counts `emotion`, if there is one.
    public mutating func add(_ emotion: Emotion?) {
        guard let emotion else { return }
        sum += emotion.score
        count += 1
    }

    /// Takes back a score counted before.
    public mutating func remove(_ emotion: Emotion?) {
        guard let emotion else { return }
        sum -= emotion.score
        count -= 1
    }
}
