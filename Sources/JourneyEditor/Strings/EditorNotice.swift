import JourneyKit

/// The string catalogue of the editor's status line: every message, question and refusal, with
/// its arguments, in English and Spanish (``text(in:)``).
///
/// A ``StatusMessage`` carries one of these, not a finished sentence, so that the screen says
/// it in the interface's language.
public enum EditorNotice: Error, Hashable, Sendable, Localized {
    // The map and its cells
    case titleSet, personaSet, personaCleared, scenarioSet, scenarioCleared, kindSet(JourneyKind)
    case noteSet, noteUnchanged, emotionSet(Emotion), emotionCleared, emotionAlready(Emotion), noEmotionToClear
    case feelingSet, feelingCleared
    case itemAdded(ItemList, count: Int), itemsAddedFromLines(ItemList, count: Int), itemEdited(ItemList), itemDeleted(ItemList)
    case itemMoved(ItemList, to: Int), itemAlreadyAtEnd(ItemList, first: Bool), noSuchItem(ItemList, number: Int, count: Int)
    case nothingAdded, nothingEntered, cancelled, cellCleared, cellAlreadyEmpty
    case cellCopied, emptyCellCopied, cellCut, cellPasted, nothingCopied, cellMoved, cellsSwapped, cellAtEdge, nothingToRepeat
    case noSuchName(String), wentTo(MapAxis, name: String), countPending(Int)
    case lineAdded(MapAxis, name: String), lineRenamed(MapAxis, from: String, to: String), lineDeleted(MapAxis, name: String)
    case lineMoved(MapAxis, name: String, to: Int, of: Int), lineAlreadyAtEnd(MapAxis, first: Bool)
    case goalSet, goalCleared, channelSet, channelCleared
    case modelRefused(JourneyModelError)
    case noCells, noLines(MapAxis)
    // Keys, prompts and the command line
    case keyDoesNothing(String, inDetail: Bool), prefixKeyUnknown(MapAxis), cellMoveKeyUnknown, nothingToEdit, nothingToDelete, onlyInDetail
    case emptyCommandLine, unknownCommand(String, suggestions: [String]), unexpectedArgument(command: String)
    case missingArgument(command: String, usage: ArgumentSyntax), badArgument(command: String, usage: ArgumentSyntax)
    case nothingToPasteInto, pastedIntoNote, undecodableInput(String), confinedPath(String)
    // Searching, history and the editor
    case nothingToSearch, notFound(String), found(String, match: Int, of: Int, wrapped: Bool), noSearchYet
    case nothingToUndo, undone(ChangeLabel), nothingToRedo, redone(ChangeLabel)
    case mouseOn, mouseOff, readOnlySession
    // Questions
    case askQuitWithUnsavedChanges, askDelete(MapAxis, name: String, filledCells: Int), askRestoreRecovery(fileName: String)
    // Files, saving and others' changes (EditorNotice+Files)
    case noFileYet, saving(String), quittingAfterSave, saved(String, note: SaveNote?), notSaved(String, reason: SaveFailure)
    case exporting(String), exported(String), exportFailed(String, reason: String), unknownFormat(String)
    case conflictsWithDisk(fileName: String, count: Int), conflictReviewCancelled, conflictKeys
    case fileConflicts(fileName: String, count: Int), fileConflictsUnresolved
    case changedOnDiskKept(fileName: String), reloaded(fileName: String), unreadableOnDisk(fileName: String, reason: String)
    case deletedOnDisk(fileName: String), alsoOpen(OtherEditor, more: Int)
    case editedCellGone, externalEdit(ExternalEditFailure.Reason)
    case newFromTemplate(template: String, file: String), templateNotUsed(file: String, template: String), readingFile(String)
    case recovery(RecoveryNotice)
    case live(LiveNotice)
    // The workshop: votes, scores, evidence, metrics, the timer, the analysis
    case workshop(WorkshopNotice)

    public func text(in language: Language) -> String {
        let l = language
        switch self {
        case .titleSet: return l.choose(en: "Title set", es: "Título cambiado")
        case .personaSet: return l.choose(en: "Persona set", es: "Persona cambiada")
        case .personaCleared: return l.choose(en: "Persona cleared", es: "Persona borrada")
        case .scenarioSet: return l.choose(en: "Scenario set", es: "Escenario cambiado")
        case .scenarioCleared: return l.choose(en: "Scenario cleared", es: "Escenario borrado")
        case .kindSet(let kind): return l.choose(en: "Kind: ", es: "Tipo: ") + kind.displayName(in: l)
        case .noteSet: return l.choose(en: "Note updated", es: "Nota actualizada")
        case .noteUnchanged: return l.choose(en: "Note unchanged", es: "La nota no cambió")
        case .emotionSet(let emotion): return l.choose(en: "Emotion", es: "Emoción") + " \(emotion.signedText) (\(emotion.label(in: l)))"
        case .emotionCleared: return l.choose(en: "Emotion cleared", es: "Emoción borrada")
        case .emotionAlready(let emotion): return l.choose(en: "Emotion is already", es: "La emoción ya es") + " \(emotion.signedText)"
        case .noEmotionToClear: return l.choose(en: "No emotion to clear", es: "No hay emoción que borrar")
        case .feelingSet: return l.choose(en: "Feeling set", es: "Sentimiento cambiado")
        case .feelingCleared: return l.choose(en: "Feeling cleared", es: "Sentimiento borrado")
        case .itemAdded(let list, let count):
            let t = list.traits, name = t.singular.text(in: l)
            return l.choose(en: "\(name) added (\(count) here)", es: "\(name) \(t.agree("añadido", "añadida")) (\(count) aquí)")
        case .itemsAddedFromLines(let list, let count):
            let t = list.traits
            return l.choose(en: "\(list.count(count, in: l)) added, one per pasted line (u undoes)",
                            es: "\(list.count(count, in: l)) \(l.noun(for: count, one: t.agree("añadido", "añadida"), other: t.agree("añadidos", "añadidas"))), uno por línea pegada (u deshace)")
        case .itemEdited(let list):
            let t = list.traits, name = t.singular.text(in: l)
            return l.choose(en: "\(name) changed", es: "\(name) \(t.agree("cambiado", "cambiada"))")
        case .itemDeleted(let list):
            let t = list.traits
            return l.choose(en: "Deleted the \(list.itemName(in: l)) (u undoes)", es: "\(t.singular.text(in: l)) \(t.agree("borrado", "borrada")) (u deshace)")
        case .itemMoved(let list, let position):
            let t = list.traits
            return l.choose(en: "Moved the \(list.itemName(in: l)) to place \(position)", es: "\(t.singular.text(in: l)) \(t.agree("movido", "movida")) al puesto \(position)")
        case .itemAlreadyAtEnd(let list, let first):
            let t = list.traits
            return l.choose(en: "The \(list.itemName(in: l)) is already \(first ? "first" : "last")",
                            es: "\(t.agree("El", "La")) \(list.itemName(in: l)) ya es \(t.agree("el", "la")) \(first ? t.agree("primero", "primera") : t.agree("último", "última"))")
        case .noSuchItem(let list, let number, let count):
            return l.choose(en: "There is no \(list.itemName(in: l)) \(number) here: the cell has \(list.count(count, in: l))",
                            es: "No hay \(list.itemName(in: l)) \(number) aquí: la celda tiene \(list.count(count, in: l))")
        case .nothingAdded: return l.choose(en: "Nothing added", es: "No se añadió nada")
        case .nothingEntered: return l.choose(en: "Nothing entered; nothing changed", es: "No se escribió nada; nada cambió")
        case .cancelled: return l.choose(en: "Cancelled", es: "Cancelado")
        case .cellCleared: return l.choose(en: "Cell cleared (u undoes)", es: "Celda vaciada (u deshace)")
        case .cellAlreadyEmpty: return l.choose(en: "The cell is already empty", es: "La celda ya está vacía")
        case .cellCopied: return l.choose(en: "Cell copied: P pastes it over another cell", es: "Celda copiada: P la pega sobre otra celda")
        case .emptyCellCopied: return l.choose(en: "Empty cell copied: P clears the cell it is pasted on", es: "Celda vacía copiada: P vacía la celda donde se pegue")
        case .cellCut: return l.choose(en: "Cell cut (u undoes; P pastes it elsewhere)", es: "Celda cortada (u deshace; P la pega en otro sitio)")
        case .cellPasted: return l.choose(en: "Cell pasted (u undoes)", es: "Celda pegada (u deshace)")
        case .nothingCopied: return l.choose(en: "Nothing copied yet: y copies a cell, x cuts it", es: "Aún no hay nada copiado: y copia una celda, x la corta")
        case .cellMoved: return l.choose(en: "Cell moved (u undoes)", es: "Celda movida (u deshace)")
        case .cellsSwapped: return l.choose(en: "Cell moved, swapped with its neighbour (u undoes)", es: "Celda movida, intercambiada con su vecina (u deshace)")
        case .cellAtEdge: return l.choose(en: "The cell is at the edge of the map", es: "La celda está en el borde del mapa")
        case .nothingToRepeat: return l.choose(en: "No change to repeat yet", es: "Aún no hay ningún cambio que repetir")
        case .noSuchName(let name): return l.choose(en: "No stage or touchpoint is called '\(name)'", es: "Ninguna etapa ni punto de contacto se llama «\(name)»")
        case .wentTo(let axis, let name):
            return axis == .stage ? l.choose(en: "Stage '\(name)'", es: "Etapa «\(name)»") : l.choose(en: "Touchpoint '\(name)'", es: "Punto de contacto «\(name)»")
        case .countPending(let count): return l.choose(en: "Count \(count): a motion key (h j k l, g G…) repeats that many times", es: "Cuenta \(count): una tecla de movimiento (h j k l, g G…) se repite esas veces")
        case .lineAdded(let axis, let name):
            return axis == .stage ? l.choose(en: "Added stage '\(name)'", es: "Etapa «\(name)» añadida") : l.choose(en: "Added touchpoint '\(name)'", es: "Punto de contacto «\(name)» añadido")
        case .lineRenamed(let axis, let old, let new):
            return axis == .stage ? l.choose(en: "Renamed stage '\(old)' to '\(new)'", es: "Etapa «\(old)» renombrada como «\(new)»")
                                  : l.choose(en: "Renamed touchpoint '\(old)' to '\(new)'", es: "Punto de contacto «\(old)» renombrado como «\(new)»")
        case .lineDeleted(let axis, let name):
            return axis == .stage ? l.choose(en: "Deleted stage '\(name)' (u undoes)", es: "Etapa «\(name)» borrada (u deshace)")
                                  : l.choose(en: "Deleted touchpoint '\(name)' (u undoes)", es: "Punto de contacto «\(name)» borrado (u deshace)")
        case .lineMoved(let axis, let name, let position, let count):
            return axis == .stage ? l.choose(en: "Moved stage '\(name)' to place \(position) of \(count)", es: "Etapa «\(name)» movida al puesto \(position) de \(count)")
                                  : l.choose(en: "Moved touchpoint '\(name)' to place \(position) of \(count)", es: "Punto de contacto «\(name)» movido al puesto \(position) de \(count)")
        case .lineAlreadyAtEnd(let axis, let first):
            return axis == .stage ? l.choose(en: "The stage is already \(first ? "first" : "last")", es: "La etapa ya es la \(first ? "primera" : "última")")
                                  : l.choose(en: "The touchpoint is already \(first ? "first" : "last")", es: "El punto de contacto ya es el \(first ? "primero" : "último")")
        case .goalSet: return l.choose(en: "Goal set", es: "Objetivo cambiado")
        case .goalCleared: return l.choose(en: "Goal cleared", es: "Objetivo borrado")
        case .channelSet: return l.choose(en: "Channel set", es: "Canal cambiado")
        case .channelCleared: return l.choose(en: "Channel cleared", es: "Canal borrado")
        case .modelRefused(let error): return error.text(in: l)
        case .noCells: return l.choose(en: "The map has no cells yet: S adds a stage, T a touchpoint", es: "El mapa aún no tiene celdas: S añade una etapa, T un punto de contacto")
        case .noLines(let axis):
            return axis == .stage ? l.choose(en: "The map has no stages yet: S adds one", es: "El mapa aún no tiene etapas: S añade una")
                                  : l.choose(en: "The map has no touchpoints yet: T adds one", es: "El mapa aún no tiene puntos de contacto: T añade uno")
        case .keyDoesNothing(let key, let inDetail):
            return inDetail ? l.choose(en: "\(key) does nothing here; Esc returns to the grid", es: "\(key) no hace nada aquí; Esc vuelve a la cuadrícula")
                            : l.choose(en: "\(key) does nothing here; ? shows the keys", es: "\(key) no hace nada aquí; ? muestra las teclas")
        case .prefixKeyUnknown(let axis): return CommandReference.prefixHint(axis, in: l)
        case .cellMoveKeyUnknown: return CommandReference.cellMoveHint(in: l)
        case .nothingToEdit: return l.choose(en: "Nothing to edit: p adds a pain point, o an opportunity", es: "Nada que editar: p añade un punto de dolor, o una oportunidad")
        case .nothingToDelete: return l.choose(en: "Nothing to delete", es: "Nada que borrar")
        case .onlyInDetail: return l.choose(en: "That works with keys in the detail pane (Tab)", es: "Eso se hace con teclas en el panel de detalle (Tab)")
        case .emptyCommandLine: return l.choose(en: "Type a command after ':', such as ':stage add Onboarding'; ':help' lists them all", es: "Escribe una orden tras «:», como «:stage add Bienvenida»; «:help» las muestra todas")
        case .unknownCommand(let word, let suggestions):
            let base = l.choose(en: "Unknown command ':\(word)'", es: "Orden desconocida «:\(word)»")
            guard !suggestions.isEmpty else { return base + l.choose(en: "; ':help' lists the commands", es: "; «:help» muestra las órdenes") }
            return base + l.choose(en: "; did you mean ", es: "; ¿querías decir ") + suggestions.map { ":" + $0 }.joined(separator: l.choose(en: " or ", es: " o ")) + l.choose(en: "?", es: "?")
        case .unexpectedArgument(let command): return l.choose(en: "':\(command)' takes no argument", es: "«:\(command)» no lleva argumentos")
        case .missingArgument(let command, let usage): return l.choose(en: "':\(command)' needs more: ", es: "A «:\(command)» le falta algo: ") + ":\(command) \(usage.usage(in: l))"
        case .badArgument(let command, let usage): return l.choose(en: "':\(command)' takes ", es: "«:\(command)» lleva ") + usage.usage(in: l)
        case .nothingToPasteInto: return l.choose(en: "Nothing to paste into: add a stage (S) and a touchpoint (T) first", es: "No hay dónde pegar: añade antes una etapa (S) y un punto de contacto (T)")
        case .confinedPath(let path): return l.choose(en: "'\(path)' is not allowed here: this session writes and reads only plain file names in the map's folder", es: "«\(path)» no se permite aquí: esta sesión solo escribe y lee nombres de archivo sencillos en la carpeta del mapa")
        case .undecodableInput(let hex): return l.choose(en: "Ignored typed bytes that are not UTF-8 (\(hex)): set the terminal to UTF-8", es: "Se ignoraron bytes tecleados que no son UTF-8 (\(hex)): configura el terminal en UTF-8")
        case .pastedIntoNote: return l.choose(en: "Pasted into the note: Enter keeps it, Esc drops it", es: "Pegado en la nota: Enter lo guarda, Esc lo descarta")
        case .nothingToSearch: return l.choose(en: "Nothing to search: the map has no cells", es: "Nada que buscar: el mapa no tiene celdas")
        case .notFound(let text): return l.choose(en: "'\(text)' is not in any cell, name, goal or channel", es: "«\(text)» no está en ninguna celda, nombre, objetivo ni canal")
        case .found(let text, let match, let count, let wrapped):
            let head = wrapped ? l.choose(en: "Search wrapped: ", es: "La búsqueda dio la vuelta: ") : ""
            return head + l.choose(en: "'\(text)': match \(match) of \(count) (n next, N previous)", es: "«\(text)»: coincidencia \(match) de \(count) (n siguiente, N anterior)")
        case .noSearchYet: return l.choose(en: "No search yet: / searches", es: "Aún no hay búsqueda: / busca")
        case .nothingToUndo: return l.choose(en: "Nothing to undo", es: "Nada que deshacer")
        case .undone(let label): return l.choose(en: "Undone: ", es: "Deshecho: ") + label.text(in: l)
        case .nothingToRedo: return l.choose(en: "Nothing to redo", es: "Nada que rehacer")
        case .redone(let label): return l.choose(en: "Redone: ", es: "Rehecho: ") + label.text(in: l)
        case .mouseOn: return l.choose(en: "Mouse on: click selects a cell, the wheel scrolls (m turns it off)", es: "Ratón activado: un clic elige una celda, la rueda desplaza (m lo desactiva)")
        case .mouseOff: return l.choose(en: "Mouse off: the terminal can select text (m turns it on)", es: "Ratón desactivado: el terminal puede seleccionar texto (m lo activa)")
        case .readOnlySession: return l.choose(en: "This session is read-only: you can look around, not change or save the map",
                                               es: "Esta sesión es de solo lectura: puede recorrer el mapa, no cambiarlo ni guardarlo")
        case .askQuitWithUnsavedChanges: return l.choose(en: "Unsaved changes: y save and quit · n quit without saving · Esc keep editing", es: "Cambios sin guardar: s guardar y salir · n salir sin guardar · Esc seguir editando")
        case .askDelete(let axis, let name, let filled):
            let cells = l.count(filled, one: l.choose(en: "filled cell", es: "celda con contenido"), other: l.choose(en: "filled cells", es: "celdas con contenido"))
            return axis == .stage ? l.choose(en: "Delete stage '\(name)' and its \(cells)?  y delete · n/Esc keep", es: "¿Borrar la etapa «\(name)» y sus \(cells)?  s borrar · n/Esc conservar")
                                  : l.choose(en: "Delete touchpoint '\(name)' and its \(cells)?  y delete · n/Esc keep", es: "¿Borrar el punto de contacto «\(name)» y sus \(cells)?  s borrar · n/Esc conservar")
        case .askRestoreRecovery(let fileName):
            return l.choose(en: "Restore the unsaved changes?  y restore · n keep \(fileName) as it is and set them aside", es: "¿Recuperar los cambios sin guardar?  s recuperar · n dejar \(fileName) como está y apartarlos")
        case .workshop(let notice):
            return notice.text(in: l)
        default:
            return fileText(in: l)
        }
    }
}
