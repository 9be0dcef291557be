/// Splitting a path into its folder and its file name, the way every file beside a map (the
/// temporary file of a save, recovery and presence files) finds its folder.
///
/// ```swift
/// FilePathParts.split("maps/shop.journey")   // ("maps", "shop.journey")
/// FilePathParts.split("shop.journey")        // ("", "shop.journey"): the current folder
/// FilePathParts.split("/shop.journey")       // ("/", "shop.journey")
/// ```
public enum FilePathParts {
    /// The folder part (without the trailing slash; empty for the current folder) and the name.
    public static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }
}
