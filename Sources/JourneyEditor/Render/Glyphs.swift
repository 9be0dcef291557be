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
    /// The emotion curve: a stage on screen, a stage off screen, the lowest stage's mark, the
    /// zero line, and the line's pieces (flat, rising, falling, steep).
    let point: Character
    let offScreenPoint: Character
    let lowest: Character
    let zeroLine: Character
    let flat: Character
    let rising: Character
    let falling: Character
    let steep: Character
    /// A dot vote's badge; evidence markers (researched, partial, assumed); the compared map's
    /// points and line; a bar's block.
    let vote: String
    let researched: Character
    let partial: Character
    let assumed: Character
    let comparedPoint: Character
    let comparedLine: Character
    let bar: Character
    let ascii: Bool

    static let unicode = Glyphs(
        vertical: "│", horizontal: "─", cross: "┼", moreLeft: "◀", moreRight: "▶", moreAbove: "▲", moreBelow: "▼", currentColumn: "▼", currentRow: "▶",
        separator: " · ", arrow: " › ",
        point: "●", offScreenPoint: "○", lowest: "▲", zeroLine: "┈", flat: "─", rising: "╱", falling: "╲", steep: "│",
        vote: "●", researched: "✓", partial: "~", assumed: "?", comparedPoint: "◇", comparedLine: "·", bar: "█", ascii: false)

    static let plain = Glyphs(
        vertical: "|", horizontal: "-", cross: "+", moreLeft: "<", moreRight: ">", moreAbove: "^", moreBelow: "v", currentColumn: "v", currentRow: ">",
        separator: " - ", arrow: " > ",
        point: "@", offScreenPoint: "o", lowest: "^", zeroLine: ".", flat: "-", rising: "/", falling: "\\", steep: "|",
        vote: "#", researched: "+", partial: "~", assumed: "?", comparedPoint: "x", comparedLine: ".", bar: "=", ascii: true)

    /// The marker of a cell's evidence, if stated.
    func evidence(_ evidence: Evidence?) -> Character? {
        switch evidence {
        case .researched: researched
        case .partial: partial
        case .assumed: assumed
        case nil: nil
        }
    }

    /// The face for an emotion score or average.
    func face(_ value: Double) -> String {
        ascii ? Emotion.asciiFace(forAverage: value) : Emotion.face(forAverage: value)
    }
}
