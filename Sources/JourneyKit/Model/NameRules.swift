import Foundation

/// The rules for stage and touchpoint names and keys, shared by the model, the parsers and the editor.
public enum NameRules {
    /// The longest key that ``makeKey(from:fallback:taken:)`` makes or a file may use.
    public static let maximumKeyLength = 64
    /// The longest key made from a name; longer names are cut.
    static let preferredKeyLength = 32

    /// The form in which names are compared: trimmed of white space and lowercased.
    ///
    /// "  Awareness " and "awareness" are the same name; "Consideración" and "Consideracion" are not.
    public static func comparisonForm(of name: String) -> String {
        name.trimmingWhitespace().lowercased()
    }

    /// Whether `name` is usable: not empty once trimmed.
    public static func isValidName(_ name: String) -> Bool {
        !name.trimmingWhitespace().isEmpty
    }

    /// Whether `key` is a valid key: 1 to 64 of `a-z 0-9 - _ .`, starting with a letter or digit.
    public static func isValidKey(_ key: some StringProtocol) -> Bool {
        isValidKey(utf8: key.utf8)
    }

    static func isValidKey(utf8 bytes: some Collection<UInt8>) -> Bool {
        guard let first = bytes.first, bytes.count <= maximumKeyLength, isKeyStart(first) else { return false }
        return bytes.allSatisfy(isKeyByte)
    }

    static func isKeyStart(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    static func isKeyByte(_ byte: UInt8) -> Bool {
        isKeyStart(byte) || byte == 0x2D || byte == 0x5F || byte == 0x2E
    }

    /// Makes a key from a name: accents folded, lowercase ASCII letters and digits joined by `-`.
    ///
    /// `"Post-compra"` gives `post-compra`, `"Consideración"` gives `consideracion`. A name with
    /// no Latin letters or digits gives `fallback`. When the key is in `taken`, `-2`, `-3`… is added.
    public static func makeKey(from name: String, fallback: String, taken: (String) -> Bool) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isASCII, isKeyStart(UInt8(scalar.value)) || (scalar.value >= 0x41 && scalar.value <= 0x5A) {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                let ascii = UInt8(scalar.value)
                slug.unicodeScalars.append(Unicode.Scalar(ascii >= 0x41 && ascii <= 0x5A ? ascii + 0x20 : ascii))
                if slug.utf8.count >= preferredKeyLength { break }
            } else if scalar.properties.generalCategory == .nonspacingMark
                || scalar.properties.generalCategory == .enclosingMark
                || scalar.properties.generalCategory == .spacingMark
            {
                continue
            } else {
                pendingDash = true
            }
        }
        let base = slug.isEmpty ? fallback : slug
        if !taken(base) { return base }
        var counter = 2
        while taken("\(base)-\(counter)") { counter += 1 }
        return "\(base)-\(counter)"
    }
}

extension String {
    /// The string without white space (including line breaks) at either end.
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
