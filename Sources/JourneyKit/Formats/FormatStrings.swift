/// The string catalogue's sentences about formats: why one cannot be used.
public enum FormatStrings: Localized, Hashable {
    /// A format (by name) that cannot be written.
    case cannotExport(String)
    /// A format (by name) that cannot be read.
    case cannotImport(String)
    /// A format (by name) whose files `journey fmt` does not rewrite: reading and writing them
    /// back would not keep all they say.
    case cannotRewrite(String)

    public func text(in language: Language) -> String {
        switch self {
        case .cannotExport(let name):
            language.choose(en: "maps cannot be written as \(name)", es: "los mapas no se pueden escribir en \(name)")
        case .cannotImport(let name):
            language.choose(en: "maps cannot be read from \(name): it is an export only",
                            es: "los mapas no se pueden leer desde \(name): solo sirve para exportar")
        case .cannotRewrite(let name):
            language.choose(en: "journey fmt does not rewrite \(name) files: writing one back would not keep all it says; import it into a .journey map instead",
                            es: "journey fmt no reescribe archivos \(name): al escribirlos de nuevo no se conservaría todo lo que dicen; impórtalo a un mapa .journey")
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
