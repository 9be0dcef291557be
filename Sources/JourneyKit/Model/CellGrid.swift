/// The cells of a map being built, gathered by position before the map takes them all at once
/// (see ``JourneyMap/fillCells(_:)``): a row per touchpoint, made when its first cell arrives,
/// and the counts and emotion tallies the map keeps, added up as the cells are placed.
struct CellGrid {
    /// The cells of each touchpoint by stage position; an empty array for a row with no cell yet.
    var rows: [[Cell?]]
    /// How many cells each row holds.
    var rowCounts: [Int]
    /// The emotion tally of each stage's cells.
    var tallies: [EmotionTally]
    /// How many cells the grid holds.
    var count = 0
    private let stageCount: Int

    /// An empty grid for a map of this many stages and touchpoints.
    init(stages: Int, touchpoints: Int) {
        stageCount = stages
        rows = [[Cell?]](repeating: [], count: touchpoints)
        rowCounts = [Int](repeating: 0, count: touchpoints)
        tallies = [EmotionTally](repeating: EmotionTally(), count: stages)
    }

    /// Moves a non-empty cell into a place that has none yet, leaving an empty cell in `cell`.
    ///
    /// The cell is swapped in, never copied: a copy would touch the reference count of each of
    /// its strings and lists, which (when they were made on another core) costs more than the
    /// rest of building the map.
    mutating func place(_ cell: inout Cell, stage: Int, touchpoint: Int) {
        tallies[stage].add(cell.emotion)
        rowCounts[touchpoint] += 1
        count += 1
        if rows[touchpoint].isEmpty {
            rows[touchpoint] = [Cell?](repeating: nil, count: stageCount)
        }
        rows[touchpoint][stage] = Cell()
        rows[touchpoint][stage]?.exchange(with: &cell)
    }
}

extension Cell {
    /// Swaps this cell's contents with another's, in place.
    mutating func exchange(with other: inout Cell) {
        swap(&self, &other)
    }
}
