/// One character cell of the screen: the character drawn there and what it is.
public struct ScreenCell: Hashable, Sendable {
    /// The character drawn, already made visible (never a control character).
    /// For the right half of a wide character this is a space and `isContinuation` is true.
    public var character: Character
    /// What this part of the screen is, for colours and attributes.
    public var role: StyleRole
    /// Whether this is the second column of a wide character drawn in the cell to the left.
    public var isContinuation: Bool

    /// Creates a cell.
    public init(_ character: Character, role: StyleRole = .normal, isContinuation: Bool = false) {
        self.character = character
        self.role = role
        self.isContinuation = isContinuation
    }

    /// A blank cell.
    public static let blank = ScreenCell(" ")
}
