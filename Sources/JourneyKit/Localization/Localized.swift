/// A message from the string catalogue: a typed value with its arguments, turned into a sentence
/// only when it is shown, in the language of whoever reads it.
public protocol Localized: Sendable {
    /// The sentence in a language.
    func text(in language: Language) -> String
}
