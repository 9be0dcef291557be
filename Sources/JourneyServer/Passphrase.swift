import Crypto
import JourneyKit

/// The shared secret that lets a participant in: a few short words, easy to say aloud in a room
/// and to type, compared in constant time.
public struct Passphrase: Sendable {
    /// The words, separated by single spaces.
    public let text: String

    public init(_ text: String) {
        self.text = Self.normalized(text)
    }

    /// Four random words from the language's list (about 32 bits: with the delay after each
    /// failed attempt, far beyond guessing within a workshop).
    public static func generated(in language: Language, words count: Int = 4) -> Passphrase {
        var generator = SystemRandomNumberGenerator()
        let list = PassphraseWords.list(for: language)
        let words = (0..<count).map { _ in list[Int.random(in: 0..<list.count, using: &generator)] }
        return Passphrase(words.joined(separator: " "))
    }

    /// Whether what a client typed is this passphrase, ignoring case and extra spaces, in a time
    /// that does not depend on where the two differ: both are hashed, and every byte of the
    /// hashes is compared.
    public func matches(_ typed: String) -> Bool {
        let expected = Array(SHA256.hash(data: Array(text.utf8)))
        let given = Array(SHA256.hash(data: Array(Self.normalized(typed).utf8)))
        var difference: UInt8 = 0
        for index in expected.indices { difference |= expected[index] ^ given[index] }
        return difference == 0
    }

    /// Lowercased, with runs of spaces made one and the ends trimmed.
    static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
