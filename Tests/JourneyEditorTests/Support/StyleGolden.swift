@testable import JourneyEditor
import Testing

/// Golden screens with styles: each screen row's text, then ` ┃ `, then one letter per screen
/// column for the ``StyleRole`` of that cell, so that a change of colour shows in a diff beside
/// the text it colours.
enum StyleGolden {
    /// The letter of each role (every role has its own, so that adding one fails to compile here).
    static func letter(_ role: StyleRole) -> Character {
        switch role {
        case .normal: " "
        case .titleBar: "t"
        case .modifiedMarker: "m"
        case .columnHeader: "h"
        case .columnHeaderCurrent: "H"
        case .rowHeader: "r"
        case .rowHeaderCurrent: "R"
        case .dim: "."
        case .cursorCell: "#"
        case .emotionVeryNegative: "1"
        case .emotionNegative: "2"
        case .emotionNeutral: "3"
        case .emotionPositive: "4"
        case .emotionVeryPositive: "5"
        case .cellVeryNegative: "a"
        case .cellNegative: "b"
        case .cellNeutral: "c"
        case .cellPositive: "d"
        case .cellVeryPositive: "e"
        case .painPoint: "!"
        case .opportunity: "*"
        case .curve: "~"
        case .curveAxis: ":"
        case .curveVisible: "o"
        case .curveLowest: "L"
        case .scrollMarker: ">"
        case .detailHeading: "D"
        case .selection: "S"
        case .status: "_"
        case .error: "X"
        case .prompt: "P"
        case .input: "I"
        case .keyName: "K"
        case .placeholder: "?"
        case .conflict: "C"
        }
    }

    /// The key to the letters, written at the top of every style golden.
    static let key = "styles: t title · h/H stage (current) · r/R touchpoint (current) · . dim · # cursor · 1-5 emotion -2..+2 · a-e cell tint -2..+2 · ! pain · * opportunity · ~ curve · : axis · L lowest · > more · D heading · S selection · _ status · X error · P prompt · I input · K key"

    /// The frame as text rows with their style rows beside them.
    static func encode(_ frame: Frame) -> String {
        let buffer = frame.buffer
        var rows = [key]
        for (y, line) in buffer.lines.enumerated() {
            var styles = ""
            for x in 0..<buffer.size.width { styles.append(letter(buffer[x, y].role)) }
            rows.append(line + " ┃ " + styles)
        }
        return rows.joined(separator: "\n")
    }
}
