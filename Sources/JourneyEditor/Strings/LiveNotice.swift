import JourneyKit

/// The string catalogue of co-editing live: who else is on the map, clashes, asking before
/// deleting what someone else works on, `:live`.
public enum LiveNotice: Hashable, Sendable, Localized {
    /// Live co-editing turned on (`:live on`).
    case liveOn
    /// Live co-editing turned off (`:live off`): saves only when told, merging then.
    case liveOff
    /// Others joined while working live: changes are shared as they are made.
    case joinedLive(name: String, more: Int)
    /// Both changed one field at the same moment; this editor's value stands (it was written
    /// later); `u` takes theirs.
    case clashYoursStands(who: String, place: String, theirs: String?, more: Int)
    /// Both changed one field at the same moment; the other's value stands (written later);
    /// `u` brings this editor's back.
    case clashTheirsStands(who: String, place: String, more: Int)
    /// The cell an open prompt was opened on was deleted by someone else meanwhile.
    case promptCellGone
    /// The question before deleting a stage or touchpoint that others work on.
    case askDeleteWhileOthersEdit(MapAxis, name: String, names: [String], filledCells: Int)
    /// An editor whose name is not known.
    case someone
    /// Where a clash was: a field of the map, of a stage, of a touchpoint or of a cell.
    case clashPlace(ClashPlace)

    /// A place in words, with the names of stages and touchpoints looked up by key.
    static func place(_ location: MergeConflict.Location, stageName: (String) -> String, touchpointName: (String) -> String) -> LiveNotice {
        switch location {
        case .map(let field): .clashPlace(.map(field: field))
        case .stage(let key, let field): .clashPlace(.stage(stageName(key), field: field))
        case .touchpoint(let key, let field): .clashPlace(.touchpoint(touchpointName(key), field: field))
        case .cell(let stage, let touchpoint, let field): .clashPlace(.cell(stage: stageName(stage), touchpoint: touchpointName(touchpoint), field: field))
        case .extraBlocks: .clashPlace(.extraBlocks)
        }
    }

    /// A place of a clash.
    public enum ClashPlace: Hashable, Sendable {
        case map(field: String)
        case stage(String, field: String?)
        case touchpoint(String, field: String?)
        case cell(stage: String, touchpoint: String, field: String)
        case extraBlocks
    }

    public func text(in l: Language) -> String {
        switch self {
        case .liveOn:
            return l.choose(en: "Live: while others have the map open, each change is shared at once (:live off works alone)",
                            es: "En vivo: mientras otros tienen el mapa abierto, cada cambio se comparte al momento (:live off trabaja a solas)")
        case .liveOff:
            return l.choose(en: "Live off: changes are saved when you say (Ctrl-S), merged with the others' then",
                            es: "En vivo desactivado: los cambios se guardan cuando lo digas (Ctrl-S) y entonces se fusionan con los de los demás")
        case .joinedLive(let name, let more):
            let others = more > 0 ? l.choose(en: " and \(more) more", es: " y \(more) más") : ""
            return l.choose(en: "\(name)\(others) also on this map: editing live, each change shared at once (:live off works alone)",
                            es: "\(name)\(others) también en este mapa: edición en vivo, cada cambio se comparte al momento (:live off trabaja a solas)")
        case .clashYoursStands(let who, let place, let theirs, let more):
            let value = Self.quoted(theirs, in: l)
            let others = more > 0 ? l.choose(en: " (and \(more) more)", es: " (y \(more) más)") : ""
            return l.choose(en: "Clash with \(who) on \(place)\(others): yours stands; u takes theirs: \(value)",
                            es: "Choque con \(who) en \(place)\(others): queda lo tuyo; u toma lo suyo: \(value)")
        case .clashTheirsStands(let who, let place, let more):
            let others = more > 0 ? l.choose(en: " (and \(more) more)", es: " (y \(more) más)") : ""
            return l.choose(en: "Clash: \(who) changed \(place)\(others) at the same moment; theirs stands; u brings yours back",
                            es: "Choque: \(who) cambió \(place)\(others) en el mismo momento; queda lo suyo; u recupera lo tuyo")
        case .promptCellGone:
            return l.choose(en: "Someone deleted the stage or touchpoint of this prompt; Enter applies it where the cursor is now, Esc cancels",
                            es: "Alguien borró la etapa o el punto de contacto de este texto; Enter lo aplica donde está ahora el cursor, Esc cancela")
        case .askDeleteWhileOthersEdit(let axis, let name, let names, let filled):
            let who = names.joined(separator: ", ")
            let cells = filled > 0 ? " " + l.choose(en: "and its", es: "y sus") + " "
                + l.count(filled, one: l.choose(en: "filled cell", es: "celda con contenido"), other: l.choose(en: "filled cells", es: "celdas con contenido")) : ""
            return axis == .stage
                ? l.choose(en: "\(who) \(names.count == 1 ? "is" : "are") working on stage '\(name)'. Delete it\(cells)?  y delete · n/Esc keep",
                           es: "\(who) \(names.count == 1 ? "está" : "están") trabajando en la etapa «\(name)». ¿Borrarla\(cells)?  s borrar · n/Esc conservar")
                : l.choose(en: "\(who) \(names.count == 1 ? "is" : "are") working on touchpoint '\(name)'. Delete it\(cells)?  y delete · n/Esc keep",
                           es: "\(who) \(names.count == 1 ? "está" : "están") trabajando en el punto de contacto «\(name)». ¿Borrarlo\(cells)?  s borrar · n/Esc conservar")
        case .someone:
            return l.choose(en: "another editor", es: "otro editor")
        case .clashPlace(let place):
            switch place {
            case .map(let field): return Self.field(field, in: l)
            case .stage(let name, let field):
                return l.choose(en: "stage '\(name)'", es: "la etapa «\(name)»") + (field.map { " (" + Self.field($0, in: l) + ")" } ?? "")
            case .touchpoint(let name, let field):
                return l.choose(en: "touchpoint '\(name)'", es: "el punto de contacto «\(name)»") + (field.map { " (" + Self.field($0, in: l) + ")" } ?? "")
            case .cell(let stage, let touchpoint, let field):
                return "\(stage) × \(touchpoint) (" + Self.field(field, in: l) + ")"
            case .extraBlocks:
                return l.choose(en: "the other blocks", es: "los otros bloques")
            }
        }
    }

    /// A field's name in words: the `.journey` format's name for one journey does not know.
    private static func field(_ name: String, in l: Language) -> String {
        switch name {
        case "title": l.choose(en: "title", es: "título")
        case "persona": "persona"
        case "scenario": l.choose(en: "scenario", es: "escenario")
        case "kind": l.choose(en: "kind", es: "tipo")
        case "name": l.choose(en: "name", es: "nombre")
        case "goal": l.choose(en: "goal", es: "objetivo")
        case "channel": l.choose(en: "channel", es: "canal")
        case "note": l.choose(en: "note", es: "nota")
        case "emotion": l.choose(en: "emotion", es: "emoción")
        case "evidence": l.choose(en: "evidence", es: "evidencia")
        case "source": l.choose(en: "sources", es: "fuentes")
        default: ItemList.allCases.first { $0.fieldKey == name }.map { $0.title(in: l).lowercased() } ?? name
        }
    }

    /// A value in quotes, cut to 40 characters on one line; "(none)" when absent.
    private static func quoted(_ value: String?, in l: Language) -> String {
        guard let value, !value.isEmpty else { return l.choose(en: "(none)", es: "(nada)") }
        let line = value.replacingNewlines()
        return l.choose(en: "'", es: "«") + (line.count > 40 ? String(line.prefix(39)) + "…" : line) + l.choose(en: "'", es: "»")
    }
}

private extension String {
    func replacingNewlines() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
