/// A one-line text editor, as in a shell or a spreadsheet's cell: a text and a cursor that moves
/// and deletes by character (grapheme), never by byte.
///
/// Line breaks are allowed in the text (Alt-Enter or a paste puts them there) and shown as `↵`.
///
/// ```swift
/// var editor = LineEditor("Compra rápida")
/// editor.handle(.backspace)          // "Compra rápid"
/// editor.handle(.control("w"))       // "Compra "
/// ```
public struct LineEditor: Hashable, Sendable {
    /// The text, character by character.
    public private(set) var characters: [Character]
    /// Where the cursor stands: before `characters[cursor]`, or at the end.
    public private(set) var cursor: Int

    /// Creates an editor holding `text`, with the cursor at its end.
    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    /// The text being edited.
    public var text: String { String(characters) }

    /// Replaces the whole text and puts the cursor at its end.
    public mutating func replace(with text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    /// Inserts text at the cursor.
    public mutating func insert(_ text: String) {
        let new = Array(text)
        characters.insert(contentsOf: new, at: cursor)
        cursor += new.count
    }

    /// Applies an editing key; returns `false` for keys that are not editing keys (Enter, Esc, Tab…).
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            characters.insert(character, at: cursor)
            cursor += 1
        case .altEnter:
            characters.insert("\n", at: cursor)
            cursor += 1
        case .left, .control("b"):
            cursor = max(0, cursor - 1)
        case .right, .control("f"):
            cursor = min(characters.count, cursor + 1)
        case .home, .control("a"):
            cursor = 0
        case .end, .control("e"):
            cursor = characters.count
        case .backspace, .control("h"):
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .control("w"), .alt("\u{7F}"):
            let start = wordStart(before: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .control("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .control("k"):
            characters.removeSubrange(cursor..<characters.count)
        case .alt("b"), .shiftLeft:
            cursor = wordStart(before: cursor)
        case .alt("f"), .shiftRight:
            cursor = wordEnd(after: cursor)
        case .alt("d"):
            let end = wordEnd(after: cursor)
            characters.removeSubrange(cursor..<end)
        default:
            return false
        }
        return true
    }

    private func wordStart(before position: Int) -> Int {
        var index = position
        while index > 0 && !isWordCharacter(characters[index - 1]) { index -= 1 }
        while index > 0 && isWordCharacter(characters[index - 1]) { index -= 1 }
        return index
    }

    private func wordEnd(after position: Int) -> Int {
        var index = position
        while index < characters.count && !isWordCharacter(characters[index]) { index += 1 }
        while index < characters.count && isWordCharacter(characters[index]) { index += 1 }
        return index
    }

    private func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }
}
