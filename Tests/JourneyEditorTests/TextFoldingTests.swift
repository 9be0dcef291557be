import JourneyEditor
import Testing

/// Search ignores case and the accents of Latin letters, and terminals without Unicode show the
/// base letter, all in pure Swift (the editor core does not import Foundation).
@Suite("Text folding")
struct TextFoldingTests {
    @Test(arguments: [
        ("é", "e"), ("É", "E"), ("ñ", "n"), ("Ñ", "N"), ("ü", "u"), ("ç", "c"), ("å", "a"), ("ø", "o"),
        ("e\u{301}", "e"), ("A\u{308}", "A"),
    ] as [(Character, Character)])
    func accentedLatinLettersHaveTheirBase(_ accented: Character, _ base: Character) {
        #expect(TextFolding.baseLatinLetter(of: accented) == base)
    }

    @Test(arguments: ["e", "ß", "漢", "🐱", "α", "1", "-"] as [Character])
    func otherCharactersHaveNone(_ character: Character) {
        #expect(TextFolding.baseLatinLetter(of: character) == nil)
    }

    @Test func matchingIgnoresCaseAndAccents() {
        #expect(TextFolding.folded("Café CON Leche") == "cafe con leche")
        #expect(TextFolding.contains("cafe", in: "Un CAFÉ con leche"))
        #expect(TextFolding.contains("ENFADADÍSIMA", in: "está enfadadisima"))
        #expect(TextFolding.contains("año", in: "el ano nuevo"))
        #expect(!TextFolding.contains("té", in: "café"))
        #expect(!TextFolding.contains("leches", in: "café con leche"))
    }

    @Test func asciiFallbackKeepsTheBaseLetter() {
        #expect(DisplayText.sanitized("Pingüino ñandú Ørsted", ascii: true) == "Pinguino nandu Orsted")
        #expect(DisplayText.sanitized("漢🐱", ascii: true) == "??")
    }
}
