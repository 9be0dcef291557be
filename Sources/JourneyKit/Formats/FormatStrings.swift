/// The string catalogue's sentences about formats: why one cannot be used.
public enum FormatStrings: Localized, Hashable {
    /// A format (by name) that cannot be written.
    case cannotExport(String)
    /// A format (by name) that cannot be read.
    case cannotImport(String)

    public func text(in language: Language) -> String {
        switch self {
        case .cannotExport(let name):
            language.choose(en: "maps cannot be written as \(name)", es: "los mapas no se pueden escribir en \(name)")
        case .cannotImport(let name):
            language.choose(en: "maps cannot be read from \(name): it is an export only",
                            es: "los mapas no se pueden leer desde \(name): solo sirve para exportar")
        }
    }
}

/// What a format is, in a few words in each language, for the help and messages; each format's
/// file writes its own.
public struct FormatSummary: Localized, Hashable {
    /// The words in English.
    public let english: String
    /// The words in Spanish.
    public let spanish: String

    /// Creates a summary from its English and Spanish words.
    public init(en english: String, es spanish: String) {
        self.english = english
        self.spanish = spanish
    }

    public func text(in language: Language) -> String {
        language.choose(en: english, es: spanish)
    }
}
