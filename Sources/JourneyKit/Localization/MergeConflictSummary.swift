/// The string catalogue of what a merge conflict is about (see ``MergeConflict/summary(in:)``):
/// `Cell Awareness × Instagram ad: note` / `Celda Awareness × Instagram ad: nota`.
///
/// Names quoted from the map arrive on one line (see ``MergeText/line(_:)``); keys of fields
/// journey does not know stay as written.
enum MergeConflictSummary: Localized, Hashable {
    /// A summary that is the same in every language (made by ``MergeConflict/init(id:summary:base:ours:theirs:location:)``).
    case verbatim(String)
    case title, persona, scenario, kind
    /// A field of the map journey does not know, by its key.
    case mapField(String)
    /// The blocks of kinds journey does not know.
    case otherBlocks
    /// A field of a stage or touchpoint, named as the map names it.
    case axisField(MapAxis, name: String, MergeConflictField)
    /// A stage or touchpoint deleted on one side and changed on the other.
    case axisDeleted(MapAxis, name: String, keptByOurs: Bool)
    /// Two stages or touchpoints given the same name, by their keys.
    case nameUsedTwice(MapAxis, name: String, keys: [String])
    /// A field of the cell where a stage meets a touchpoint.
    case cellField(stage: String, touchpoint: String, MergeConflictField)

    func text(in l: Language) -> String {
        switch self {
        case .verbatim(let text): return text
        case .title: return l.choose(en: "Title", es: "Título")
        case .persona: return l.choose(en: "Persona", es: "Persona")
        case .scenario: return l.choose(en: "Scenario", es: "Escenario")
        case .kind: return l.choose(en: "Kind", es: "Tipo")
        case .mapField(let key): return l.choose(en: "Map field '\(key)'", es: "Campo del mapa «\(key)»")
        case .otherBlocks: return l.choose(en: "Other blocks", es: "Otros bloques")
        case .axisField(let axis, let name, let field):
            return Self.axisTitle(axis, name: name, in: l) + ": " + field.text(in: l)
        case .axisDeleted(let axis, let name, let keptByOurs):
            let what: String = switch (axis, keptByOurs) {
            case (.stage, true): l.choose(en: "deleted by theirs, changed by ours", es: "borrada en su versión, cambiada en la nuestra")
            case (.stage, false): l.choose(en: "deleted by ours, changed by theirs", es: "borrada en nuestra versión, cambiada en la suya")
            case (.touchpoint, true): l.choose(en: "deleted by theirs, changed by ours", es: "borrado en su versión, cambiado en la nuestra")
            case (.touchpoint, false): l.choose(en: "deleted by ours, changed by theirs", es: "borrado en nuestra versión, cambiado en la suya")
            }
            return Self.axisTitle(axis, name: name, in: l) + ": " + what
        case .nameUsedTwice(let axis, let name, let keys):
            let both = keys.joined(separator: l.choose(en: " and ", es: " y "))
            let used = axis == .stage
                ? l.choose(en: "name used by two stages (\(both))", es: "nombre usado por dos etapas (\(both))")
                : l.choose(en: "name used by two touchpoints (\(both))", es: "nombre usado por dos puntos de contacto (\(both))")
            return Self.axisTitle(axis, name: name, in: l) + ": " + used
        case .cellField(let stage, let touchpoint, let field):
            return l.choose(en: "Cell \(stage) × \(touchpoint): ", es: "Celda \(stage) × \(touchpoint): ") + field.text(in: l)
        }
    }

    /// `Stage 'Purchase'` / `Etapa «Purchase»`.
    private static func axisTitle(_ axis: MapAxis, name: String, in l: Language) -> String {
        axis == .stage
            ? l.choose(en: "Stage '\(name)'", es: "Etapa «\(name)»")
            : l.choose(en: "Touchpoint '\(name)'", es: "Punto de contacto «\(name)»")
    }
}

/// The field of a stage, touchpoint or cell a merge conflict is about.
enum MergeConflictField: Hashable, Sendable {
    case name, goal, channel, metrics, note, emotion, evidence, sources
    case list(ItemList)
    /// A field journey does not know, by its key.
    case extra(String)

    func text(in l: Language) -> String {
        switch self {
        case .name: l.choose(en: "name", es: "nombre")
        case .goal: l.choose(en: "goal", es: "objetivo")
        case .channel: l.choose(en: "channel", es: "canal")
        case .metrics: l.choose(en: "metrics", es: "métricas")
        case .note: l.choose(en: "note", es: "nota")
        case .emotion: l.choose(en: "emotion", es: "emoción")
        case .evidence: l.choose(en: "evidence", es: "evidencia")
        case .sources: l.choose(en: "sources", es: "fuentes")
        case .list(let list): l.choose(en: list.title.lowercased(), es: list == .painPoints ? "puntos de dolor" : "oportunidades")
        case .extra(let key): key
        }
    }
}
