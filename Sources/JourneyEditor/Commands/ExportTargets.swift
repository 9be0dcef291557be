import JourneyKit

/// The formats `:export` can write, by name and alias.
enum ExportTargets {
    /// The formats' names, as `:export` takes them.
    static let names = ["markdown", "json"]

    /// The format a name or alias (`md`) stands for.
    static func name(for typed: String) -> String? {
        let lowered = typed.lowercased()
        if lowered == "md" { return "markdown" }
        return names.contains(lowered) ? lowered : nil
    }
}
