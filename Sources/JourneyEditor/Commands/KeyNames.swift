/// Keys' names for the help and for messages: `x`, `Ctrl-X`, `Alt-X`, `F5`, `PgDn`.
enum KeyNames {
    static func name(of key: Key) -> String {
        switch key {
        case .character(" "): "Space"
        case .character(let character): DisplayText.sanitized(String(character))
        case .control(let character): "Ctrl-" + character.uppercased()
        case .alt(let character): "Alt-" + DisplayText.sanitized(String(character))
        case .enter: "Enter"
        case .altEnter: "Alt-Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .insert: "Insert"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .shiftUp: "Shift-↑"
        case .shiftDown: "Shift-↓"
        case .shiftLeft: "Shift-←"
        case .shiftRight: "Shift-→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let number): "F\(number)"
        }
    }
}
