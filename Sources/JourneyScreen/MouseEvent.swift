/// A mouse action at a screen position (0-based column `x` and row `y`).
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    public enum Action: Hashable, Sendable {
        /// The main button was pressed (or clicked).
        case press
        /// The wheel turned up, away from the user.
        case wheelUp
        /// The wheel turned down, towards the user.
        case wheelDown
    }

    /// What the mouse did.
    public var action: Action
    /// The column, from 0 at the left.
    public var x: Int
    /// The row, from 0 at the top.
    public var y: Int

    /// Creates a mouse event.
    public init(_ action: Action, x: Int, y: Int) {
        self.action = action
        self.x = x
        self.y = y
    }
}
