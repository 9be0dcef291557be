/// One `"key": value` pair of a JSON object, with the position of its key.
struct JSONMember: Sendable {
    /// The key, with its escapes resolved.
    var key: String
    /// Where the key's opening quote stands.
    var keyPosition: JSONPosition
    /// The value.
    var value: JSONValue
}
