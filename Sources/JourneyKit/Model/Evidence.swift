/// How well research backs what a cell says: a map built on assumptions is a hypothesis until
/// research backs it. A cell whose evidence is not stated has `nil`.
///
/// The raw values are the words the `.journey` format and the JSON interchange form use.
public enum Evidence: String, CaseIterable, Sendable, Hashable {
    /// The team's guess; nobody has asked a customer.
    case assumed
    /// Partly backed: a few interviews, some figures.
    case partial
    /// Backed by research: interviews, a survey, analytics.
    case researched

    /// The three, strongest first, as legends list them.
    public static let allStrongestFirst: [Evidence] = [.researched, .partial, .assumed]

    /// The three words, for messages: `assumed, partial or researched`.
    public static let allSpellings = "assumed, partial or researched"
}
