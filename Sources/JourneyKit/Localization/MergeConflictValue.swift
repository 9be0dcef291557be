/// One side's value in a merge conflict, as a person reads it: most values are the map's own text
/// (a note, a name, items joined with ` · `), the same in every language; a stage or touchpoint
/// that one side kept and changed while the other deleted it is described in the reader's language,
/// `Purchase (changed: name, goal, 2 cells)` / `Compra (cambió: nombre, objetivo, 2 celdas)`.
enum MergeConflictValue: Sendable, Hashable {
    /// Text from the map, shown as it is.
    case verbatim(String)
    /// What the side that kept a stage or touchpoint changed in it.
    case keptAndChanged(name: String, changes: [AxisChange])

    /// A part of a stage or touchpoint that changed.
    enum AxisChange: Sendable, Hashable {
        case name
        /// The stage's goal or the touchpoint's channel.
        case detail(MapAxis)
        case metrics
        case otherFields
        case cells(Int)
    }

    /// The value in a language.
    func text(in language: Language) -> String {
        switch self {
        case .verbatim(let text):
            return text
        case .keptAndChanged(let name, let changes):
            let parts = changes.map { change -> String in
                switch change {
                case .name: language.choose(en: "name", es: "nombre")
                case .detail(.stage): language.choose(en: "goal", es: "objetivo")
                case .detail(.touchpoint): language.choose(en: "channel", es: "canal")
                case .metrics: language.choose(en: "metrics", es: "métricas")
                case .otherFields: language.choose(en: "other fields", es: "otros campos")
                case .cells(let count):
                    language.choose(en: language.count(count, one: "cell", other: "cells"), es: language.count(count, one: "celda", other: "celdas"))
                }
            }.joined(separator: ", ")
            return language.choose(en: "\(name) (changed: \(parts))", es: "\(name) (cambió: \(parts))")
        }
    }
}
