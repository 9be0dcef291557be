/// Something the terminal reports: a key, a paste, a mouse action or a new size.
public enum InputEvent: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// Text pasted through the terminal's bracketed paste, delivered whole.
    case paste(String)
    /// A mouse action.
    case mouse(MouseEvent)
    /// The terminal now has this size.
    case resize(ScreenSize)
}
