/// A place in a file: its path, a 1-based line and a 1-based column.
///
/// Columns count Unicode characters (scalars) from the start of the line, so that `é` and `🙂`
/// each count as one column, as a person counting along the line expects.
public struct FileLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file's path as the user gave it, or `-` for standard input.
    public var path: String
    /// The line, counting from 1.
    public var line: Int
    /// The column, counting characters from 1.
    public var column: Int

    /// Creates a location.
    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`.
    public var description: String { "\(path):\(line):\(column)" }

    public static func < (lhs: FileLocation, rhs: FileLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}
