import JourneyKit

/// A message on the status line: what just happened, or what went wrong, as a typed notice from
/// the string catalogue that the screen says in the interface's language.
public struct StatusMessage: Hashable, Sendable {
    /// How the message is shown.
    public enum Kind: Hashable, Sendable {
        /// Information: saved, undone, exported…
        case info
        /// Something failed or was refused.
        case error
    }

    /// What to say.
    public var notice: EditorNotice
    /// Information or error.
    public var kind: Kind

    /// The sentence in a language (shown through ``DisplayText``, so file names and values cannot
    /// inject escapes).
    public func text(in language: Language) -> String { notice.text(in: language) }

    /// An informational message.
    public static func info(_ notice: EditorNotice) -> StatusMessage { StatusMessage(notice: notice, kind: .info) }
    /// An error message.
    public static func error(_ notice: EditorNotice) -> StatusMessage { StatusMessage(notice: notice, kind: .error) }
}
