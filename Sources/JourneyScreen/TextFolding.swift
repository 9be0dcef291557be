/// Plain forms of text, in pure Swift: for matching that ignores case and accents (search) and for
/// terminals that can show only ASCII.
public enum TextFolding {
    /// The Latin letter an accented Latin letter is built on, in the same case: `é` and `e` + U+0301
    /// give `e`, `Ñ` gives `N`, `ø` gives `o`; `nil` for anything else (including plain letters).
    public static func baseLatinLetter(of character: Character) -> Character? {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return nil }
        var hasMarks = false
        while let next = scalars.next() {
            guard next.properties.generalCategory == .nonspacingMark else { return nil }
            hasMarks = true
        }
        if first.isASCII {
            return hasMarks && first.properties.isAlphabetic ? Character(first) : nil
        }
        // "LATIN SMALL LETTER E WITH ACUTE": the letter is the word after LETTER.
        guard let name = first.properties.name else { return nil }
        for (prefix, upper) in [("LATIN SMALL LETTER ", false), ("LATIN CAPITAL LETTER ", true)] where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard rest.count > 6, rest.dropFirst().hasPrefix(" WITH "), let letter = rest.first, letter.isASCII, letter.isLetter else { return nil }
            return upper ? letter : Character(letter.lowercased())
        }
        return nil
    }

    /// `text` in lower case with the accents of Latin letters dropped: `Café` gives `cafe`.
    public static func folded(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isASCII {
                result.append(character.lowercased())
            } else {
                result.append((baseLatinLetter(of: character) ?? character).lowercased())
            }
        }
        return result
    }

    /// Whether `text` contains `part`, ignoring case and the accents of Latin letters.
    public static func contains(_ part: String, in text: String) -> Bool {
        let needle = folded(part)
        return needle.isEmpty || folded(text).contains(needle)
    }
}
