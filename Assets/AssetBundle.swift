import Foundation

/// Where the bundled templates and example maps are found at run time.
///
/// SwiftPM copies `templates/` and `examples/` into a resource bundle next to the built
/// executable (or test bundle). This looks for it there, without the generated accessor's
/// `fatalError` when the bundle is missing, so that a broken installation gives a clear error.
public enum AssetBundle {
    /// The name of the resource bundle SwiftPM makes for this target.
    public static let bundleName = "journey_JourneyAssets"

    /// The folder holding `templates/` and `examples/`, or `nil` when it cannot be found.
    ///
    /// The environment variable `JOURNEY_ASSETS` names another folder with the same layout.
    public static func resourceDirectory() -> URL? {
        let fileManager = FileManager.default
        if let override = ProcessInfo.processInfo.environment["JOURNEY_ASSETS"], !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            candidates.append(executable.deletingLastPathComponent())
        }
        candidates.append(Bundle.main.bundleURL)
        if let resources = Bundle.main.resourceURL { candidates.append(resources) }
        for directory in candidates {
            for name in ["\(bundleName).resources", "\(bundleName).bundle"] {
                let bundle = directory.appendingPathComponent(name, isDirectory: true)
                for inner in [bundle, bundle.appendingPathComponent("Contents/Resources", isDirectory: true)] {
                    var isDirectory: ObjCBool = false
                    let templates = inner.appendingPathComponent("templates").path
                    if fileManager.fileExists(atPath: templates, isDirectory: &isDirectory), isDirectory.boolValue {
                        return inner
                    }
                }
            }
        }
        return nil
    }
}
