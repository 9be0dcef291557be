import JourneyKit

/// The formats `:export` can write, by name and alias: JourneyKit's format registry.
enum ExportTargets {
    /// The formats' names, as `:export` takes them.
    static var names: [String] { FormatRegistry.exportable.map(\.name) }

    /// The registry's name for a name or alias (`md` → `markdown`), when it can be exported.
    static func name(for typed: String) -> String? {
        FormatRegistry.named(typed).flatMap { $0.canExport ? $0.name : nil }
    }
}
