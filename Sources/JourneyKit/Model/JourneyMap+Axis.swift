/// The operations that stages and touchpoints share, by axis, so that code handling both alike
/// (the editor's commands, the command line, imports) is written once.
///
/// ```swift
/// try map.insert(.touchpoint, named: "Checkout", at: 0)
/// map.count(.stage)             // columns
/// map.name(.touchpoint, at: 0)  // "Checkout"
/// ```
extension JourneyMap {
    /// How many stages (columns) or touchpoints (rows) the map has.
    public func count(_ axis: MapAxis) -> Int {
        switch axis {
        case .stage: stages.count
        case .touchpoint: touchpoints.count
        }
    }

    /// The name of the stage or touchpoint at `index`.
    public func name(_ axis: MapAxis, at index: Int) -> String {
        switch axis {
        case .stage: stages[index].name
        case .touchpoint: touchpoints[index].name
        }
    }

    /// The position of the stage or touchpoint with this name (trimmed, case-insensitive), if any.
    public func index(_ axis: MapAxis, named name: String) -> Int? {
        switch axis {
        case .stage: stageIndex(named: name)
        case .touchpoint: touchpointIndex(named: name)
        }
    }

    /// Inserts a stage or a touchpoint (with its channel) at `index`.
    ///
    /// - Throws: ``JourneyModelError`` when the name is empty or taken.
    @discardableResult
    public mutating func insert(_ axis: MapAxis, named name: String, channel: String? = nil, at index: Int) throws(JourneyModelError) -> Int {
        switch axis {
        case .stage: try insertStage(named: name, at: index)
        case .touchpoint: try insertTouchpoint(named: name, channel: channel, at: index)
        }
    }

    /// Renames a stage or a touchpoint; its cells and key stay as they are.
    public mutating func rename(_ axis: MapAxis, at index: Int, to name: String) throws(JourneyModelError) {
        switch axis {
        case .stage: try renameStage(at: index, to: name)
        case .touchpoint: try renameTouchpoint(at: index, to: name)
        }
    }

    /// Deletes a stage or a touchpoint with its cells.
    public mutating func remove(_ axis: MapAxis, at index: Int) {
        switch axis {
        case .stage: removeStage(at: index)
        case .touchpoint: removeTouchpoint(at: index)
        }
    }

    /// Moves a stage or a touchpoint with its cells.
    public mutating func move(_ axis: MapAxis, from source: Int, to destination: Int) {
        switch axis {
        case .stage: moveStage(from: source, to: destination)
        case .touchpoint: moveTouchpoint(from: source, to: destination)
        }
    }

    /// How many cells with content a stage or touchpoint has.
    public func filledCellCount(_ axis: MapAxis, at index: Int) -> Int {
        switch axis {
        case .stage: touchpoints.indices.count { !cell(stage: index, touchpoint: $0).isEmpty }
        case .touchpoint: nonEmptyCellCount(touchpoint: index)
        }
    }
}
