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
    /// `s` or `t` was pressed; the next key says what to do with the stage or touchpoint.
    case structure(MapAxis)
}
