import JourneyKit

/// The formats `:export` can write, by name and alias: those of the format registry that export,
/// but the `.journey` format itself, which `:w FILE` writes.
enum ExportTargets {
    /// The formats.
    static var formats: [MapFormat] { FormatRegistry.exportable.filter { $0 != .journey } }

    /// The formats' names, as `:export` takes them.
    static var names: [String] { formats.map(\.name) }

    /// The name of the format a name or alias (`md`) stands for.
    static func name(for typed: String) -> String? {
        formats.first { $0.isNamed(typed) }?.name
    }
}
