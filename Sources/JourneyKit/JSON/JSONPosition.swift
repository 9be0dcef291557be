/// Where a JSON value or key starts: a 1-based line and a 1-based column counting Unicode scalars.
///
/// Kept apart from ``FileLocation`` so that the parsed tree does not carry the file's path in every node.
struct JSONPosition: Sendable, Hashable, Comparable {
    /// The line, counting from 1.
    var line: Int
    /// The column, counting Unicode scalars from 1.
    var column: Int

    /// The start of the input.
    static let start = JSONPosition(line: 1, column: 1)

    /// The position as a location in the file at `path`.
    func location(path: String) -> FileLocation {
        FileLocation(path: path, line: line, column: column)
    }

    static func < (lhs: JSONPosition, rhs: JSONPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
