/// The string catalogue of the CSV importer's problems and warnings (see ``DiagnosticStrings``).
///
/// Values quoted from the file arrive shortened; column names are the CSV header's own words and
/// stay as written.
enum CSVReaderStrings: Hashable, Sendable {
    // The text of the file.
    case notUTF8
    case unclosedQuotedField
    case junkAfterClosingQuote
    // The header.
    case emptyFile(columns: String)
    case columnNamedTwice(String)
    case missingColumn(String, columns: String)
    /// A warning: columns journey does not know, already shortened.
    case unknownColumns([String])
    // The rows.
    case emptyAxisName(MapAxis, column: String, row: Int)
    case emotion(String, row: Int)
    case model(JourneyModelError, row: Int)
    case duplicateCell(stage: String, touchpoint: String, row: Int, earlier: Int)
    case evidence(String, row: Int)
    /// A problem of a line of a list or evidence column, as the `.journey` reader found it.
    indirect case inColumnLine(DiagnosticStrings, row: Int, column: String, line: Int)
}

extension CSVReaderStrings: Localized {
    func text(in l: Language) -> String {
        switch self {
        case .notUTF8:
            return l.choose(en: "this file is not UTF-8 text; save it as CSV UTF-8",
                            es: "este archivo no es texto UTF-8; guárdelo como CSV UTF-8")
        case .unclosedQuotedField:
            return l.choose(en: "this quoted field never ends: a field that starts with '\"' ends with another '\"' (a quotation mark inside it is written twice)",
                            es: "este campo entre comillas no se cierra nunca: un campo que empieza por «\"» termina con otras «\"» (unas comillas dentro de él se escriben dos veces)")
        case .junkAfterClosingQuote:
            return l.choose(en: "after a field's closing quotation mark only ',' or the end of the line may follow; write a quotation mark inside a quoted field twice",
                            es: "después de las comillas que cierran un campo solo puede ir «,» o el final de la línea; dentro de un campo entre comillas, escriba las comillas dos veces")
        case .emptyFile(let columns):
            return l.choose(en: "this CSV file is empty; its first row names the columns: \(columns)",
                            es: "este archivo CSV está vacío; su primera fila nombra las columnas: \(columns)")
        case .columnNamedTwice(let name):
            return l.choose(en: "row 1: the column '\(name)' is named twice; keep one",
                            es: "fila 1: la columna «\(name)» aparece dos veces; deje solo una")
        case .missingColumn(let name, let columns):
            return l.choose(en: "row 1: the header has no '\(name)' column; the first row names the columns: \(columns)",
                            es: "fila 1: la cabecera no tiene la columna «\(name)»; la primera fila nombra las columnas: \(columns)")
        case .unknownColumns(let names):
            let one = names.count == 1
            return l.choose(en: "row 1: journey does not know the column\(one ? "" : "s") \(names.map { "'\($0)'" }.joined(separator: ", ")); \(one ? "it is" : "they are") ignored",
                            es: "fila 1: journey no conoce \(one ? "la columna" : "las columnas") \(names.map { "«\($0)»" }.joined(separator: ", ")); \(one ? "se ignora" : "se ignoran")")
        case .emptyAxisName(let axis, let column, let row):
            let empty = axis == .stage
                ? l.choose(en: "the stage is empty", es: "la etapa está vacía")
                : l.choose(en: "the touchpoint is empty", es: "el punto de contacto está vacío")
            return l.choose(en: "row \(row), column \(column): \(empty); every row names its stage and touchpoint",
                            es: "fila \(row), columna \(column): \(empty); cada fila nombra su etapa y su punto de contacto")
        case .emotion(let value, let row):
            return l.choose(en: "row \(row), column emotion: '\(value)' is not an emotion; write a whole number from -2 to 2, or leave it empty",
                            es: "fila \(row), columna emotion: «\(value)» no es una emoción; escriba un número entero de -2 a 2, o déjela vacía")
        case .model(let error, let row):
            return l.choose(en: "row \(row): \(error.description)", es: "fila \(row): \(error.text(in: .spanish))")
        case .duplicateCell(let stage, let touchpoint, let row, let earlier):
            return l.choose(en: "row \(row): row \(earlier) already gives the cell of stage '\(stage)' and touchpoint '\(touchpoint)'; merge the two rows",
                            es: "fila \(row): la fila \(earlier) ya da la celda de la etapa «\(stage)» y el punto de contacto «\(touchpoint)»; combine las dos filas")
        case .evidence(let word, let row):
            return l.choose(en: "row \(row), column evidence: '\(word)' is not a kind of evidence; the first line is assumed, partial, researched or empty, and each line after it a source",
                            es: "fila \(row), columna evidence: «\(word)» no es un tipo de evidencia; la primera línea es assumed, partial, researched o está vacía, y cada línea siguiente es una fuente")
        case .inColumnLine(let problem, let row, let column, let line):
            return l.choose(en: "row \(row), column \(column), line \(line): ", es: "fila \(row), columna \(column), línea \(line): ")
                + problem.text(in: l)
        }
    }
}
