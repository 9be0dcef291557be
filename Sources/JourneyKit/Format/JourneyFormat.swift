/// Facts about the `.journey` file format shared by the parser, the writer and the tools.
///
/// The format is specified in <doc:JourneyFileFormat>.
public enum JourneyFormat {
    /// The format version this library reads and writes; named on a file's first line, `journey 1`.
    public static let version = 1
    /// The file name extension, without the dot.
    public static let fileExtension = "journey"
    /// The most problems a parse reports before it stops looking.
    public static let maximumDiagnostics = 50
    /// What the parser says at the `<<<<<<<` line of each merge conflict left in a file (see
    /// ``ConflictMarkup``): `path:line:column: unresolved merge conflict`.
    public static let unresolvedConflictMessage = "unresolved merge conflict"
}
