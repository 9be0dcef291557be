/// A rendered screen: the buffer to show and where the terminal's cursor goes.
public struct Frame: Hashable, Sendable {
    /// A position on the screen, 0-based.
    public struct Point: Hashable, Sendable {
        /// The column.
        public var x: Int
        /// The row.
        public var y: Int

        /// Creates a point.
        public init(x: Int, y: Int) {
            self.x = x
            self.y = y
        }
    }

    /// What to show.
    public var buffer: ScreenBuffer
    /// Where the cursor blinks while text is being typed; `nil` hides it.
    public var cursor: Point?

    /// Creates a frame.
    public init(buffer: ScreenBuffer, cursor: Point? = nil) {
        self.buffer = buffer
        self.cursor = cursor
    }
}
