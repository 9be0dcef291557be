import JourneyKit

/// Everything that can happen to the editor: input from the terminal, and the outcome of work
/// it asked the session to do (saving, exporting, running the user's editor).
public enum EditorEvent: Equatable, Sendable {
    /// A key, paste, mouse action or resize.
    case input(InputEvent)
    /// A save finished or failed.
    case saveFinished(SaveOutcome)
    /// An export finished; `error` says why it failed.
    case exportFinished(path: String, error: String?)
    /// The user's `$EDITOR` returned text for a note (or failed to run).
    case externalEditFinished(CellPosition, Result<String, ExternalEditFailure>)
    /// The map's file changed on disk, not through this editor.
    case outsideChange(OutsideChange)
    /// A recovery file with unsaved changes from an editor that did not end normally was found.
    case recoveryFound(RecoveryOffer)
    /// A message from the session for the status line (what became of a recovery file, a recovery
    /// file that cannot be written…).
    case notice(StatusMessage)
    /// Other `journey` editors have the map open (empty when none is left).
    case otherEditors([OtherEditor])
    /// Time to share the changes not written yet, while co-editing live (the session says when,
    /// batching quick keys into one write).
    case shareChanges
    /// The session's monotonic clock, in seconds, sent while a workshop timer runs: the core has
    /// no clock of its own.
    case tick(seconds: Double)
    /// The map `:compare` asked for was read (or could not be).
    case comparisonLoaded(path: String, Result<JourneyMap, MapLoadFailure>)

    /// Convenience for a key press.
    public static func key(_ key: Key) -> EditorEvent { .input(.key(key)) }
}

/// Why the external editor gave no text.
public struct ExternalEditFailure: Error, Hashable, Sendable {
    /// The reasons, each a sentence of the string catalogue.
    public enum Reason: Hashable, Sendable, Localized {
        case cannotWriteTemporaryFile(String)
        case cannotStart(command: String, reason: String)
        case exitStatus(command: String, status: Int32)
        case lost(command: String, reason: String)
        case killed(command: String, signal: Int32)
        case cannotReadBack
        case notUTF8

        public func text(in l: Language) -> String {
            switch self {
            case .cannotWriteTemporaryFile(let reason): l.choose(en: "Cannot write a temporary file for the editor: \(reason)", es: "No se puede escribir un archivo temporal para el editor: \(reason)")
            case .cannotStart(let command, let reason): l.choose(en: "Cannot start the editor '\(command)': \(reason)", es: "No se puede abrir el editor «\(command)»: \(reason)")
            case .exitStatus(let command, let status): l.choose(en: "The editor '\(command)' exited with status \(status); the note is unchanged", es: "El editor «\(command)» terminó con el estado \(status); la nota no cambió")
            case .lost(let command, let reason): l.choose(en: "Lost track of the editor '\(command)' (\(reason)); the note is unchanged", es: "Se perdió el rastro del editor «\(command)» (\(reason)); la nota no cambió")
            case .killed(let command, let signal): l.choose(en: "The editor '\(command)' was ended by signal \(signal); the note is unchanged", es: "El editor «\(command)» terminó por la señal \(signal); la nota no cambió")
            case .cannotReadBack: l.choose(en: "The edited note could not be read back; the note is unchanged", es: "No se pudo volver a leer la nota editada; la nota no cambió")
            case .notUTF8: l.choose(en: "The edited note is not UTF-8 text; the note is unchanged", es: "La nota editada no es texto UTF-8; la nota no cambió")
            }
        }
    }

    /// Why it failed.
    public var reason: Reason

    /// Creates a failure.
    public init(_ reason: Reason) { self.reason = reason }

    /// The message for the status line.
    public var notice: EditorNotice { .externalEdit(reason) }
}

/// How a save ended.
public enum SaveOutcome: Equatable, Sendable {
    /// The map of the request is in its file, which now has `version`.
    case saved(SaveRequest, version: FileVersion)
    /// Nothing was written: the file changed on disk since the editor read it, and holds `theirs`
    /// (at `version`); the editor merges before saving again.
    case changedOnDisk(SaveRequest, theirs: JourneyMap, version: FileVersion)
    /// Nothing was written (or the old file was left whole); `reason` says why.
    case failed(path: String, reason: SaveFailure)
}

/// What to do once a save succeeded.
public enum AfterSave: Hashable, Sendable {
    /// Keep editing.
    case keepEditing
    /// Quit the editor.
    case quit
}
