/// What `journey git setup` puts in place: the git settings and the `.gitattributes` line, and how
/// an attributes file is brought up to date without duplicating or losing lines.
enum GitSetupPlan {
    /// The merge driver: `journey merge` on git's base, ours and theirs, reporting under the path.
    static let mergeDriver = "journey merge %O %A %B --label %P"
    /// The diff driver's textconv: each line of a map prefixed by its place.
    static let textconv = "journey diff --textconv"
    /// The settings, in the order they are set.
    static let settings: [(key: String, value: String)] = [
        ("merge.journey.name", "journey map merge"),
        ("merge.journey.driver", mergeDriver),
        ("diff.journey.textconv", textconv),
    ]
    /// The pattern of `.journey` files.
    static let pattern = "*.journey"
    /// The attributes line.
    static let attributesLine = "*.journey merge=journey diff=journey"

    /// What bringing an attributes file up to date changes.
    enum AttributesChange: Equatable {
        case none
        case added
        case updated(old: String)
    }

    /// The attributes file's text with the line in place: unchanged when a `*.journey` line
    /// already sets both attributes; the first `*.journey` line updated (its other attributes
    /// kept, any other `merge` or `diff` attribute replaced) when there is one; the line added at
    /// the end otherwise.
    static func attributes(updating text: String) -> (text: String, change: AttributesChange) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        guard let index = lines.firstIndex(where: { words(of: $0).first == pattern }) else {
            return ((lines + [attributesLine]).joined(separator: "\n") + "\n", .added)
        }
        let old = lines[index]
        let attributes = words(of: old).dropFirst()
        if attributes.contains("merge=journey") && attributes.contains("diff=journey") {
            return (text, .none)
        }
        let kept = attributes.filter { word in
            let name = word.drop { $0 == "-" || $0 == "!" }.prefix { $0 != "=" }
            return name != "merge" && name != "diff"
        }
        lines[index] = ([pattern] + kept + ["merge=journey", "diff=journey"]).joined(separator: " ")
        return (lines.joined(separator: "\n") + "\n", .updated(old: old))
    }

    /// The words of an attributes line, split at white space.
    static func words(of line: String) -> [String] {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }
}
