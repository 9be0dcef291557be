import ArgumentParser
import JourneyKit

/// Choosing a format from the registry for `--format` and `--from`, or from a file's extension.
enum FormatChoice {
    /// The format of `formats` with this name or alias, or a usage error listing them.
    static func named(_ name: String, option: String, among formats: [MapFormat]) throws -> MapFormat {
        guard let format = formats.first(where: { $0.isNamed(name) }) else {
            throw ValidationError(CLIStrings.unknownFormat(option: option, given: name, names: labels(of: formats)).text)
        }
        return format
    }

    /// The format of `formats` a path's extension names, if any.
    static func guess(from path: String?, among formats: [MapFormat]) -> MapFormat? {
        guard let path, path != "-" else { return nil }
        return formats.first { $0.matches(path: path) }
    }

    /// How the help and messages name formats: `markdown (md)`, `json`.
    static func labels(of formats: [MapFormat]) -> [String] {
        formats.map { $0.aliases.isEmpty ? $0.name : "\($0.name) (\($0.aliases.joined(separator: ", ")))" }
    }

    /// Every name and alias, for shell completion.
    static func completion(for formats: [MapFormat]) -> CompletionKind {
        .list(formats.flatMap(\.names))
    }
}
