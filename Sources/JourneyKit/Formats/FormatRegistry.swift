/// Every format journey can write or read, in the order the help lists them.
///
/// Adding a format is one new file that defines a static ``MapFormat`` member (see
/// `MarkdownFormat.swift`) and one entry in ``all``; `journey export`, `import`, `check` and
/// `fmt`, their help and shell completion, and the guess from a file's extension follow.
public enum FormatRegistry {
    /// The formats, each once.
    public static let all: [MapFormat] = [
        .journey,
        .json,
        .markdown,
        .html,
        .mermaid,
        .csv,
    ]

    /// The format with this name or alias (in any case), if there is one.
    public static func named(_ name: String) -> MapFormat? {
        all.first { $0.isNamed(name) }
    }

    /// The format a path's extension names, if any does.
    public static func format(forPath path: String) -> MapFormat? {
        all.first { $0.matches(path: path) }
    }

    /// The formats maps can be written in.
    public static var exportable: [MapFormat] { all.filter(\.canExport) }

    /// The formats maps can be read from (and so checked).
    public static var importable: [MapFormat] { all.filter(\.canImport) }

    /// The formats a file can be rewritten in canonically: those both read and written.
    /// Only those that keep everything a file says (see ``MapFormat/keepsEverything``).
    public static var rewritable: [MapFormat] { all.filter { $0.canImport && $0.canExport && $0.keepsEverything } }
}
