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
    /// Bytes typed that are not UTF-8 (a terminal set to another encoding): the editor says so
    /// rather than dropping them unseen.
    case undecodable([UInt8])
}
