import JourneyAssets

/// Why a bundled template or example could not be listed or read.
public enum AssetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The resource folder with `templates/` and `examples/` was not found: journey is not installed
    /// with its resources, or `JOURNEY_ASSETS` names a folder without them.
    case resourcesMissing
    /// No template has this name; `available` lists the names there are, sorted.
    case unknownTemplate(String, available: [String])
    /// No example has this name; `available` lists the names there are, sorted.
    case unknownExample(String, available: [String])
    /// A bundled file exists but cannot be read as a map; `reason` says why (the parser's
    /// diagnostics, one per line, or the file system's error).
    case unreadable(name: String, reason: String)

    /// A message for people, such as `unknown template 'foo'; available: blank, blank-es, five-stage`.
    public var description: String {
        switch self {
        case .resourcesMissing:
            "journey's bundled templates and examples are missing: the \(AssetError.bundleFolderName) folder must sit next to the journey executable (or set JOURNEY_ASSETS to a folder holding templates/ and examples/)"
        case .unknownTemplate(let name, let available):
            AssetError.unknown("template", name, available)
        case .unknownExample(let name, let available):
            AssetError.unknown("example", name, available)
        case .unreadable(let name, let reason):
            "the bundled map '\(name)' cannot be read; journey's installation may be damaged:\n\(reason)"
        }
    }

    /// The name of the folder SwiftPM puts the resources in on Linux: `journey_JourneyAssets.resources`.
    static let bundleFolderName = AssetBundle.bundleName + ".resources"

    private static func unknown(_ what: String, _ name: String, _ available: [String]) -> String {
        if available.isEmpty {
            return "unknown \(what) '\(name)'; no \(what)s are installed"
        }
        return "unknown \(what) '\(name)'; available: \(available.joined(separator: ", "))"
    }
}
