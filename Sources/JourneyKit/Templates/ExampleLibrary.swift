/// The example maps bundled with journey: complete, realistic maps to learn from and to try the
/// views and exports on.
///
/// ```swift
/// let example = try ExampleLibrary.example(named: "cat-mug-shop")
/// example.map.persona            // "Ana, 34, buys gifts online"
/// ```
public enum ExampleLibrary {
    /// The names of the bundled examples, sorted.
    ///
    /// - Throws: ``AssetError/resourcesMissing`` when the resources cannot be found.
    public static func names() throws(AssetError) -> [String] {
        try BundledMapFolder.examples.names()
    }

    /// The example with this name, compared case-insensitively, with or without `.journey`.
    ///
    /// - Throws: ``AssetError/unknownExample(_:available:)`` when there is no such example,
    ///   ``AssetError/unreadable(name:reason:)`` when its file cannot be read as a map, and
    ///   ``AssetError/resourcesMissing`` when the resources cannot be found.
    public static func example(named name: String) throws(AssetError) -> BundledMap {
        try BundledMapFolder.examples.map(named: name)
    }

    /// Every bundled example, sorted by name.
    ///
    /// - Throws: ``AssetError`` when the resources cannot be found or an example cannot be read.
    public static func all() throws(AssetError) -> [BundledMap] {
        try BundledMapFolder.examples.all()
    }
}
