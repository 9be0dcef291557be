/// One problem found in a file, at a place, with a message that says what was expected.
///
/// Its description is the conventional `path:line:column: message`, which editors and CI
/// logs turn into links.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is.
    public var location: FileLocation
    /// What is wrong and what was expected, in one sentence without a trailing period.
    public var message: String

    /// Creates a diagnostic.
    public init(_ message: String, at location: FileLocation) {
        self.location = location
        self.message = message
    }

    /// `path:line:column: message`, with control characters in the path or message escaped
    /// (see ``TerminalSafeText``), so that it is safe to print to a terminal.
    public var description: String { TerminalSafeText.escaping("\(location): \(message)") }

    /// `path:line:column: warning: message`, escaped as ``description`` is: how a reader's
    /// warning (see ``ImportedMap/warnings``) is printed.
    public var warningDescription: String { TerminalSafeText.escaping("\(location): warning: \(message)") }
}

/// The error thrown when a file cannot be read as a map: every problem found, in file order.
///
/// A file with any problem gives no map at all, never a half-read one.
public struct DiagnosticError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems, in the order they appear in the file; never empty.
    public var diagnostics: [Diagnostic]

    /// Creates an error from one or more diagnostics.
    public init(_ diagnostics: [Diagnostic]) {
        precondition(!diagnostics.isEmpty, "a DiagnosticError needs at least one diagnostic")
        self.diagnostics = diagnostics
    }

    /// Creates an error from a single problem.
    public init(_ message: String, at location: FileLocation) {
        self.diagnostics = [Diagnostic(message, at: location)]
    }

    /// One `path:line:column: message` line per problem.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
