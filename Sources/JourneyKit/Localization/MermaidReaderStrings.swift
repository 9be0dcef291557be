/// The string catalogue of the Mermaid importer's problems and warnings (see ``DiagnosticStrings``).
///
/// Text quoted from the diagram arrives shortened; Mermaid's keywords (`journey`, `section`,
/// `title`) stay as written.
enum MermaidReaderStrings: Hashable, Sendable {
    case notUTF8
    /// The first statement is not `journey`: the statement found, if there was one.
    case notJourneyDiagram(found: String?)
    case semicolon
    case sectionNeedsName
    case expectedStatement(String)
    case taskBeforeSection(String)
    case taskNeedsName
    case noScore(task: String)
    case scoreNotANumber(String)
    /// A warning: a score outside 1…5 or not whole, and how it was read.
    case scoreRead(String, isWhole: Bool, readAs: Int, emotion: Emotion)
    /// A warning: a second task of the same name in a section.
    case duplicateTask(section: String, task: String)
    /// A warning: the drawing above the carried map was changed.
    case diagramChanged
}

extension MermaidReaderStrings: Localized {
    func text(in l: Language) -> String {
        switch self {
        case .notUTF8:
            return l.choose(en: "this file is not UTF-8 text; save it as UTF-8",
                            es: "este archivo no es texto UTF-8; guárdelo como UTF-8")
        case .notJourneyDiagram(let found):
            return l.choose(en: "this is not a Mermaid journey diagram: its first statement must be 'journey'" + (found.map { ", not '\($0)'" } ?? ""),
                            es: "este no es un diagrama journey de Mermaid: su primera instrucción debe ser «journey»" + (found.map { ", no «\($0)»" } ?? ""))
        case .semicolon:
            return l.choose(en: "Mermaid rejects a diagram with ';' in it; write it as #59;",
                            es: "Mermaid rechaza un diagrama que contenga «;»; escríbalo como #59;")
        case .sectionNeedsName:
            return l.choose(en: "a section needs a name", es: "una sección necesita un nombre")
        case .expectedStatement(let found):
            return l.choose(en: "expected a task 'NAME: SCORE: ACTORS', a 'section NAME' or a 'title TEXT', not '\(found)'",
                            es: "se esperaba una tarea «NOMBRE: PUNTUACIÓN: ACTORES», un «section NOMBRE» o un «title TEXTO», no «\(found)»")
        case .taskBeforeSection(let task):
            return l.choose(en: "the task '\(task)' stands before any section; put a 'section NAME' line above it",
                            es: "la tarea «\(task)» está antes de cualquier sección; ponga encima una línea «section NOMBRE»")
        case .taskNeedsName:
            return l.choose(en: "a task needs a name before its ':'", es: "una tarea necesita un nombre antes de sus «:»")
        case .noScore(let task):
            return l.choose(en: "the task '\(task)' has no score; write 'NAME: SCORE' with SCORE from 1 to 5",
                            es: "la tarea «\(task)» no tiene puntuación; escriba «NOMBRE: PUNTUACIÓN», con una PUNTUACIÓN de 1 a 5")
        case .scoreNotANumber(let score):
            return l.choose(en: "the score '\(score)' is not a number; Mermaid journey scores go from 1 to 5",
                            es: "la puntuación «\(score)» no es un número; en los diagramas journey de Mermaid las puntuaciones van de 1 a 5")
        case .scoreRead(let score, let isWhole, let readAs, let emotion):
            return l.choose(en: "the score \(score) is \(isWhole ? "outside 1…5" : "not a whole number"); read as \(readAs), emotion \(emotion.signedText)",
                            es: "la puntuación \(score) \(isWhole ? "está fuera de 1…5" : "no es un número entero"); se lee como \(readAs), emoción \(emotion.signedText)")
        case .duplicateTask(let section, let task):
            return l.choose(en: "the section '\(section)' already has a task '\(task)'; this one is left out",
                            es: "la sección «\(section)» ya tiene una tarea «\(task)»; esta se omite")
        case .diagramChanged:
            return l.choose(en: "the diagram was changed after journey wrote it: the map is read from the '%% journey-map' comments below it, and the change to the diagram is not; delete those comments to read the diagram instead",
                            es: "el diagrama se cambió después de que journey lo escribiera: el mapa se lee de los comentarios «%% journey-map» que tiene debajo, y el cambio del diagrama no; borre esos comentarios para leer el diagrama en su lugar")
        }
    }
}
