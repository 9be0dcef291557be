import JourneyKit

/// The characters the renderer draws lines, markers, faces and the curve with: Unicode box
/// drawing and emoji on UTF-8 terminals, plain ASCII otherwise.
struct Glyphs: Sendable {
    let vertical: Character
    let horizontal: Character
    let cross: Character
    let moreLeft: Character
    let moreRight: Character
    let moreAbove: Character
    let moreBelow: Character
    /// Marks the cursor's stage in the column headers.
    let currentColumn: Character
    /// Marks the cursor's touchpoint in the row headers.
    let currentRow: Character
    let separator: String
    let arrow: String
    /// Partial blocks from empty to full, for the emotion curve (index 0 empty … last full).
    let levels: [Character]
    let ascii: Bool

    static let unicode = Glyphs(
        vertical: "│", horizontal: "─", cross: "┼", moreLeft: "◀", moreRight: "▶", moreAbove: "▲", moreBelow: "▼", currentColumn: "▼", currentRow: "▶",
        separator: " · ", arrow: " › ", levels: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], ascii: false)

    static let plain = Glyphs(
        vertical: "|", horizontal: "-", cross: "+", moreLeft: "<", moreRight: ">", moreAbove: "^", moreBelow: "v", currentColumn: "v", currentRow: ">",
        separator: " - ", arrow: " > ", levels: [" ", ".", ".", "-", "-", "=", "=", "#", "#"], ascii: true)

    /// The face for an emotion score or average.
    func face(_ value: Double) -> String {
        ascii ? Emotion.asciiFace(forAverage: value) : Emotion.face(forAverage: value)
    }
}
