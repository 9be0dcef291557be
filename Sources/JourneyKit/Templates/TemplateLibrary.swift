/// The templates bundled with journey: empty maps with stages and touchpoints laid out, to start from.
///
/// Templates come in English and Spanish (`five-stage`, `five-stage-es`…); `blank` has no stages at all.
///
/// ```swift
/// try TemplateLibrary.names()                   // ["blank", "blank-es", "email-lifecycle", …]
/// var map = try TemplateLibrary.template(named: "Six-Stage.journey").map
/// map.title = "Cat mug shop: first purchase"
/// ```
public enum TemplateLibrary {
    /// The names of the bundled templates, sorted.
    ///
    /// - Throws: ``AssetError/resourcesMissing`` when the resources cannot be found.
    public static func names() throws(AssetError) -> [String] {
        try BundledMapFolder.templates.names()
    }

    /// The template with this name, compared case-insensitively, with or without `.journey`.
    ///
    /// - Throws: ``AssetError/unknownTemplate(_:available:)`` when there is no such template,
    ///   ``AssetError/unreadable(name:reason:)`` when its file cannot be read as a map, and
    ///   ``AssetError/resourcesMissing`` when the resources cannot be found.
    public static func template(named name: String) throws(AssetError) -> BundledMap {
        try BundledMapFolder.templates.map(named: name)
    }

    /// Every bundled template, sorted by name.
    ///
    /// - Throws: ``AssetError`` when the resources cannot be found or a template cannot be read.
    public static func all() throws(AssetError) -> [BundledMap] {
        try BundledMapFolder.templates.all()
    }
}
