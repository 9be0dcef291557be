import JourneyKit

/// Where a key is pressed, which decides what it means.
enum KeyContext: Hashable, Sendable, CaseIterable {
    /// Moving around the grid.
    case grid
    /// The detail pane has the focus (Tab); keys that are not bound here act as on the grid,
    /// except moving.
    case detail
    /// After `s`: the next key acts on the cursor's stage.
    case stagePrefix
    /// After `t`: the next key acts on the cursor's touchpoint.
    case touchpointPrefix
    /// After `M`: the next key says where the cursor's cell moves.
    case cellMovePrefix
}

/// What a bound key does.
enum KeyAction: Hashable, Sendable {
    /// Runs a command at once.
    case run(EditorCommand)
    /// Opens a prompt for the text its command needs (``CommandSpec/prompt``).
    case prompt
    /// Waits for a second key acting on the stage (`s`) or the touchpoint (`t`).
    case prefix(MapAxis)
    /// Waits for the direction to move the cursor's cell in (`M`).
    case cellMovePrefix
    /// A digit of a count (`12j`); the digits 1 to 5 are bound to the emotion instead.
    case countDigit
    /// Opens the `:` command line.
    case commandLine
    /// In the detail pane: selects the next (1) or previous (-1) item.
    case selectItem(step: Int)
    /// In the detail pane: selects the same place in the other list.
    case switchList
    /// In the detail pane: gives the focus back to the grid.
    case leaveDetail
    /// In the detail pane: edits the selected item in a prompt.
    case editSelectedItem
    /// In the detail pane: deletes the selected item.
    case deleteSelectedItem
    /// In the detail pane: moves the selected item up or down its list.
    case moveSelectedItem(EditorCommand.Direction)
    /// In the detail pane: adds a vote to the selected item (1) or takes one away (-1).
    case voteForSelected(Int)
    /// In the detail pane: opens the command's prompt for the selected opportunity.
    case promptOnSelectedOpportunity
}

/// Keys and what they do in one context.
struct KeyBinding: Sendable {
    /// Where the keys act.
    var context: KeyContext
    /// The keys, the first being the one the help shows first.
    var keys: [Key]
    /// What pressing one of them does.
    var action: KeyAction

    /// Keys on the grid.
    init(_ keys: [Key], _ action: KeyAction) {
        self.init(.grid, keys, action)
    }

    /// Keys in a context.
    init(_ context: KeyContext, _ keys: [Key], _ action: KeyAction) {
        self.context = context
        self.keys = keys
        self.action = action
    }
}
