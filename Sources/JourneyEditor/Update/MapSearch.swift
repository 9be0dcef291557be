import JourneyKit

/// Finding text in a map: cells (note, feeling, items) and the names, goals and channels of
/// stages and touchpoints, ignoring case and accents.
enum MapSearch {
    /// Every place that holds `text`, in reading order (touchpoint by touchpoint, stage by stage);
    /// a stage's name or goal counts as its cell in the first row, a touchpoint's name or channel
    /// as its cell in the first column.
    static func matches(of text: String, in map: JourneyMap) -> [CellPosition] {
        guard !map.stages.isEmpty, !map.touchpoints.isEmpty else { return [] }
        let wanted = TextFolding.fold(text)
        func holds(_ value: String?) -> Bool { value.map { TextFolding.fold($0).contains(wanted) } ?? false }
        var found = Set<CellPosition>()
        for (index, stage) in map.stages.enumerated() where holds(stage.name) || holds(stage.goal) {
            found.insert(CellPosition(stage: index, touchpoint: 0))
        }
        for (index, touchpoint) in map.touchpoints.enumerated() where holds(touchpoint.name) || holds(touchpoint.channel) {
            found.insert(CellPosition(stage: 0, touchpoint: index))
        }
        for (stage, touchpoint, cell) in map.allNonEmptyCells()
        where holds(cell.note) || holds(cell.feeling) || ItemList.allCases.contains(where: { cell.texts($0).contains(where: holds) }) {
            found.insert(CellPosition(stage: stage, touchpoint: touchpoint))
        }
        return found.sorted { ($0.touchpoint, $0.stage) < ($1.touchpoint, $1.stage) }
    }

    /// Moves the cursor to the next (or previous) match after it, and says which match of how
    /// many it is, and when the search went round the end of the map.
    static func find(_ text: String, backwards: Bool, state: inout EditorState) -> CommandOutcome {
        guard state.hasCell else { return .refused(.nothingToSearch) }
        let matches = matches(of: text, in: state.map)
        guard !matches.isEmpty else { return .refused(.notFound(text)) }
        let cursor = (state.cursor.touchpoint, state.cursor.stage)
        let index: Int
        let wrapped: Bool
        if backwards {
            let before = matches.lastIndex { ($0.touchpoint, $0.stage) < cursor }
            index = before ?? matches.count - 1
            wrapped = before == nil
        } else {
            let after = matches.firstIndex { ($0.touchpoint, $0.stage) > cursor }
            index = after ?? 0
            wrapped = after == nil
        }
        state.cursor = matches[index]
        state.message = .info(.found(text, match: index + 1, of: matches.count, wrapped: wrapped && matches.count > 1))
        return .done([])
    }
}
