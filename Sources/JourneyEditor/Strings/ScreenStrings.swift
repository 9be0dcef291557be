import JourneyKit

/// The string catalogue's words for the editor's screen: labels, hints, legends and placeholders
/// that the views draw, in English and Spanish side by side. (The map's own vocabulary is in
/// ``ModelStrings``; status messages have their own catalogue.)
enum ScreenStrings: Localized, Hashable {
    // Title bar and small screens.
    case newFile
    /// Who else is on the map, live or not: "live: ana, ben".
    case othersOnMap([String], live: Bool)
    case scenarioHint(String)
    case tooSmall
    case tooSmallSize(width: Int, height: Int, minimumWidth: Int, minimumHeight: Int)
    case tooSmallHint
    // The grid.
    case emptyMap
    case noStages
    case noTouchpoints
    case moreAbove(Int)
    case moreBelow(Int)
    // The emotion curve.
    case emotion
    case curveTitle(stages: Int)
    case lowest(stage: String, value: String)
    case onScreen
    case noEmotionYet
    case badgeLegend
    // The detail pane.
    case noCellSelected
    case goalLine(String)
    case noEmotionHint
    case noNoteHint
    case editingNote
    case listHeading(ItemList, count: Int)
    case emptyListHint(ItemList)
    case moreItems(Int)
    // The status line.
    case gridHints
    case helpHint
    case detailHints
    case noteEditingHints
    case conflictKeys
    case fileConflictKeys
    case helpMoreBelow
    case helpKeys
    case mouseOff
    // The help screen.
    case helpTitle
    // The notice panels.
    case conflictIntro
    case fileConflictIntro
    case conflictOurs
    case conflictTheirs
    case conflictBase
    case conflictsToGo(Int)
    case conflictTitle(index: Int, count: Int)
    case valueNone
    case valueEmpty
    case recoveryTitle
    case recoveryIntro(savedAt: String, file: String, olderThanFile: Bool)
    case recoveryRestore
    case recoveryKeep(file: String)
    case recoveryOlder
    case recoveryKeepsLaterChanges(clashes: Int)

    func text(in language: Language) -> String {
        let l = language
        switch self {
        case .newFile: return l.choose(en: " (new)", es: " (nuevo)")
        case .othersOnMap(let names, let live):
            return (live ? l.choose(en: "live: ", es: "en vivo: ") : l.choose(en: "solo; also here: ", es: "a solas; también aquí: ")) + names.joined(separator: ", ") + " · "
        case .scenarioHint(let hint): return l.choose(en: "scenario (:scenario TEXT): ", es: "escenario (:scenario TEXTO): ") + hint
        case .tooSmall: return l.choose(en: "Terminal too small", es: "La terminal es demasiado pequeña")
        case .tooSmallSize(let width, let height, let minimumWidth, let minimumHeight):
            return l.choose(en: "\(width)×\(height); journey needs at least \(minimumWidth)×\(minimumHeight)",
                            es: "\(width)×\(height); journey necesita al menos \(minimumWidth)×\(minimumHeight)")
        case .tooSmallHint: return l.choose(en: "Enlarge the window (q quits)", es: "Agranda la ventana (q sale)")
        case .emptyMap:
            return l.choose(en: "An empty map: S adds a stage (a column), T a touchpoint (a row)",
                            es: "Un mapa vacío: S añade una etapa (columna), T un punto de contacto (fila)")
        case .noStages:
            return l.choose(en: "No stages yet: S adds one (or :stage add NAME)",
                            es: "Aún no hay etapas: S añade una (o :stage add NOMBRE)")
        case .noTouchpoints:
            return l.choose(en: "No touchpoints yet: T adds one (or :touchpoint add NAME | CHANNEL)",
                            es: "Aún no hay puntos de contacto: T añade uno (o :touchpoint add NOMBRE | CANAL)")
        case .moreAbove(let count): return l.choose(en: "\(count) more", es: "\(count) más")
        case .moreBelow(let count): return l.choose(en: "\(count) more", es: "\(count) más")
        case .emotion: return ModelStrings.emotion.text(in: l)
        case .curveTitle(let stages):
            return l.choose(en: "Emotion across ", es: "Emoción a lo largo de ")
                + l.count(stages, one: l.choose(en: "stage", es: "etapa"), other: l.choose(en: "stages", es: "etapas"))
        case .lowest(let stage, let value): return l.choose(en: "lowest: \(stage) \(value)", es: "la más baja: \(stage) \(value)")
        case .onScreen: return l.choose(en: "on screen", es: "en pantalla")
        case .noEmotionYet: return l.choose(en: "no emotion rated yet (1-5 rates a cell)", es: "aún no hay emociones (1-5 valora una celda)")
        case .badgeLegend: return l.choose(en: "!n pain points · *n opportunities", es: "!n puntos de dolor · *n oportunidades")
        case .noCellSelected: return l.choose(en: "No cell selected", es: "Ninguna celda seleccionada")
        case .goalLine(let goal): return l.choose(en: "Goal: ", es: "Objetivo: ") + goal
        case .noEmotionHint: return l.choose(en: "No emotion yet: 1-5 rate it", es: "Sin emoción aún: 1-5 la valora")
        case .noNoteHint: return l.choose(en: "(no note: Enter writes one)", es: "(sin nota: Enter escribe una)")
        case .editingNote: return l.choose(en: "Note (editing)", es: "Nota (editando)")
        case .listHeading(let list, let count):
            // The count as the grid's badge shows it, so that the pane explains the badges.
            let name = list.title(in: l)
            return count == 0 ? name : list.traits.badge + "\(count) " + name
        case .emptyListHint(let list):
            let t = list.traits
            return l.choose(en: "(none: \(t.key) adds one)", es: "(\(t.agree("ninguno", "ninguna")): \(t.key) añade \(t.agree("uno", "una")))")
        case .moreItems(let count): return l.choose(en: "\(count) more", es: "\(count) más")
        case .gridHints:
            return ScreenStrings.helpHint.text(in: l)
                + l.choose(en: " · Enter note · 1-5 emotion · p pain · o opportunity", es: " · Enter nota · 1-5 emoción · p dolor · o oportunidad")
        case .helpHint: return l.choose(en: "? help", es: "? ayuda")
        case .detailHints:
            return l.choose(en: "Detail pane: ↑↓ select · +/- vote · I/E impact/effort · O owner · Enter edit · d delete · K/J reorder · p/o add · Tab/Esc back to the grid",
                            es: "Panel de detalle: ↑↓ elegir · +/- votar · I/E impacto/esfuerzo · O responsable · Enter editar · d borrar · K/J reordenar · p/o añadir · Tab/Esc volver a la cuadrícula")
        case .noteEditingHints:
            return l.choose(en: "Editing the note · Enter keeps · Esc cancels · Alt-Enter new line · Ctrl-W/Ctrl-U delete word/line",
                            es: "Editando la nota · Enter guarda · Esc cancela · Alt-Enter nueva línea · Ctrl-W/Ctrl-U borran palabra/línea")
        case .conflictKeys:
            return l.choose(en: "o yours · t theirs · O/T all the rest · ←/→ back and forth · Esc cancels the save",
                            es: "o lo tuyo · t lo suyo · O/T todo lo demás · ←/→ atrás y adelante · Esc cancela el guardado")
        case .fileConflictKeys:
            return l.choose(en: "o yours · t theirs · O/T all the rest · ←/→ back and forth · Esc leaves the file as it is",
                            es: "o lo tuyo · t lo suyo · O/T todo lo demás · ←/→ atrás y adelante · Esc deja el archivo como está")
        case .helpMoreBelow: return l.choose(en: "more below", es: "hay más abajo")
        case .helpKeys:
            return l.choose(en: "↑↓ PgUp PgDn scroll · any other key closes the help",
                            es: "↑↓ RePág AvPág desplazan · cualquier otra tecla cierra la ayuda")
        case .mouseOff: return l.choose(en: "mouse off", es: "ratón desactivado")
        case .helpTitle: return l.choose(en: "journey: keys and commands", es: "journey: teclas y órdenes")
        case .conflictIntro:
            return l.choose(en: "The file changed on disk, and both sides changed this:",
                            es: "El archivo cambió en el disco, y ambas versiones cambiaron esto:")
        case .fileConflictIntro:
            return l.choose(en: "A git merge left this conflict in the file; both branches changed this:",
                            es: "Una fusión de git dejó este conflicto en el archivo; ambas ramas cambiaron esto:")
        case .conflictOurs: return l.choose(en: "o yours:   ", es: "o la tuya: ")
        case .conflictTheirs: return l.choose(en: "t theirs:  ", es: "t la suya: ")
        case .conflictBase: return l.choose(en: "  was:     ", es: "  antes:    ")
        case .conflictsToGo(let count):
            return l.choose(
                en: "Everything else merged without conflict; \(l.count(count, one: "more conflict", other: "more conflicts")) to go after this one.",
                es: "Todo lo demás se fusionó sin conflicto; " + (count == 1 ? "queda 1 conflicto más" : "quedan \(count) conflictos más") + " después de este.")
        case .conflictTitle(let index, let count): return l.choose(en: "Conflict \(index) of \(count)", es: "Conflicto \(index) de \(count)")
        case .valueNone: return l.choose(en: "(none)", es: "(nada)")
        case .valueEmpty: return l.choose(en: "(empty)", es: "(vacío)")
        case .recoveryTitle: return l.choose(en: "Unsaved changes found", es: "Se encontraron cambios sin guardar")
        case .recoveryIntro(let savedAt, let file, let older):
            return l.choose(
                en: "A recovery file from \(savedAt) holds changes that were never saved to \(file)" + (older ? " (the file was saved again after it):" : ":"),
                es: "Un archivo de recuperación del \(savedAt) guarda cambios que nunca se guardaron en \(file)" + (older ? " (el archivo se guardó de nuevo después):" : ":"))
        case .recoveryRestore: return l.choose(en: "y restores them here (Ctrl-S then saves them)", es: "y los restaura aquí (después Ctrl-S los guarda)")
        case .recoveryKeep(let file):
            return l.choose(en: "n keeps \(file) as it is and sets them aside as a .journey file beside it; nothing is deleted",
                            es: "n deja \(file) como está y los aparta en un archivo .journey a su lado; no se borra nada")
        case .recoveryOlder:
            return l.choose(en: "Restoring replaces what was saved since with the recovered map; u undoes it.",
                            es: "Restaurar reemplaza lo guardado desde entonces por el mapa recuperado; u lo deshace.")
        case .recoveryKeepsLaterChanges(let clashes):
            let english = clashes == 0 ? "" : "; where both changed the same thing (\(l.count(clashes, one: "place", other: "places"))), the recovered value is taken"
            let spanish = clashes == 0 ? "" : "; donde ambos cambiaron lo mismo (\(l.count(clashes, one: "sitio", other: "sitios"))), se toma el valor recuperado"
            return l.choose(en: "Restoring applies these changes to the map as it is now and keeps what was saved since" + english + "; u undoes it.",
                            es: "Restaurar aplica estos cambios al mapa tal como está ahora y conserva lo guardado desde entonces" + spanish + "; u lo deshace.")
        }
    }
}
