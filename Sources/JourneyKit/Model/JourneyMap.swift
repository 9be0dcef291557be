// This file is longer than the project's ~400 lines on purpose: the map's invariants (unique
// names and keys, the per-stage emotion tallies, the rows stored by stage identity, the count of
// filled cells) are kept by private storage that only the operations in this file may change.
// Splitting them across files would make that storage visible to the whole module.

/// A customer journey map: stages across, touchpoints down, and a ``Cell`` where each pair meets.
///
/// `JourneyMap` is a value type. Copies share storage until one of them changes, and a change
/// to one cell copies only that touchpoint's row (and the chunk of 64 rows around it), so keeping
/// earlier versions (for undo, or for a three-way merge) is cheap even for maps with hundreds of
/// thousands of cells.
///
/// Every editing operation that every front end needs lives here, so that names stay unique
/// and cells stay attached through renames and moves:
///
/// ```swift
/// var map = JourneyMap(title: "Cat mug shop: first purchase")
/// let awareness = try map.appendStage(named: "Awareness", goal: "Discover the brand")
/// let ad = try map.appendTouchpoint(named: "Instagram ad", channel: "social")
/// map.updateCell(stage: awareness, touchpoint: ad) { cell in
///     cell.note = "Sees the mug ad and clicks through"
///     cell.emotion = Emotion(1)
/// }
/// try map.renameStage(at: awareness, to: "Discovery")   // the cell stays where it was
/// ```
public struct JourneyMap: Sendable {
    /// The map's title.
    public var title: String
    /// The kind of customer whose journey this is ("Ana, 34, buys gifts online"), if noted.
    public var persona: String?
    /// What the map is for ("Why do first-time buyers abandon the cart?"), if noted.
    public var scenario: String?
    /// Whether the map shows the current state, a future state or a day in the life.
    public var kind: JourneyKind
    /// Top-level fields this version of journey does not know, kept for writing back.
    public var extraFields: [ExtraField]
    /// Blocks of kinds this version of journey does not know, kept for writing back.
    public var extraBlocks: [ExtraBlock]

    /// The stages, left to right.
    public private(set) var stages: [Stage] = []
    /// The touchpoints, top to bottom.
    public private(set) var touchpoints: [Touchpoint] = []

    /// The cells of each touchpoint (aligned with `touchpoints`), by stage identity; empty cells are absent.
    private var rows = RowStore()
    /// The emotion tally of each stage (aligned with `stages`).
    private var tallies: [EmotionTally] = []
    private var stageNames: Set<String> = []
    private var touchpointNames: Set<String> = []
    private var stageKeys: Set<String> = []
    private var touchpointKeys: Set<String> = []
    private var nextStageID: UInt32 = 0
    /// How many cells hold anything.
    public private(set) var nonEmptyCellCount = 0

    /// Creates a map with no stages and no touchpoints.
    public init(
        title: String = "",
        persona: String? = nil,
        scenario: String? = nil,
        kind: JourneyKind = .currentState,
        extraFields: [ExtraField] = [],
        extraBlocks: [ExtraBlock] = []
    ) {
        self.title = title
        self.persona = persona
        self.scenario = scenario
        self.kind = kind
        self.extraFields = extraFields
        self.extraBlocks = extraBlocks
    }

    // MARK: Reading

    /// The cell where a stage meets a touchpoint; an empty cell when nothing is noted there.
    public func cell(stage: Int, touchpoint: Int) -> Cell {
        rows[touchpoint][stages[stage].id] ?? .empty
    }

    /// The position of the stage with this name (compared trimmed and case-insensitively), if any.
    public func stageIndex(named name: String) -> Int? {
        let wanted = NameRules.comparisonForm(of: name)
        guard stageNames.contains(wanted) else { return nil }
        return stages.firstIndex { NameRules.comparisonForm(of: $0.name) == wanted }
    }

    /// The position of the touchpoint with this name (compared trimmed and case-insensitively), if any.
    public func touchpointIndex(named name: String) -> Int? {
        let wanted = NameRules.comparisonForm(of: name)
        guard touchpointNames.contains(wanted) else { return nil }
        return touchpoints.firstIndex { NameRules.comparisonForm(of: $0.name) == wanted }
    }

    /// The position of the stage with this key, if any.
    public func stageIndex(key: String) -> Int? {
        guard stageKeys.contains(key) else { return nil }
        return stages.firstIndex { $0.key == key }
    }

    /// The position of the touchpoint with this key, if any.
    public func touchpointIndex(key: String) -> Int? {
        guard touchpointKeys.contains(key) else { return nil }
        return touchpoints.firstIndex { $0.key == key }
    }

    /// Whether a stage other than the one at `excluding` already uses `name`.
    public func hasStage(named name: String, excluding: Int? = nil) -> Bool {
        let form = NameRules.comparisonForm(of: name)
        guard stageNames.contains(form) else { return false }
        if let excluding { return NameRules.comparisonForm(of: stages[excluding].name) != form }
        return true
    }

    /// Whether a touchpoint other than the one at `excluding` already uses `name`.
    public func hasTouchpoint(named name: String, excluding: Int? = nil) -> Bool {
        let form = NameRules.comparisonForm(of: name)
        guard touchpointNames.contains(form) else { return false }
        if let excluding { return NameRules.comparisonForm(of: touchpoints[excluding].name) != form }
        return true
    }

    /// The sum and count of the emotions rated in a stage's cells; read in constant time.
    public func emotionTally(stage: Int) -> EmotionTally {
        tallies[stage]
    }

    /// The average emotion of a stage's rated cells, or `nil` when none is rated.
    public func averageEmotion(stage: Int) -> Double? {
        tallies[stage].average
    }

    /// How many cells a touchpoint has with anything noted.
    public func nonEmptyCellCount(touchpoint: Int) -> Int {
        rows[touchpoint].count
    }

    /// The non-empty cells of a touchpoint in stage order, with their stage positions.
    ///
    /// Costs time in proportion to the row's length (the stages it has cells in), once
    /// `stagePositions` (from ``makeStagePositions()``) is at hand.
    public func nonEmptyCells(touchpoint: Int, stagePositions: StagePositions) -> [(stage: Int, cell: Cell)] {
        let row = rows[touchpoint]
        var result: [(stage: Int, cell: Cell)] = []
        result.reserveCapacity(row.count)
        for (id, cell) in row {
            if let position = stagePositions.positions[id] { result.append((position, cell)) }
        }
        result.sort { $0.stage < $1.stage }
        return result
    }

    /// A lookup from stage identity to position, for walking many rows (see ``nonEmptyCells(touchpoint:stagePositions:)``).
    public func makeStagePositions() -> StagePositions {
        var positions: [StageID: Int] = [:]
        positions.reserveCapacity(stages.count)
        for (index, stage) in stages.enumerated() { positions[stage.id] = index }
        return StagePositions(positions: positions)
    }

    /// Calls `body` with every non-empty cell stage by stage, and within a stage touchpoint by
    /// touchpoint (the order of the `.journey` format), in time proportional to the cells and
    /// without copying or sorting them.
    func forEachNonEmptyCellByStage(
        in stageRange: Range<Int>? = nil, _ body: (_ stage: Int, _ touchpoint: Int, _ cell: Cell) throws -> Void
    ) rethrows {
        let chunks = rows.chunks
        for stageIndex in stageRange ?? stages.indices {
            let slot = Int(stages[stageIndex].id.raw)
            var touchpoint = 0
            for chunk in chunks.indices {
                for index in chunks[chunk].indices {
                    if let cell = chunks[chunk][index][slot: slot] { try body(stageIndex, touchpoint, cell) }
                    touchpoint += 1
                }
            }
        }
    }

    /// Every non-empty cell, touchpoint by touchpoint and within a touchpoint stage by stage.
    public func allNonEmptyCells() -> [(stage: Int, touchpoint: Int, cell: Cell)] {
        let positions = makeStagePositions()
        var result: [(stage: Int, touchpoint: Int, cell: Cell)] = []
        result.reserveCapacity(nonEmptyCellCount)
        for touchpoint in touchpoints.indices {
            for (stage, cell) in nonEmptyCells(touchpoint: touchpoint, stagePositions: positions) {
                result.append((stage, touchpoint, cell))
            }
        }
        return result
    }

    // MARK: Cells

    /// Replaces a cell; an empty cell clears it.
    public mutating func setCell(_ cell: Cell, stage: Int, touchpoint: Int) {
        let old = rows[touchpoint].replace(with: cell, for: stages[stage].id, capacity: Int(nextStageID))
        tallies[stage].remove(old.emotion)
        tallies[stage].add(cell.emotion)
        if old.existed && cell.isEmpty { nonEmptyCellCount -= 1 }
        if !old.existed && !cell.isEmpty { nonEmptyCellCount += 1 }
    }

    /// Gives a map that has its stages and touchpoints but no cells yet all the cells of `grid`
    /// (made for this map's stage and touchpoint counts), taking each row's storage as it is.
    /// Reading a file builds the map this way, without copying a cell.
    ///
    /// The stages must have been appended in order, so that each one's identity is its position.
    mutating func fillCells(_ grid: consuming CellGrid) {
        precondition(nonEmptyCellCount == 0 && grid.rows.count == touchpoints.count && grid.tallies.count == stages.count,
                     "fillCells needs a map without cells and a grid of its shape")
        precondition(stages.indices.allSatisfy { Int(stages[$0].id.raw) == $0 }, "fillCells needs stages appended in order")
        var store = RowStore()
        for index in grid.rows.indices {
            var cells: [Cell?] = []
            swap(&cells, &grid.rows[index])
            store.append(Row(cells: cells, count: grid.rowCounts[index]))
        }
        rows = store
        tallies = grid.tallies
        nonEmptyCellCount = grid.count
    }

    /// Changes a cell in place through `body` and returns what `body` returns.
    ///
    /// ```swift
    /// map.updateCell(stage: 0, touchpoint: 2) { $0[list: .painPoints].append("Shipping costs show up late") }
    /// ```
    @discardableResult
    public mutating func updateCell<Result>(stage: Int, touchpoint: Int, _ body: (inout Cell) throws -> Result) rethrows -> Result {
        var cell = cell(stage: stage, touchpoint: touchpoint)
        let result = try body(&cell)
        setCell(cell, stage: stage, touchpoint: touchpoint)
        return result
    }

    // MARK: Stages

    /// Inserts a stage at `index` and returns its position.
    ///
    /// - Parameters:
    ///   - key: the key to use; made from the name when `nil`.
    /// - Throws: ``JourneyModelError`` when the name is empty or taken, or the key is invalid or taken.
    @discardableResult
    public mutating func insertStage(
        named name: String,
        goal: String? = nil,
        key: String? = nil,
        metrics: [StageMetric] = [],
        extraFields: [ExtraField] = [],
        at index: Int
    ) throws(JourneyModelError) -> Int {
        precondition(index >= 0 && index <= stages.count, "stage index out of range")
        guard NameRules.isValidName(name) else { throw .emptyName(.stage) }
        let form = NameRules.comparisonForm(of: name)
        guard !stageNames.contains(form) else { throw .duplicateName(.stage, name) }
        let chosenKey: String
        if let key {
            guard NameRules.isValidKey(key) else { throw .invalidKey(.stage, key) }
            guard !stageKeys.contains(key) else { throw .duplicateKey(.stage, key) }
            chosenKey = key
        } else {
            chosenKey = NameRules.makeKey(from: name, fallback: "stage-\(stages.count + 1)") { stageKeys.contains($0) }
        }
        let stage = Stage(id: StageID(raw: nextStageID), key: chosenKey, name: name, goal: goal, metrics: metrics, extraFields: extraFields)
        nextStageID &+= 1
        stages.insert(stage, at: index)
        tallies.insert(EmotionTally(), at: index)
        stageNames.insert(form)
        stageKeys.insert(chosenKey)
        return index
    }

    /// Adds a stage after the last one and returns its position.
    @discardableResult
    public mutating func appendStage(
        named name: String,
        goal: String? = nil,
        key: String? = nil,
        metrics: [StageMetric] = [],
        extraFields: [ExtraField] = []
    ) throws(JourneyModelError) -> Int {
        try insertStage(named: name, goal: goal, key: key, metrics: metrics, extraFields: extraFields, at: stages.count)
    }

    /// Renames a stage; its cells and key stay as they are.
    public mutating func renameStage(at index: Int, to name: String) throws(JourneyModelError) {
        guard NameRules.isValidName(name) else { throw .emptyName(.stage) }
        let oldForm = NameRules.comparisonForm(of: stages[index].name)
        let newForm = NameRules.comparisonForm(of: name)
        if newForm != oldForm {
            guard !stageNames.contains(newForm) else { throw .duplicateName(.stage, name) }
            stageNames.remove(oldForm)
            stageNames.insert(newForm)
        }
        stages[index].name = name
    }

    /// Sets or clears a stage's goal.
    public mutating func setGoal(_ goal: String?, forStageAt index: Int) {
        stages[index].goal = goal
    }

    /// Replaces a stage's metrics.
    public mutating func setMetrics(_ metrics: [StageMetric], forStageAt index: Int) {
        stages[index].metrics = metrics
    }

    /// Replaces the unknown fields kept for a stage.
    public mutating func setExtraFields(_ fields: [ExtraField], forStageAt index: Int) {
        stages[index].extraFields = fields
    }

    /// Deletes a stage and its cells, and returns the stage.
    @discardableResult
    public mutating func removeStage(at index: Int) -> Stage {
        let stage = stages.remove(at: index)
        tallies.remove(at: index)
        stageNames.remove(NameRules.comparisonForm(of: stage.name))
        stageKeys.remove(stage.key)
        for row in rows.indices where rows[row][stage.id] != nil {
            rows[row].removeValue(forKey: stage.id)
            nonEmptyCellCount -= 1
        }
        return stage
    }

    /// Moves a stage with its cells to a new position.
    public mutating func moveStage(from source: Int, to destination: Int) {
        precondition(destination >= 0 && destination < stages.count, "stage index out of range")
        guard source != destination else { return }
        let stage = stages.remove(at: source)
        stages.insert(stage, at: destination)
        let tally = tallies.remove(at: source)
        tallies.insert(tally, at: destination)
    }

    // MARK: Touchpoints

    /// Inserts a touchpoint at `index` and returns its position.
    ///
    /// - Parameters:
    ///   - key: the key to use; made from the name when `nil`.
    /// - Throws: ``JourneyModelError`` when the name is empty or taken, or the key is invalid or taken.
    @discardableResult
    public mutating func insertTouchpoint(
        named name: String,
        channel: String? = nil,
        key: String? = nil,
        extraFields: [ExtraField] = [],
        at index: Int
    ) throws(JourneyModelError) -> Int {
        precondition(index >= 0 && index <= touchpoints.count, "touchpoint index out of range")
        guard NameRules.isValidName(name) else { throw .emptyName(.touchpoint) }
        let form = NameRules.comparisonForm(of: name)
        guard !touchpointNames.contains(form) else { throw .duplicateName(.touchpoint, name) }
        let chosenKey: String
        if let key {
            guard NameRules.isValidKey(key) else { throw .invalidKey(.touchpoint, key) }
            guard !touchpointKeys.contains(key) else { throw .duplicateKey(.touchpoint, key) }
            chosenKey = key
        } else {
            chosenKey = NameRules.makeKey(from: name, fallback: "touchpoint-\(touchpoints.count + 1)") {
                touchpointKeys.contains($0)
            }
        }
        touchpoints.insert(Touchpoint(key: chosenKey, name: name, channel: channel, extraFields: extraFields), at: index)
        rows.insert(Row(), at: index)
        touchpointNames.insert(form)
        touchpointKeys.insert(chosenKey)
        return index
    }

    /// Adds a touchpoint below the last one and returns its position.
    @discardableResult
    public mutating func appendTouchpoint(
        named name: String,
        channel: String? = nil,
        key: String? = nil,
        extraFields: [ExtraField] = []
    ) throws(JourneyModelError) -> Int {
        try insertTouchpoint(named: name, channel: channel, key: key, extraFields: extraFields, at: touchpoints.count)
    }

    /// Renames a touchpoint; its cells and key stay as they are.
    public mutating func renameTouchpoint(at index: Int, to name: String) throws(JourneyModelError) {
        guard NameRules.isValidName(name) else { throw .emptyName(.touchpoint) }
        let oldForm = NameRules.comparisonForm(of: touchpoints[index].name)
        let newForm = NameRules.comparisonForm(of: name)
        if newForm != oldForm {
            guard !touchpointNames.contains(newForm) else { throw .duplicateName(.touchpoint, name) }
            touchpointNames.remove(oldForm)
            touchpointNames.insert(newForm)
        }
        touchpoints[index].name = name
    }

    /// Sets or clears a touchpoint's channel.
    public mutating func setChannel(_ channel: String?, forTouchpointAt index: Int) {
        touchpoints[index].channel = channel
    }

    /// Replaces the unknown fields kept for a touchpoint.
    public mutating func setExtraFields(_ fields: [ExtraField], forTouchpointAt index: Int) {
        touchpoints[index].extraFields = fields
    }

    /// Deletes a touchpoint and its cells, and returns the touchpoint.
    @discardableResult
    public mutating func removeTouchpoint(at index: Int) -> Touchpoint {
        let touchpoint = touchpoints.remove(at: index)
        let row = rows.remove(at: index)
        touchpointNames.remove(NameRules.comparisonForm(of: touchpoint.name))
        touchpointKeys.remove(touchpoint.key)
        nonEmptyCellCount -= row.count
        if !row.isEmpty {
            let positions = makeStagePositions()
            for (id, cell) in row {
                if let stage = positions.positions[id] { tallies[stage].remove(cell.emotion) }
            }
        }
        return touchpoint
    }

    /// Moves a touchpoint with its cells to a new position.
    public mutating func moveTouchpoint(from source: Int, to destination: Int) {
        precondition(destination >= 0 && destination < touchpoints.count, "touchpoint index out of range")
        guard source != destination else { return }
        let touchpoint = touchpoints.remove(at: source)
        touchpoints.insert(touchpoint, at: destination)
        let row = rows.remove(at: source)
        rows.insert(row, at: destination)
    }
}

/// A lookup from a stage's internal identity to its position, made by ``JourneyMap/makeStagePositions()``.
public struct StagePositions: Sendable {
    let positions: [StageID: Int]
}

extension JourneyMap: Equatable {
    /// Two maps are equal when everything a file can record of them is equal: metadata, stages and
    /// touchpoints in order (with keys), every cell, and the unknown fields and blocks kept.
    public static func == (lhs: JourneyMap, rhs: JourneyMap) -> Bool {
        guard lhs.title == rhs.title, lhs.persona == rhs.persona, lhs.scenario == rhs.scenario,
              lhs.kind == rhs.kind, lhs.extraFields == rhs.extraFields, lhs.extraBlocks == rhs.extraBlocks,
              lhs.stages == rhs.stages, lhs.touchpoints == rhs.touchpoints,
              lhs.nonEmptyCellCount == rhs.nonEmptyCellCount
        else { return false }
        var rightIDs: [StageID: StageID] = [:]
        for (left, right) in zip(lhs.stages, rhs.stages) { rightIDs[left.id] = right.id }
        for index in lhs.rows.indices {
            let leftRow = lhs.rows[index], rightRow = rhs.rows[index]
            guard leftRow.count == rightRow.count else { return false }
            for (id, cell) in leftRow {
                guard let rightID = rightIDs[id], rightRow[rightID] == cell else { return false }
            }
        }
        return true
    }
}
