import Foundation
import JourneyAssets

/// One of the folders of bundled maps inside journey's resources, and how to list and read it.
///
/// The public face is ``TemplateLibrary`` and ``ExampleLibrary``; the functions here take the
/// resource folder as a parameter so that tests can point them at a folder of their own.
enum BundledMapFolder: String, Sendable, CaseIterable {
    /// `templates/`: maps to start from.
    case templates
    /// `examples/`: complete maps to learn from.
    case examples

    /// The names of the maps in the folder (file names without `.journey`), sorted.
    func names(in root: URL? = BundledMapFolder.defaultRoot()) throws(AssetError) -> [String] {
        guard let root else { throw .resourcesMissing }
        let folder = root.appendingPathComponent(rawValue, isDirectory: true)
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw .resourcesMissing
        }
        var names: [String] = []
        for entry in entries where !entry.hasPrefix(".") && entry.hasSuffix(BundledMapFolder.suffix) {
            let name = String(entry.dropLast(BundledMapFolder.suffix.count))
            if !name.isEmpty { names.append(name) }
        }
        return names.sorted()
    }

    /// The map with this name, compared case-insensitively, with or without `.journey`.
    func map(named name: String, in root: URL? = BundledMapFolder.defaultRoot()) throws(AssetError) -> BundledMap {
        let available = try names(in: root)
        let wanted = BundledMapFolder.lookupForm(of: name)
        guard let match = available.first(where: { $0.lowercased() == wanted }) else {
            throw unknown(name, available: available)
        }
        return try read(match, in: root)
    }

    /// Every map in the folder, sorted by name.
    func all(in root: URL? = BundledMapFolder.defaultRoot()) throws(AssetError) -> [BundledMap] {
        var maps: [BundledMap] = []
        for name in try names(in: root) {
            maps.append(try read(name, in: root))
        }
        return maps
    }

    /// The folder holding `templates/` and `examples/` in this installation, or `nil` when it is missing.
    static func defaultRoot() -> URL? {
        AssetBundle.resourceDirectory()
    }

    /// Where the file of the map named `name` lies under `root`.
    func fileURL(for name: String, in root: URL) -> URL {
        root
            .appendingPathComponent(rawValue, isDirectory: true)
            .appendingPathComponent(name + BundledMapFolder.suffix, isDirectory: false)
    }

    // MARK: Helpers

    private static let suffix = "." + JourneyFormat.fileExtension

    /// The form in which a wanted name is compared with the file names: trimmed, lowercased, without `.journey`.
    static func lookupForm(of name: String) -> String {
        var form = name.trimmingWhitespace().lowercased()
        if form.hasSuffix(suffix) { form.removeLast(suffix.count) }
        return form
    }

    private func unknown(_ name: String, available: [String]) -> AssetError {
        switch self {
        case .templates: .unknownTemplate(name, available: available)
        case .examples: .unknownExample(name, available: available)
        }
    }

    /// Reads and parses the file of a map known to be listed.
    private func read(_ name: String, in root: URL?) throws(AssetError) -> BundledMap {
        guard let root else { throw .resourcesMissing }
        let file = fileURL(for: name, in: root)
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw .unreadable(name: name, reason: "\(file.path): \(error.localizedDescription)")
        }
        do {
            return BundledMap(name: name, file: try JourneyParser.parse(data, path: file.path))
        } catch {
            throw .unreadable(name: name, reason: error.description)
        }
    }
}
