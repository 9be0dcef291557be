@testable import JourneyTerminal
import Testing

/// With a locale that is not UTF-8, the terminal's bytes are decoded as UTF-8 here: characters
/// arrive whole, and what is not UTF-8 is reported with its bytes.
@Suite("UTF-8 from bytes")
struct UTF8ByteDecoderTests {
    /// Decodes `bytes`; returns the outcome and the bytes left (those not read, and any handed back).
    static func decode(_ bytes: [UInt8]) -> (UTF8ByteDecoder.Outcome, left: [UInt8]) {
        var rest = Array(bytes.dropFirst())
        let outcome = UTF8ByteDecoder.decode(
            first: bytes[0],
            next: { rest.isEmpty ? nil : rest.removeFirst() },
            unread: { rest.insert($0, at: 0) })
        return (outcome, rest)
    }

    @Test(arguments: ["a", "é", "ñ", "Í", "漢", "🐱", "\u{7F}"])
    func everyCharacterArrivesWhole(_ text: String) throws {
        let scalar = try #require(text.unicodeScalars.first)
        let (outcome, left) = Self.decode(Array(text.utf8) + Array("x".utf8))
        #expect(outcome == .scalar(scalar.value))
        #expect(left == Array("x".utf8))
    }

    @Test func aLatin1ByteIsReportedNotDropped() {
        // é typed on a terminal set to Latin-1: the start of a three-byte sequence, then nothing.
        #expect(Self.decode([0xE9]).0 == .invalid([0xE9]))
    }

    @Test func aSequenceCutShortHandsBackWhatFollows() {
        let (outcome, left) = Self.decode([0xC3, 0x28, 0x61])
        #expect(outcome == .invalid([0xC3]))
        #expect(left == [0x28, 0x61])  // "(" and "a" are read again as keys
    }

    @Test(arguments: [
        [0xA9],  // a continuation byte alone
        [0xC0, 0xAF], [0xC1, 0x81],  // lead bytes of overlong forms
        [0xE0, 0x80, 0x80],  // an overlong three-byte form
        [0xED, 0xA0, 0x80],  // a surrogate
        [0xF5, 0x80, 0x80, 0x80], [0xFF],  // beyond Unicode
    ] as [[UInt8]])
    func invalidFormsAreReported(_ bytes: [UInt8]) {
        guard case .invalid(let reported) = Self.decode(bytes).0 else {
            Issue.record("\(bytes) decoded as a character")
            return
        }
        #expect(!reported.isEmpty && bytes.starts(with: reported))
    }
}
