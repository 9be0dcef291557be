/// Writes a ``JourneyMap``'s cells as CSV (RFC 4180, UTF-8, CRLF line ends) for a spreadsheet, a BI
/// tool or a survey tool: one row per non-empty cell, touchpoint by touchpoint and, within a
/// touchpoint, stage by stage, under the header row
///
/// ```
/// stage,touchpoint,channel,note,emotion,feeling,pain_points,opportunities,evidence
/// Awareness,Instagram ad,social,Sees the mug ad and clicks through,1,curious,The ad hides the price [votes 2],,researched
/// ```
///
/// `emotion` is a number from -2 to 2 or empty; list fields hold one item per line with votes and
/// scores in brackets, and `evidence` holds the evidence word and then the sources (see
/// ``CSVCellText``, which also explains the `'` before text a spreadsheet would take for a formula).
/// The map's title, persona, scenario and kind, stage goals and metrics, and fields journey does not
/// know are not part of the CSV; ``CSVImporter`` reads the cells back.
public enum CSVExporter {
    /// The header row's column names, in order.
    public static let columns = ["stage", "touchpoint", "channel", "note", "emotion", "feeling"] + ItemList.allCases.map(\.csvColumn) + ["evidence"]

    /// The CSV text of a map's cells.
    public static func csv(for map: JourneyMap) -> String {
        var text = CSVText.record(columns)
        for entry in map.allNonEmptyCells() {
            let cell = entry.cell
            let touchpoint = map.touchpoints[entry.touchpoint]
            let guarded = CSVCellText.guarded
            text += CSVText.record([
                guarded(map.stages[entry.stage].name),
                guarded(touchpoint.name),
                guarded(touchpoint.channel ?? ""),
                guarded(cell.note),
                CSVCellText.emotionField(for: cell.emotion),
                guarded(cell.feeling ?? ""),
            ] + ItemList.allCases.map { guarded(CSVCellText.field(for: cell[list: $0])) } + [
                guarded(CSVCellText.evidenceField(for: cell)),
            ])
        }
        return text
    }
}
