/// A key the user pressed, as the editor understands it, independent of any terminal library.
///
/// The terminal layer turns its key codes into these; tests write them directly:
/// ```swift
/// let script: [Key] = [.character("j"), .enter, .character("¡"), .character("H"), .enter]
/// ```
public enum Key: Hashable, Sendable {
    /// A printable character, including space; may be any grapheme (é, 漢, 🙂).
    case character(Character)
    /// A control key, named by its lowercase letter: `.control("s")` is Ctrl-S.
    case control(Character)
    /// A character typed with Alt (Meta), which terminals send as Esc followed by the character.
    case alt(Character)
    case enter
    /// Alt-Enter, which inserts a line break while editing text.
    case altEnter
    case escape
    case tab
    /// Shift-Tab.
    case backTab
    case backspace
    case delete
    case insert
    case up, down, left, right
    case shiftUp, shiftDown, shiftLeft, shiftRight
    case home, end, pageUp, pageDown
    /// A function key, F1 to F12.
    case function(Int)
}
