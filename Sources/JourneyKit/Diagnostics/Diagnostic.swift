/// One problem found in a file, at a place, with a message that says what was expected.
///
/// Its description is the conventional `path:line:column: message`, which editors and CI
/// logs turn into links; ``text(in:)`` gives the same line in another language.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is.
    public var location: FileLocation
    /// What is wrong, as a typed message of the string catalogue.
    let problem: DiagnosticStrings

    /// What is wrong and what was expected, in English, in one sentence without a trailing period.
    public var message: String { problem.text(in: .english) }

    /// Creates a diagnostic whose message is the same in every language.
    public init(_ message: String, at location: FileLocation) {
        self.init(.verbatim(message), at: location)
    }

    /// Creates a diagnostic from a message of the string catalogue.
    init(_ problem: DiagnosticStrings, at location: FileLocation) {
        self.location = location
        self.problem = problem
    }

    /// `path:line:column: message` in English, with control characters in the path or message
    /// escaped (see ``TerminalSafeText``), so that it is safe to print to a terminal.
    public var description: String { text(in: .english) }

    /// `path:line:column: warning: message`, escaped as ``description`` is: how a reader's
    /// warning (see ``ImportedMap/warnings``) is printed.
    public var warningDescription: String { warningText(in: .english) }

    /// The message alone in a language, without the location and unescaped.
    public func message(in language: Language) -> String { problem.text(in: language) }

    /// `path:line:column: message` in a language, escaped as ``description`` is.
    public func text(in language: Language) -> String {
        TerminalSafeText.escaping("\(location): \(problem.text(in: language))")
    }

    /// `path:line:column: warning: message` in a language (`aviso:` in Spanish), escaped as
    /// ``description`` is.
    public func warningText(in language: Language) -> String {
        TerminalSafeText.escaping("\(location): \(DiagnosticStrings.warningLabel.text(in: language)): \(problem.text(in: language))")
    }

    /// Two diagnostics are equal when they point at the same place with the same message.
    public static func == (left: Diagnostic, right: Diagnostic) -> Bool {
        left.location == right.location && left.message == right.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(location)
        hasher.combine(message)
    }
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

    /// Creates an error from a single problem whose message is the same in every language.
    public init(_ message: String, at location: FileLocation) {
        self.diagnostics = [Diagnostic(message, at: location)]
    }

    /// Creates an error from a single problem of the string catalogue.
    init(_ problem: DiagnosticStrings, at location: FileLocation) {
        self.diagnostics = [Diagnostic(problem, at: location)]
    }

    /// One `path:line:column: message` line per problem, in English.
    public var description: String { text(in: .english) }

    /// One `path:line:column: message` line per problem, in a language.
    public func text(in language: Language) -> String {
        diagnostics.map { $0.text(in: language) }.joined(separator: "\n")
    }
}
