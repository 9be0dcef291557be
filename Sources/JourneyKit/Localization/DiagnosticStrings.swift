/// The string catalogue of the problems journey reports about a file (`path:line:column: message`):
/// one typed message with its arguments per problem, grouped by the reader that finds it, each
/// written in English and Spanish side by side.
///
/// A ``Diagnostic`` keeps its message as one of these and renders it in the reader's language
/// only when it is shown. Text quoted from a file is passed in already shortened and escaped.
enum DiagnosticStrings: Localized, Hashable {
    /// A message that is the same in every language (made by ``Diagnostic/init(_:at:)``).
    case verbatim(String)
    /// The last message of a list cut short.
    case tooManyProblems
    /// The word before a warning's message: `warning` / `aviso`.
    case warningLabel
    /// A problem of the `.journey` reader.
    case journey(JourneyReaderStrings)
    /// A problem of the JSON reader or of the map built from JSON.
    case json(JSONReaderStrings)
    /// A problem or warning of the CSV importer.
    case csv(CSVReaderStrings)
    /// A problem or warning of the Mermaid importer.
    case mermaid(MermaidReaderStrings)

    func text(in language: Language) -> String {
        switch self {
        case .verbatim(let message): message
        case .tooManyProblems: language.choose(en: "too many problems; stopping here", es: "demasiados problemas; se detiene aquí")
        case .warningLabel: language.choose(en: "warning", es: "aviso")
        case .journey(let message): message.text(in: language)
        case .json(let message): message.text(in: language)
        case .csv(let message): message.text(in: language)
        case .mermaid(let message): message.text(in: language)
        }
    }
}
