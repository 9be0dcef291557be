/// Why an editing operation on a ``JourneyMap`` was refused.
public enum JourneyModelError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The name is empty, or only white space.
    case emptyName(MapAxis)
    /// Another stage (or touchpoint) already has this name, compared after trimming and case-insensitively.
    case duplicateName(MapAxis, String)
    /// The key is not made of lowercase letters, digits, `-`, `_` and `.`, starting with a letter or digit.
    case invalidKey(MapAxis, String)
    /// Another stage (or touchpoint) already has this key.
    case duplicateKey(MapAxis, String)

    public var description: String {
        switch self {
        case .emptyName(let axis):
            "a \(axis.rawValue) name must not be empty"
        case .duplicateName(let axis, let name):
            "there is already a \(axis.rawValue) named '\(name)'"
        case .invalidKey(let axis, let key):
            "'\(key)' is not a valid \(axis.rawValue) key: use lowercase letters, digits, '-', '_' and '.', starting with a letter or digit (at most \(NameRules.maximumKeyLength) characters)"
        case .duplicateKey(let axis, let key):
            "there is already a \(axis.rawValue) with the key '\(key)'"
        }
    }
}
