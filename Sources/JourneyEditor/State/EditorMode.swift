import JourneyKit

/// What the editor is doing, and so what keys mean.
public enum EditorMode: Hashable, Sendable {
    /// Moving around the grid; keys are commands.
    case grid
    /// The detail pane has the focus; ↑/↓ select a pain point or opportunity.
    case detail(DetailSelection?)
    /// Text is being typed.
    case prompt(TextPrompt)
    /// A question awaits its answer.
    case question(Question)
    /// The help screen is shown, scrolled by some lines.
    case help(scroll: Int)
    /// A save found the file changed on disk with conflicting changes; each is shown in turn
    /// (``EditorState/conflictReview``) for the user to take either side.
    case conflicts
    /// `s` or `t` was pressed; the next key says what to do with the stage or touchpoint.
    case structure(MapAxis)
    /// `M` was pressed; the next key says where the cursor's cell moves.
    case cellMove
    /// The analysis of the map (`:stats`), with the selected item of its lists.
    case stats(selected: Int)
    /// The presentation for a projector (`:present`): the overview (`nil`), or one stage.
    case presentation(stage: Int?)
}
