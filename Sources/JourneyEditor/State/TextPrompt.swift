/// Text being typed: on the status line (commands, names, pain points…) or in a cell (notes).
public struct TextPrompt: Hashable, Sendable {
    /// What the text is for.
    public var purpose: PromptPurpose
    /// The text and its cursor.
    public var editor: LineEditor
    /// Whether the starting text (the value being replaced) is still selected: the first typed
    /// character replaces it, Backspace clears it, arrows keep it.
    var prefillSelected = false
    /// While browsing the command history with ↑/↓: the entry shown, and the text typed before browsing.
    var historyIndex: Int?
    /// The text typed before browsing history or cycling completions.
    var typedText: String?
    /// The completions being cycled with Tab, and which one is shown.
    public var completions: [String] = []
    /// The completion shown, as an index into `completions`.
    var completionIndex: Int?
    /// Whether confirming or cancelling returns the focus to the detail pane.
    var returnsToDetail = false
    /// The item selected in the detail pane when the prompt opened, selected again after it.
    var detailSelection: DetailSelection?

    /// Creates a prompt with some starting text.
    public init(_ purpose: PromptPurpose, text: String = "") {
        self.purpose = purpose
        self.editor = LineEditor(text)
    }
}
