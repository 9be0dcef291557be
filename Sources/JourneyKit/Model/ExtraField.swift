/// A field that this version of journey does not know, kept so that it is written back unchanged.
///
/// Files written by a newer journey, or extended by other tools, may carry fields such as
/// `owner: Marketing` in a stage block. They are read into `extraFields` of the part they
/// belong to and written back after the known fields, in their original order.
public struct ExtraField: Sendable, Hashable {
    /// The field's key, such as `owner`.
    public var key: String
    /// The field's value, decoded (escapes resolved, multi-line values joined with `\n`).
    public var value: String

    /// Creates a field.
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

/// A block of a kind that this version of journey does not know, such as `[backstage checkout]`,
/// kept whole and written back after the known blocks.
public struct ExtraBlock: Sendable, Hashable {
    /// The text between the brackets of the block's header, such as `backstage checkout`.
    public var header: String
    /// The block's fields in their original order.
    public var fields: [ExtraField]

    /// Creates a block.
    public init(header: String, fields: [ExtraField]) {
        self.header = header
        self.fields = fields
    }
}
