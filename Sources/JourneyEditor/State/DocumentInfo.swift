/// Which file the map belongs to.
public struct DocumentInfo: Hashable, Sendable {
    /// The file's path, as the user gave it; `nil` for a map that has no file yet.
    public var path: String?
    /// Whether the file does not exist yet and is created on the first save.
    public var isNew: Bool

    /// Creates document information.
    public init(path: String?, isNew: Bool) {
        self.path = path
        self.isNew = isNew
    }

    /// The file's name for the title bar, or "untitled".
    public var displayName: String {
        guard let path, !path.isEmpty else { return "untitled" }
        return path.split(separator: "/").last.map(String.init) ?? path
    }
}
