import Foundation

/// Text folded for matching as people search: without case and accents, so that `cafe` finds
/// `Café` and `ENFADADA` finds `enfadadísima`.
public enum TextFolding {
    /// The text without case and accents.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Whether `text` contains `part`, ignoring case and accents.
    public static func contains(_ text: String, _ part: String) -> Bool {
        fold(text).contains(fold(part))
    }
}
