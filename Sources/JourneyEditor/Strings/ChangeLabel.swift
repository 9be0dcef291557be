import JourneyKit

/// What a change to the map did, as undo and redo name it: "Undone: set emotion".
public enum ChangeLabel: Hashable, Sendable, Localized {
    case editNote, setEmotion, clearEmotion, setFeeling, clearFeeling
    case addItem(ItemList), editItem(ItemList), deleteItem(ItemList), reorderItems(ItemList)
    case clearCell, cutCell, pasteCell, moveCell
    case add(MapAxis), rename(MapAxis), delete(MapAxis), move(MapAxis)
    case setGoal, setChannel, setTitle, setPersona, setScenario, setKind
    case mergeDiskChanges, reloadFromDisk, restoreUnsavedChanges
    /// Keeping one's own value over another editor's written at the same moment (undone, theirs comes back).
    case clashKeptYours
    /// Another editor's value replacing one's own, written at the same moment (undone, one's own comes back).
    case clashTookTheirs
    case vote(ItemList), unvote(ItemList), setImpact, setEffort, setOwner
    case setEvidence, addSource, removeSource, setMetric, removeMetric

    public func text(in l: Language) -> String {
        switch self {
        case .editNote: l.choose(en: "edit note", es: "editar la nota")
        case .setEmotion: l.choose(en: "set emotion", es: "fijar la emoción")
        case .clearEmotion: l.choose(en: "clear emotion", es: "borrar la emoción")
        case .setFeeling: l.choose(en: "set feeling", es: "fijar el sentimiento")
        case .clearFeeling: l.choose(en: "clear feeling", es: "borrar el sentimiento")
        case .addItem(let list): l.choose(en: "add ", es: "añadir ") + list.itemName(in: l)
        case .editItem(let list): l.choose(en: "edit ", es: "editar ") + list.itemName(in: l)
        case .deleteItem(let list): l.choose(en: "delete ", es: "borrar ") + list.itemName(in: l)
        case .reorderItems(let list): l.choose(en: "reorder ", es: "reordenar ") + list.title(in: l).lowercased()
        case .clearCell: l.choose(en: "clear cell", es: "vaciar la celda")
        case .cutCell: l.choose(en: "cut cell", es: "cortar la celda")
        case .pasteCell: l.choose(en: "paste cell", es: "pegar la celda")
        case .moveCell: l.choose(en: "move cell", es: "mover la celda")
        case .add(let axis): l.choose(en: "add ", es: "añadir ") + axis.name(in: l)
        case .rename(let axis): l.choose(en: "rename ", es: "renombrar ") + axis.name(in: l)
        case .delete(let axis): l.choose(en: "delete ", es: "borrar ") + axis.name(in: l)
        case .move(let axis): l.choose(en: "move ", es: "mover ") + axis.name(in: l)
        case .setGoal: l.choose(en: "set stage goal", es: "fijar el objetivo de la etapa")
        case .setChannel: l.choose(en: "set channel", es: "fijar el canal")
        case .setTitle: l.choose(en: "set title", es: "cambiar el título")
        case .setPersona: l.choose(en: "set persona", es: "cambiar la persona")
        case .setScenario: l.choose(en: "set scenario", es: "cambiar el escenario")
        case .setKind: l.choose(en: "set kind", es: "cambiar el tipo")
        case .mergeDiskChanges: l.choose(en: "merge the changes made on disk", es: "fusionar los cambios hechos en disco")
        case .reloadFromDisk: l.choose(en: "reload from disk", es: "volver a cargar desde el disco")
        case .restoreUnsavedChanges: l.choose(en: "restore the unsaved changes", es: "recuperar los cambios sin guardar")
        case .clashKeptYours: l.choose(en: "keep yours over theirs in a clash", es: "mantener lo tuyo sobre lo suyo en un choque")
        case .clashTookTheirs: l.choose(en: "theirs replacing yours in a clash", es: "lo suyo en lugar de lo tuyo en un choque")
        case .vote(let list): l.choose(en: "vote for the ", es: "votar por \(list.traits.agree("el", "la")) ") + list.itemName(in: l)
        case .unvote(let list): l.choose(en: "take a vote from the ", es: "quitar un voto a\(list.traits.agree("l", " la")) ") + list.itemName(in: l)
        case .setImpact: l.choose(en: "set impact", es: "fijar el impacto")
        case .setEffort: l.choose(en: "set effort", es: "fijar el esfuerzo")
        case .setOwner: l.choose(en: "set owner", es: "fijar el responsable")
        case .setEvidence: l.choose(en: "set evidence", es: "fijar la evidencia")
        case .addSource: l.choose(en: "add source", es: "añadir una fuente")
        case .removeSource: l.choose(en: "remove source", es: "quitar una fuente")
        case .setMetric: l.choose(en: "set metric", es: "fijar una métrica")
        case .removeMetric: l.choose(en: "remove metric", es: "quitar una métrica")
        }
    }
}
