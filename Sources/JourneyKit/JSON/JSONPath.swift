/// The path of a value inside a JSON document, as messages show it: `cells[2].emotion`.
///
/// Keys that are plain words are joined with `.`; other keys are written as `["my key"]`,
/// escaped so that no control character reaches a terminal. The document itself is the empty path.
///
/// The first four steps are stored inline, so that making the path of every value while checking
/// a document (`cells[2].painPoints[0]` is four steps) costs no allocation.
struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    /// One step into an object or an array.
    enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    private var first: Component?
    private var second: Component?
    private var third: Component?
    private var fourth: Component?
    private var more: [Component] = []

    /// The path of the document itself.
    static let root = JSONPath()

    /// Whether this is the path of the document itself.
    var isRoot: Bool { first == nil }

    /// The steps from the top of the document.
    var components: [Component] {
        [first, second, third, fourth].compactMap { $0 } + more
    }

    /// This path with one more step.
    func appending(_ component: Component) -> JSONPath {
        var copy = self
        if copy.first == nil {
            copy.first = component
        } else if copy.second == nil {
            copy.second = component
        } else if copy.third == nil {
            copy.third = component
        } else if copy.fourth == nil {
            copy.fourth = component
        } else {
            copy.more.append(component)
        }
        return copy
    }

    /// This path with a key added.
    func appending(key: String) -> JSONPath { appending(.key(key)) }

    /// This path with an array index added.
    func appending(index: Int) -> JSONPath { appending(.index(index)) }

    /// `stages[1].name`, or the empty string for the document itself.
    var description: String { JSONPath.render(components) }

    /// Renders any list of components, as the reader keeps them on a stack.
    static func render(_ components: [Component]) -> String {
        var text = ""
        for component in components {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key):
                if isPlainKey(key) {
                    if !text.isEmpty { text += "." }
                    text += key
                } else {
                    text += "[\"" + JSONTextWriter.escapedContent(JSONValue.shortened(key, limit: 40)) + "\"]"
                }
            }
        }
        return text
    }

    /// Whether a key can be written bare: ASCII letters, digits, `_` and `-`, not starting with a digit or `-`.
    private static func isPlainKey(_ key: String) -> Bool {
        guard let first = key.utf8.first, !(first >= 0x30 && first <= 0x39), first != 0x2D else { return false }
        return key.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x5F || byte == 0x2D
        }
    }
}
