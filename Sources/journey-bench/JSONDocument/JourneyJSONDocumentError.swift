import JourneyKit

/// Why a ``JourneyJSONDocument`` does not describe a valid map: the JSON path at fault and what is wrong.
///
/// ```swift
/// do { _ = try document.makeMap() } catch {
///     print(error)   // cells[2].stage: there is no stage named 'Awareness'
/// }
/// ```
public struct JourneyJSONDocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path of the value at fault, such as `stages[1].name`.
    public var path: String
    /// What is wrong, in one sentence without a trailing period.
    public var message: String

    /// Creates an error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`.
    public var description: String { "\(path): \(message)" }
}
