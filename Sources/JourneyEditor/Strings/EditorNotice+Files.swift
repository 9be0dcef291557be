import JourneyKit

extension EditorNotice {
    /// The messages about files: saving, exporting, others' changes, recovery.
    func fileText(in l: Language) -> String {
        switch self {
        case .noFileYet: return l.choose(en: "This map has no file yet: ':w PATH' saves it", es: "Este mapa aún no tiene archivo: «:w RUTA» lo guarda")
        case .saving(let path): return l.choose(en: "Saving \(path)…", es: "Guardando \(path)…")
        case .quittingAfterSave: return l.choose(en: "Quitting as soon as the save is written…", es: "Se sale en cuanto se escriba el guardado…")
        case .saved(let path, let note):
            return l.choose(en: "Saved \(path)", es: "Guardado \(path)") + (note.map { " (" + $0.text(in: l) + ")" } ?? "")
        case .notSaved(let path, let reason):
            return l.choose(en: "Not saved to \(path): \(reason.text(in: l)). Your changes are still here; ':w PATH' saves elsewhere",
                            es: "No se guardó en \(path): \(reason.text(in: l)). Tus cambios siguen aquí; «:w RUTA» guarda en otro sitio")
        case .exporting(let path): return l.choose(en: "Exporting to \(path)…", es: "Exportando a \(path)…")
        case .exported(let path): return l.choose(en: "Exported to \(path)", es: "Exportado a \(path)")
        case .exportFailed(let path, let reason): return l.choose(en: "Export to \(path) failed: \(reason)", es: "Falló la exportación a \(path): \(reason)")
        case .unknownFormat(let name): return l.choose(en: "No export format is called '\(name)'", es: "Ningún formato de exportación se llama «\(name)»")
        case .conflictsWithDisk(let name, let count):
            return l.choose(en: "\(name) changed on disk; \(count) of its changes conflict\(count == 1 ? "s" : "") with yours",
                            es: "\(name) cambió en disco; \(count) de sus cambios \(count == 1 ? "choca" : "chocan") con los tuyos")
        case .conflictReviewCancelled:
            return l.choose(en: "Not saved; nothing changed. The file on disk has changes of its own: Ctrl-S merges again, ':w!' replaces it, ':w PATH' saves elsewhere",
                            es: "No se guardó; nada cambió. El archivo en disco tiene cambios propios: Ctrl-S vuelve a fusionar, «:w!» lo reemplaza, «:w RUTA» guarda en otro sitio")
        case .fileConflicts(let name, let count):
            return l.choose(en: "\(name) has \(l.count(count, one: "merge conflict", other: "merge conflicts")) from git: take yours or theirs for each",
                            es: "\(name) tiene \(l.count(count, one: "conflicto de fusión", other: "conflictos de fusión")) de git: toma lo tuyo o lo suyo en cada uno")
        case .fileConflictsUnresolved:
            return l.choose(en: "The merge conflicts are unresolved and the file is unchanged; shown: yours. Saving writes yours without the conflicts; :q leaves the file as it is",
                            es: "Los conflictos de fusión siguen sin resolver y el archivo no cambió; se muestra lo tuyo. Guardar escribe lo tuyo sin los conflictos; :q deja el archivo como está")
        case .conflictKeys:
            return l.choose(en: "o takes yours · t takes theirs · O/T all the rest · ←/→ go back and forth · Esc cancels the save",
                            es: "o toma lo tuyo · t toma lo suyo · O/T todo lo demás · ←/→ ir y volver · Esc cancela el guardado")
        case .changedOnDiskKept(let name):
            return l.choose(en: "\(name) changed on disk; your changes are kept, and Ctrl-S merges the two", es: "\(name) cambió en disco; tus cambios se conservan y Ctrl-S fusiona ambos")
        case .reloaded(let name):
            return l.choose(en: "\(name) changed on disk and was reloaded; u goes back to what was here", es: "\(name) cambió en disco y se volvió a cargar; u vuelve a lo que había")
        case .unreadableOnDisk(let name, let reason):
            return l.choose(en: "\(name) changed on disk but cannot be read (\(reason)); the map here is kept as it is", es: "\(name) cambió en disco pero no se puede leer (\(reason)); el mapa de aquí se queda como está")
        case .deletedOnDisk(let name):
            return l.choose(en: "\(name) was deleted or moved away on disk; Ctrl-S writes it again", es: "\(name) se borró o se movió en disco; Ctrl-S lo vuelve a escribir")
        case .alsoOpen(let other, let more):
            let who = "\(other.user) (pid \(other.processID)\(other.host.isEmpty ? "" : l.choose(en: " on ", es: " en ") + other.host)) " + l.choose(en: "since", es: "desde") + " \(other.since)"
            let others = more > 0 ? l.choose(en: " and \(more) more", es: " y \(more) más") : ""
            return l.choose(en: "Also open in journey by \(who)\(others); each save merges the other's changes", es: "También lo tiene abierto en journey \(who)\(others); cada guardado fusiona los cambios del otro")
        case .editedCellGone: return l.choose(en: "The cell is gone; the edited note was not kept", es: "La celda ya no existe; la nota editada no se conservó")
        case .externalEdit(let reason): return reason.text(in: l)
        case .newFromTemplate(let template, let file): return l.choose(en: "New map from the \(template) template: Ctrl-S creates \(file)", es: "Mapa nuevo a partir de la plantilla \(template): Ctrl-S crea \(file)")
        case .readingFile(let file): return l.choose(en: "Reading \(file)…", es: "Leyendo \(file)…")
        case .templateNotUsed(let file, let template): return l.choose(en: "\(file) exists, so --template \(template) was not used", es: "\(file) ya existe, así que no se usó --template \(template)")
        case .recovery(let notice): return notice.text(in: l)
        case .live(let notice): return notice.text(in: l)
        default: return ""
        }
    }
}

extension SaveNote: Localized {
    public func text(in l: Language) -> String {
        switch self {
        case .sameChangeOnDisk: l.choose(en: "it had changed on disk the same way", es: "había cambiado en disco de la misma forma")
        case .mergedWithDisk(let summary): l.choose(en: "merged with the changes made on disk: ", es: "fusionado con los cambios hechos en disco: ") + summary
        case .fileConflictsResolved(let yours, let theirs):
            l.choose(en: "merge conflicts resolved: \(yours) yours, \(theirs) theirs", es: "conflictos de fusión resueltos: \(yours) tuyos, \(theirs) suyos")
        case .conflictsResolved(let yours, let theirs):
            l.choose(en: "merged with the changes made on disk; conflicts: \(yours) yours, \(theirs) theirs; u undoes the merge",
                     es: "fusionado con los cambios hechos en disco; conflictos: \(yours) tuyos, \(theirs) suyos; u deshace la fusión")
        }
    }
}

/// Why a save wrote nothing.
public enum SaveFailure: Hashable, Sendable, Localized {
    /// The target is a folder.
    case isFolder
    /// `:w PATH` names a file that exists.
    case exists(path: String)
    /// What is on disk could not be read to check it first.
    case cannotCheck(FileProblem)
    /// The file changed on disk and is no longer a map.
    case unreadableOnDisk(reason: String)
    /// Writing failed (the system's reason).
    case writeFailed(FileProblem)

    public func text(in l: Language) -> String {
        switch self {
        case .isFolder: l.choose(en: "it is a folder", es: "es una carpeta")
        case .exists(let path): l.choose(en: "a file of that name exists; ':w! \(path)' replaces it", es: "ya existe un archivo con ese nombre; «:w! \(path)» lo reemplaza")
        case .cannotCheck(let problem): l.choose(en: "cannot check what is on disk first: \(problem.text(in: l))", es: "no se puede comprobar antes lo que hay en disco: \(problem.text(in: l))")
        case .unreadableOnDisk(let reason): l.choose(en: "it changed on disk and cannot be read as a map (\(reason)); ':w!' replaces it, ':w PATH' saves elsewhere",
                                                     es: "cambió en disco y no se puede leer como mapa (\(reason)); «:w!» lo reemplaza, «:w RUTA» guarda en otro sitio")
        case .writeFailed(let problem): problem.text(in: l)
        }
    }
}

/// What became of a recovery file.
public enum RecoveryNotice: Hashable, Sendable, Localized {
    case olderSetAside(name: String)
    case unreadableSetAside(name: String, reason: String)
    case cannotKeep(reason: String)
    case noFileLeftAsIs(path: String)
    case restoredButKept(path: String, reason: String, fileName: String)
    case restored(fileName: String)
    case setAside(fileName: String, kept: String)
    case setAsideFailed(fileName: String, path: String, reason: String)

    public func text(in l: Language) -> String {
        switch self {
        case .olderSetAside(let name): l.choose(en: "An older recovery file was set aside as \(name)", es: "Un archivo de recuperación más antiguo se apartó como \(name)")
        case .unreadableSetAside(let name, let reason): l.choose(en: "A recovery file could not be read and was set aside as \(name): \(reason)", es: "Un archivo de recuperación no se pudo leer y se apartó como \(name): \(reason)")
        case .cannotKeep(let reason): l.choose(en: "Cannot keep a recovery file beside the map (\(reason)); save often", es: "No se puede guardar un archivo de recuperación junto al mapa (\(reason)); guarda a menudo")
        case .noFileLeftAsIs(let path): l.choose(en: "The map has no file; the recovery file \(path) was left as it is", es: "El mapa no tiene archivo; el archivo de recuperación \(path) se dejó como estaba")
        case .restoredButKept(let path, let reason, let name): l.choose(en: "Restored; the recovery file stays at \(path) (\(reason)). Ctrl-S saves the changes to \(name)", es: "Recuperado; el archivo de recuperación sigue en \(path) (\(reason)). Ctrl-S guarda los cambios en \(name)")
        case .restored(let name): l.choose(en: "Restored the unsaved changes; Ctrl-S saves them to \(name)", es: "Cambios sin guardar recuperados; Ctrl-S los guarda en \(name)")
        case .setAside(let name, let kept): l.choose(en: "\(name) is as it was on disk; the unsaved changes are kept in \(kept)", es: "\(name) está como estaba en disco; los cambios sin guardar quedan en \(kept)")
        case .setAsideFailed(let name, let path, let reason): l.choose(en: "\(name) is as it was on disk; the recovery file stays at \(path) (\(reason))", es: "\(name) está como estaba en disco; el archivo de recuperación sigue en \(path) (\(reason))")
        }
    }
}
