/// Everything that can happen to the editor: input from the terminal, and the outcome of work
/// it asked the session to do (saving, exporting, running the user's editor).
public enum EditorEvent: Hashable, Sendable {
    /// A key, paste, mouse action or resize.
    case input(InputEvent)
    /// A save finished or failed.
    case saveFinished(SaveOutcome)
    /// An export finished; `error` says why it failed.
    case exportFinished(path: String, error: String?)
    /// The user's `$EDITOR` returned text for a note (or failed to run).
    case externalEditFinished(CellPosition, Result<String, ExternalEditFailure>)

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
public enum SaveOutcome: Hashable, Sendable {
    /// The map as of `revision` is in `path`.
    case saved(path: String, revision: Int, then: AfterSave)
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
