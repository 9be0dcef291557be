import JourneyKit

/// The string catalogue's messages of the command line: what the commands print on standard output
/// and standard error, in English and Spanish side by side.
///
/// The diagnostics of a map file (`path:line:column: message`) come from JourneyKit's catalogue (`DiagnosticStrings`).
enum CLIStrings: Localized {
    /// `journey check`: a file that is valid, with what it holds.
    case valid(file: String, stages: Int, touchpoints: Int, filledCells: Int)
    /// `journey check` without files.
    case checkNeedsFiles
    /// `journey fmt` without files.
    case formatNeedsFiles
    /// `journey fmt`: a file rewritten.
    case formatted(file: String)
    /// An output file that exists and is not replaced without `--force`.
    case existsUseForce(file: String)
    /// `journey new` on a file that exists.
    case newNeverOverwrites(file: String)
    /// `journey new`: the file made.
    case created(file: String, template: String, stages: Int, touchpoints: Int)
    /// `--kind` with a kind journey does not know.
    case unknownKind(String, expected: String)
    /// `--compare` with a format that draws only one map.
    case compareNeedsFormat(given: String, names: [String])
    /// A format option with a name no usable format has.
    case unknownFormat(option: String, given: String, names: [String])
    /// A template (or example) that does not exist.
    case unknownTemplate(String, templates: [String], examples: [String])
    /// The terminal could not be opened for the editor.
    case terminalProblem(String)
    /// `journey templates`: the heading of the templates.
    case templatesHeading
    /// `journey templates`: the heading of the examples.
    case examplesHeading
    /// `journey templates`: a map without stages.
    case noStages
    /// `journey merge`: more than one of its inputs is standard input.
    case mergeOneStandardInput
    /// `journey compare`: both maps are standard input.
    case compareOneStandardInput
    /// `journey merge`: one conflict, on standard error.
    case conflict(file: String, summary: String, ours: String, theirs: String)
    /// `journey merge`: a stage or touchpoint deleted on one side.
    case deleted
    /// `journey merge`: a value absent on one side.
    case none
    /// `journey merge`: a value empty on one side.
    case empty
    /// `--lang` with a language journey does not speak.
    case unknownLanguage(String)
    /// `--lang` at the end, without its value.
    case languageNeedsValue
    /// A first word that is neither a command nor a map file.
    case unknownCommand(String, suggestions: [String])
    /// How to open a new map whose name looked like a command.
    case openAMapInstead(String)
    /// The commands there are.
    case commandList([String])
    /// Where to read more, after a usage error.
    case seeHelp
    /// `journey serve`: the server's executable is not installed beside `journey`.
    case serverMissing(String)

    func text(in language: Language) -> String {
        switch self {
        case .valid(let file, let stages, let touchpoints, let cells):
            language.choose(
                en: "\(file): valid (\(language.count(stages, one: "stage", other: "stages")), \(language.count(touchpoints, one: "touchpoint", other: "touchpoints")), \(language.count(cells, one: "filled cell", other: "filled cells")))",
                es: "\(file): válido (\(language.count(stages, one: "etapa", other: "etapas")), \(language.count(touchpoints, one: "punto de contacto", other: "puntos de contacto")), \(language.count(cells, one: "celda con contenido", other: "celdas con contenido")))")
        case .checkNeedsFiles:
            language.choose(en: "Name at least one file to check, or - for standard input",
                            es: "Indique al menos un archivo que comprobar, o - para la entrada estándar")
        case .formatNeedsFiles:
            language.choose(en: "Name at least one file to format, or - for standard input",
                            es: "Indique al menos un archivo que formatear, o - para la entrada estándar")
        case .formatted(let file):
            language.choose(en: "formatted \(file)", es: "formateado \(file)")
        case .existsUseForce(let file):
            language.choose(en: "\(file): already exists; use --force to replace it",
                            es: "\(file): ya existe; use --force para reemplazarlo")
        case .newNeverOverwrites(let file):
            language.choose(en: "\(file): already exists; journey new never overwrites a map (open it with 'journey \(file)')",
                            es: "\(file): ya existe; journey new nunca sobrescribe un mapa (ábralo con 'journey \(file)')")
        case .created(let file, let template, let stages, let touchpoints):
            language.choose(
                en: "Created \(file) from the \(template) template (\(language.count(stages, one: "stage", other: "stages")), \(language.count(touchpoints, one: "touchpoint", other: "touchpoints")))",
                es: "Creado \(file) a partir de la plantilla \(template) (\(language.count(stages, one: "etapa", other: "etapas")), \(language.count(touchpoints, one: "punto de contacto", other: "puntos de contacto")))")
        case .unknownKind(let given, let expected):
            language.choose(en: "--kind takes one of \(expected), not '\(given)'",
                            es: "--kind admite uno de \(expected), no '\(given)'")
        case .compareNeedsFormat(let given, let names):
            language.choose(en: "--compare draws a second emotion curve, which only \(Self.list(names, language)) can show, not \(given)",
                            es: "--compare dibuja una segunda curva emocional, que solo \(Self.list(names, language)) puede mostrar, no \(given)")
        case .unknownFormat(let option, let given, let names):
            language.choose(en: "\(option) takes \(Self.list(names, language)), not '\(given)'",
                            es: "\(option) admite \(Self.list(names, language)), no '\(given)'")
        case .unknownTemplate(let name, let templates, let examples):
            language.choose(en: "unknown template '\(name)'; available: \(templates.joined(separator: ", "))", es: "no hay ninguna plantilla '\(name)'; disponibles: \(templates.joined(separator: ", "))")
                + (examples.isEmpty ? "" : language.choose(en: "; examples: ", es: "; ejemplos: ") + examples.joined(separator: ", "))
        case .terminalProblem(let problem):
            "journey: \(problem)"
        case .templatesHeading:
            language.choose(en: "Templates (journey new FILE --template NAME):",
                            es: "Plantillas (journey new ARCHIVO --template NOMBRE):")
        case .examplesHeading:
            language.choose(en: "Examples (complete maps to explore; also usable with --template):",
                            es: "Ejemplos (mapas completos para explorar; también sirven con --template):")
        case .noStages:
            language.choose(en: "(no stages)", es: "(sin etapas)")
        case .mergeOneStandardInput:
            language.choose(en: "At most one of BASE, OURS and THEIRS can be - (standard input)",
                            es: "Solo uno de BASE, OURS y THEIRS puede ser - (la entrada estándar)")
        case .compareOneStandardInput:
            language.choose(en: "At most one of CURRENT and FUTURE can be - (standard input)",
                            es: "Solo uno de ACTUAL y FUTURO puede ser - (la entrada estándar)")
        case .conflict(let file, let summary, let ours, let theirs):
            language.choose(en: "\(file): conflict: \(summary): ours \(ours) / theirs \(theirs)",
                            es: "\(file): conflicto: \(summary): nuestra \(ours) / suya \(theirs)")
        case .deleted:
            language.choose(en: "(deleted)", es: "(borrada)")
        case .none:
            language.choose(en: "(none)", es: "(ninguno)")
        case .empty:
            language.choose(en: "(empty)", es: "(vacío)")
        case .unknownLanguage(let given):
            language.choose(en: "--lang takes en (English) or es (Spanish), not '\(given)'",
                            es: "--lang admite en (inglés) o es (español), no '\(given)'")
        case .languageNeedsValue:
            language.choose(en: "--lang needs a language: en (English) or es (Spanish)",
                            es: "--lang necesita un idioma: en (inglés) o es (español)")
        case .unknownCommand(let word, let suggestions):
            language.choose(en: "'\(word)' is not a journey command", es: "'\(word)' no es un comando de journey")
                + (suggestions.isEmpty ? "" : language.choose(
                    en: "; did you mean \(Self.list(suggestions, language))?",
                    es: "; ¿quiso decir \(Self.list(suggestions, language))?"))
        case .openAMapInstead(let word):
            language.choose(en: "To open or create a map, name a file ending in .journey: journey \(word).journey",
                            es: "Para abrir o crear un mapa, indique un archivo terminado en .journey: journey \(word).journey")
        case .commandList(let names):
            language.choose(en: "Commands: ", es: "Comandos: ") + names.joined(separator: ", ")
        case .serverMissing(let path):
            language.choose(en: "\(path): not found; journey serve needs the journey-serve executable installed beside journey",
                            es: "\(path): no existe; journey serve necesita el programa journey-serve instalado junto a journey")
        case .seeHelp:
            language.choose(en: "  See 'journey --help' for more information.",
                            es: "  Consulte 'journey --help' para más información.")
        }
    }

    /// Names joined as a person lists them: "a", "a or b", "a, b or c" / "a o b".
    static func list(_ names: [String], _ language: Language) -> String {
        guard let last = names.last else { return "" }
        guard names.count > 1 else { return last }
        return names.dropLast().joined(separator: ", ") + language.choose(en: " or ", es: " o ") + last
    }
}

extension Localized {
    /// The text in the interface's language (``Interface/language``).
    var text: String { text(in: Interface.language) }
}
