/// Why the editor could not take over the terminal.
///
/// Every case is reported before the screen is touched (or after it was restored), so the
/// message reaches the user on an ordinary terminal:
/// ```swift
/// do {
///     let terminal = try NcursesTerminal.open(mouse: true)
///     defer { terminal.shutdown() }
/// } catch {
///     print("journey: \(error)")   // journey: journey's editor needs a terminal: …
/// }
/// ```
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is a pipe or a file, not a terminal.
    /// The associated value names the stream ("standard input" or "standard output").
    case notATerminal(stream: String)
    /// The `TERM` environment variable is unset or empty.
    case terminalTypeNotSet
    /// The terminfo database has no entry for this `TERM`.
    case unknownTerminalType(String)
    /// The terminal type cannot move the cursor (such as `TERM=dumb`).
    case cannotAddressCursor(String)
    /// ncurses refused to start for another reason; the value says what failed.
    case initializationFailed(String)

    /// A message for the user saying what is wrong and what to do.
    public var description: String {
        switch self {
        case .notATerminal(let stream):
            return "journey's editor needs a terminal: \(stream) is not a terminal; "
                + "use 'journey export' or 'journey check' in scripts"
        case .terminalTypeNotSet:
            return "journey's editor needs to know the terminal type, but TERM is not set; "
                + "try running it as 'TERM=xterm-256color journey …'"
        case .unknownTerminalType(let name):
            return "the terminal type '\(name)' (from TERM) is not known on this system; "
                + "try running it as 'TERM=xterm-256color journey …' or install that terminal's terminfo entry"
        case .cannotAddressCursor(let name):
            return "the terminal type '\(name)' (from TERM) cannot move the cursor, which journey's editor needs; "
                + "run it in a full terminal, or try 'TERM=xterm-256color journey …'"
        case .initializationFailed(let detail):
            return "journey's editor could not set up the terminal: \(detail)"
        }
    }
}
