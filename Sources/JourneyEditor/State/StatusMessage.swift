/// A message on the status line: what just happened, or what went wrong.
public struct StatusMessage: Hashable, Sendable {
    /// How the message is shown.
    public enum Kind: Hashable, Sendable {
        /// Information: saved, undone, exported…
        case info
        /// Something failed or was refused.
        case error
    }

    /// The text, shown through ``DisplayText`` (so file names and values cannot inject escapes).
    public var text: String
    /// Information or error.
    public var kind: Kind

    /// An informational message.
    public static func info(_ text: String) -> StatusMessage { StatusMessage(text: text, kind: .info) }
    /// An error message.
    public static func error(_ text: String) -> StatusMessage { StatusMessage(text: text, kind: .error) }
}
