/// A language that journey speaks: its interface, its messages and the headings of its exports.
///
/// Every sentence a user reads is written in both languages side by side in the string catalogue
/// (the `…Strings` types); ``choose(en:es:)`` picks one:
///
/// ```swift
/// let language = Language.preferred(environment: ProcessInfo.processInfo.environment)
/// print(language.choose(en: "Saved", es: "Guardado"))
/// print(language.count(3, one: "stage", other: "stages"))   // "3 stages" / with es: "3 etapas"
/// ```
public enum Language: String, CaseIterable, Sendable, Hashable {
    /// English, the fallback for every other language.
    case english = "en"
    /// Spanish, as written in Spain and Latin America alike.
    case spanish = "es"

    /// The language of a code such as `es`, `es_ES.UTF-8`, `es-MX`, `en_US` or `english`; `nil`
    /// for a language journey does not speak, and for `C` and `POSIX`.
    public init?(code: some StringProtocol) {
        let lowered = code.lowercased()
        let primary = lowered.prefix { $0.isLetter }
        switch primary {
        case "en", "english": self = .english
        case "es", "spanish", "español", "espanol": self = .spanish
        default: return nil
        }
    }

    /// The interface language the environment asks for, the way gettext reads it: `LANGUAGE` (a
    /// colon-separated list of preferences, ignored in the C locale), then `LC_ALL`, `LC_MESSAGES`
    /// and `LANG`; English when none names a language journey speaks.
    public static func preferred(environment: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        let isCLocale = locale.map { $0 == "C" || $0 == "POSIX" || $0.hasPrefix("C.") } ?? true
        if !isCLocale, let preferences = environment["LANGUAGE"], !preferences.isEmpty {
            for entry in preferences.split(separator: ":") {
                if let language = Language(code: entry) { return language }
            }
        }
        return locale.flatMap { Language(code: $0) } ?? .english
    }

    /// The text in this language.
    @inlinable
    public func choose(en english: @autoclosure () -> String, es spanish: @autoclosure () -> String) -> String {
        switch self {
        case .english: english()
        case .spanish: spanish()
        }
    }

    /// A count with its noun, singular for exactly one ("1 stage", "2 stages"; "1 etapa", "0 etapas").
    ///
    /// English and Spanish share the rule: only 1 takes the singular.
    public func count(_ number: Int, one: String, other: String) -> String {
        "\(number) \(number == 1 ? one : other)"
    }

    /// The noun alone, singular for exactly one.
    public func noun(for number: Int, one: String, other: String) -> String {
        number == 1 ? one : other
    }

    /// A number with one decimal and a sign for positive values, in this language's notation:
    /// `+1.5` / `+1,5`, `-0.3` / `-0,3`, `0.0` / `0,0`.
    public func signedDecimal(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        let magnitude = abs(rounded)
        let whole = Int(magnitude)
        let tenth = Int(((magnitude - Double(whole)) * 10).rounded())
        let sign = rounded > 0 ? "+" : (rounded < 0 ? "-" : "")
        return "\(sign)\(whole)\(decimalSeparator)\(tenth)"
    }

    /// The decimal separator: `.` in English, `,` in Spanish.
    public var decimalSeparator: String {
        choose(en: ".", es: ",")
    }

    /// The language's own name, for menus and messages: "English", "español".
    public var nativeName: String {
        choose(en: "English", es: "español")
    }
}
