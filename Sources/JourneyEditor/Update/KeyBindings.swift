import JourneyKit

/// Which key runs which command, and the key reference the help screen and README show.
public enum KeyBindings {
    /// The command for a key pressed on the grid, if the key has one.
    public static func gridCommand(for key: Key) -> EditorCommand? {
        switch key {
        case .left, .character("h"): .move(.left)
        case .right, .character("l"): .move(.right)
        case .up, .character("k"): .move(.up)
        case .down, .character("j"): .move(.down)
        case .home, .character("^"): .firstStage
        case .end, .character("$"): .lastStage
        case .character("g"): .firstTouchpoint
        case .character("G"): .lastTouchpoint
        case .pageUp, .control("b"): .pageUp
        case .pageDown, .control("f"): .pageDown
        case .enter, .character("i"): .editNote
        case .character("e"): .editNoteExternally
        case .character("1"): .setEmotion(Emotion(-2), feeling: nil)
        case .character("2"): .setEmotion(Emotion(-1), feeling: nil)
        case .character("3"): .setEmotion(Emotion(0), feeling: nil)
        case .character("4"): .setEmotion(Emotion(1), feeling: nil)
        case .character("5"): .setEmotion(Emotion(2), feeling: nil)
        case .character("0"): .setEmotion(nil, feeling: nil)
        case .character("+"), .character("="): .nudgeEmotion(1)
        case .character("-"), .character("_"): .nudgeEmotion(-1)
        case .character("f"): .promptFeeling
        case .character("p"): .promptPainPoint
        case .character("o"): .promptOpportunity
        case .character("x"), .delete: .clearCell
        case .tab: .focusDetail
        case .character("S"): .promptAddStage
        case .character("T"): .promptAddTouchpoint
        case .character("H"), .shiftLeft: .moveStage(.left)
        case .character("L"), .shiftRight: .moveStage(.right)
        case .character("K"), .shiftUp: .moveTouchpoint(.up)
        case .character("J"), .shiftDown: .moveTouchpoint(.down)
        case .character("u"): .undo
        case .control("r"): .redo
        case .control("s"): .save(path: nil)
        case .character("q"), .control("c"), .control("q"): .quit(force: false)
        case .character("?"), .function(1): .help
        case .character(":"): .openCommandLine
        case .character("/"): .promptSearch
        case .character("n"): .searchNext(backwards: false)
        case .character("N"): .searchNext(backwards: true)
        case .character("m"): .setMouse(nil)
        case .control("l"): .redraw
        case .control("z"): .suspend
        default: nil
        }
    }

    /// Whether a key starts a stage (`s`) or touchpoint (`t`) sequence.
    static func structureAxis(for key: Key) -> MapAxis? {
        switch key {
        case .character("s"): .stage
        case .character("t"): .touchpoint
        default: nil
        }
    }

    /// The command for the key after `s` (stage) or `t` (touchpoint).
    public static func structureCommand(_ axis: MapAxis, for key: Key) -> EditorCommand? {
        switch (axis, key) {
        case (.stage, .character("a")): .promptAddStage
        case (.stage, .character("r")): .promptRenameStage
        case (.stage, .character("d")): .deleteStage
        case (.stage, .character("g")): .promptGoal
        case (.stage, .character("h")), (.stage, .left): .moveStage(.left)
        case (.stage, .character("l")), (.stage, .right): .moveStage(.right)
        case (.touchpoint, .character("a")): .promptAddTouchpoint
        case (.touchpoint, .character("r")): .promptRenameTouchpoint
        case (.touchpoint, .character("d")): .deleteTouchpoint
        case (.touchpoint, .character("c")): .promptChannel
        case (.touchpoint, .character("k")), (.touchpoint, .up): .moveTouchpoint(.up)
        case (.touchpoint, .character("j")), (.touchpoint, .down): .moveTouchpoint(.down)
        default: nil
        }
    }

    /// What `s` waits for.
    public static let stageHint = "Stage: a add · r rename · d delete · g goal · h/← move left · l/→ move right · Esc cancel"
    /// What `t` waits for.
    public static let touchpointHint = "Touchpoint: a add · r rename · d delete · c channel · k/↑ move up · j/↓ move down · Esc cancel"

    /// A key's name for messages: `x`, `Ctrl-X`, `Alt-X`, `F5`, `PgDn`.
    public static func name(of key: Key) -> String {
        switch key {
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

    /// A group of keys in the reference.
    public struct Section: Sendable {
        /// The group's title.
        public var title: String
        /// Keys and what they do.
        public var entries: [(keys: String, action: String)]
    }

    /// Every key and command, grouped, for the help screen (`?`) and the README's key table.
    public static let reference: [Section] = [
        Section(title: "Move", entries: [
            ("← ↓ ↑ →  h j k l", "move between cells"),
            ("Home End  ^ $", "first / last stage"),
            ("g G", "first / last touchpoint"),
            ("PgUp PgDn", "a screen of touchpoints up / down"),
            ("mouse click, wheel", "select a cell, scroll (m switches the mouse off/on)"),
        ]),
        Section(title: "Edit the cell", entries: [
            ("Enter  i", "edit the note in place (Enter keeps, Esc cancels, Alt-Enter new line)"),
            ("e", "edit the note in $VISUAL / $EDITOR"),
            ("1 2 3 4 5", "emotion -2 … +2"),
            ("0", "clear the emotion"),
            ("+ -", "nudge the emotion up / down"),
            ("f", "feeling word (frustrated, curious…)"),
            ("p  o", "add a pain point / an opportunity"),
            ("x  Delete", "clear the cell"),
            ("Tab", "detail pane: ↑↓ select, Enter edit, d delete, K J reorder, Esc back"),
        ]),
        Section(title: "Stages and touchpoints", entries: [
            ("S  T", "add a stage after / a touchpoint below the cursor"),
            ("H L", "move the stage left / right"),
            ("K J", "move the touchpoint up / down"),
            ("s a r d g h l", "stage: add, rename, delete, goal, move left/right"),
            ("t a r d c k j", "touchpoint: add, rename, delete, channel, move up/down"),
        ]),
        Section(title: "Map and files", entries: [
            ("u  Ctrl-R", "undo / redo (every change, without limit)"),
            ("Ctrl-S", "save"),
            ("q  Ctrl-C", "quit (asks first when there are unsaved changes)"),
            ("/  n N", "search notes, feelings and items; next / previous match"),
            (":", "command line (↑↓ history, Tab completes)"),
            ("?  F1", "this help"),
            ("Esc", "cancel any prompt, question or edit"),
            ("Ctrl-L  Ctrl-Z", "repaint the screen / suspend to the shell"),
        ]),
        Section(title: "Commands", entries: [
            (":w [PATH]  :q  :q!  :wq", "save (as), quit, quit without saving, save and quit"),
            (":w! [PATH]", "save, replacing the file even if it changed on disk or exists"),
            (":stage add|rename NAME", "add a stage after the cursor's / rename it"),
            (":stage delete  :stage move left|right", "delete / move the cursor's stage"),
            (":stage goal TEXT", "set the stage's goal"),
            (":touchpoint add NAME [| CHANNEL]", "add a touchpoint below the cursor's"),
            (":touchpoint rename NAME  :touchpoint delete", "rename / delete the cursor's touchpoint"),
            (":touchpoint move up|down  :touchpoint channel TEXT", "move it / set its channel"),
            (":title TEXT  :persona TEXT  :scenario TEXT", "the map's title, persona, scenario"),
            (":kind current-state|future-state|day-in-the-life", "the kind of map"),
            (":note TEXT  :emotion -2..2 [FEELING]", "the cell's note / emotion and feeling"),
            (":pain TEXT  :opportunity TEXT  :feeling TEXT", "add a pain point / opportunity, set the feeling"),
            (":export markdown|json PATH", "write a Markdown report or the JSON interchange form"),
            (":undo  :redo  :help  :mouse on|off  :search TEXT", "as the keys"),
        ]),
    ]
}
