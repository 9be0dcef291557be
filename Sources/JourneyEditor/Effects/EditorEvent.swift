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

    /// Convenience for a key press.
    public static func key(_ key: Key) -> EditorEvent { .input(.key(key)) }
}

/// Why the external editor gave no text.
public struct ExternalEditFailure: Error, Hashable, Sendable {
    /// A message for the status line.
    public var message: String

    /// Creates a failure.
    public init(_ message: String) { self.message = message }
}

/// How a save ended.
public enum SaveOutcome: Equatable, Sendable {
    /// The map of the request is in its file, which now has `version`.
    case saved(SaveRequest, version: FileVersion)
    /// Nothing was written: the file changed on disk since the editor read it, and holds `theirs`
    /// (at `version`); the editor merges before saving again.
    case changedOnDisk(SaveRequest, theirs: JourneyMap, version: FileVersion)
    /// Nothing was written (or the old file was left whole); `message` says why.
    case failed(path: String, message: String)
}

/// What to do once a save succeeded.
public enum AfterSave: Hashable, Sendable {
    /// Keep editing.
    case keepEditing
    /// Quit the editor.
    case quit
}
