extension JourneyReader {
    // MARK: Building the map

    mutating func build() -> JourneyMap {
        var map = JourneyMap(
            title: title ?? "", persona: persona, scenario: scenario, kind: kind,
            extraFields: topExtras, extraBlocks: extraBlocks)
        var stageLines: [String: Int] = [:]
        // Once there are too many problems the map is not returned, so building it can stop.
        for stage in stages where !stopped {
            guard let name = stage.name, let nameLocation = stage.nameLocation else {
                report(.journey(.missingName(.stage, key: stage.key)), at: stage.header)
                continue
            }
            // A repeated key is found here, before the map throws for it, which is costly when repeated a million times.
            if let first = stageLines[stage.key] {
                report(.journey(.duplicateKey(.stage, key: stage.key, firstLine: first)), at: stage.header)
                continue
            }
            do {
                try map.appendStage(named: name, goal: stage.goal, key: stage.key, metrics: stage.metrics, extraFields: stage.extras)
                stageLines[stage.key] = stage.header.line
            } catch {
                switch error {
                case .duplicateKey:
                    report(.journey(.duplicateKey(.stage, key: stage.key, firstLine: stageLines[stage.key] ?? 0)), at: stage.header)
                case .emptyName:
                    report(.journey(.emptyName(.stage)), at: nameLocation)
                case .duplicateName:
                    report(.journey(.duplicateName(.stage, JourneyReader.excerpt(name.trimmingWhitespace()))), at: nameLocation)
                case .invalidKey:
                    report(.journey(.model(error)), at: stage.header)
                }
            }
        }
        var touchpointLines: [String: Int] = [:]
        for touchpoint in touchpoints where !stopped {
            guard let name = touchpoint.name, let nameLocation = touchpoint.nameLocation else {
                report(.journey(.missingName(.touchpoint, key: touchpoint.key)), at: touchpoint.header)
                continue
            }
            if let first = touchpointLines[touchpoint.key] {
                report(.journey(.duplicateKey(.touchpoint, key: touchpoint.key, firstLine: first)), at: touchpoint.header)
                continue
            }
            do {
                try map.appendTouchpoint(named: name, channel: touchpoint.channel, key: touchpoint.key, extraFields: touchpoint.extras)
                touchpointLines[touchpoint.key] = touchpoint.header.line
            } catch {
                switch error {
                case .duplicateKey:
                    report(.journey(.duplicateKey(.touchpoint, key: touchpoint.key, firstLine: touchpointLines[touchpoint.key] ?? 0)), at: touchpoint.header)
                case .emptyName:
                    report(.journey(.emptyName(.touchpoint)), at: nameLocation)
                case .duplicateName:
                    report(.journey(.duplicateName(.touchpoint, JourneyReader.excerpt(name.trimmingWhitespace()))), at: nameLocation)
                case .invalidKey:
                    report(.journey(.model(error)), at: touchpoint.header)
                }
            }
        }
        guard diagnostics.isEmpty else { return map }

        // Every stage and touchpoint block is now in the map, at the same index as in `stages` and `touchpoints`.
        let stageCount = map.stages.count
        let touchpointCount = map.touchpoints.count
        var stageIndex: [String: Int] = [:]
        var touchpointIndex: [String: Int] = [:]
        if !unresolvedKeys.isEmpty {
            stageIndex.reserveCapacity(stageCount)
            for (index, stage) in map.stages.enumerated() { stageIndex[stage.key] = index }
            touchpointIndex.reserveCapacity(touchpointCount)
            for (index, touchpoint) in map.touchpoints.enumerated() { touchpointIndex[touchpoint.key] = index }
        }
        // The line of each cell seen, by slot: a flat table when it is not too sparse, else a dictionary.
        let slotCount = stageCount.multipliedReportingOverflow(by: touchpointCount)
        let useTable = !slotCount.overflow && slotCount.partialValue <= max(1 << 20, cellCount * 4) && lineNumber < Int(UInt32.max)
        var seenTable = [UInt32](repeating: 0, count: useTable ? slotCount.partialValue : 0)
        var seenCells: [Int: Int] = [:]
        if !useTable { seenCells.reserveCapacity(cellCount) }
        // First the keys and places of every cell, in file order, changing the pending cells'
        // numbers in place: no cell is copied, and a map with problems is never filled.
        for chunkIndex in cellChunks.indices where !stopped {
            // Out of `self` while it is read, since reporting a problem changes `self`.
            var pendingCells: [PendingCell] = []
            swap(&pendingCells, &cellChunks[chunkIndex])
            defer { swap(&pendingCells, &cellChunks[chunkIndex]) }
            pendingCells.withUnsafeMutableBufferPointer { chunk in
                for index in chunk.indices where !stopped {
                    let here = FileLocation(path: path, line: chunk[index].line, column: chunk[index].column)
                    if chunk[index].stage < 0 {
                        let key = unresolvedKeys[~chunk[index].stage]
                        guard let found = stageIndex[key] else {
                            report(.journey(.undefinedAxisKey(.stage, key: key)), at: here)
                            continue
                        }
                        chunk[index].stage = found
                    }
                    if chunk[index].touchpoint < 0 {
                        let key = unresolvedKeys[~chunk[index].touchpoint]
                        guard let found = touchpointIndex[key] else {
                            report(.journey(.undefinedAxisKey(.touchpoint, key: key)), at: here)
                            continue
                        }
                        chunk[index].touchpoint = found
                    }
                    let (stage, touchpoint) = (chunk[index].stage, chunk[index].touchpoint)
                    let slot = touchpoint * stageCount + stage
                    let first: Int?
                    if useTable {
                        let seen = seenTable[slot]
                        first = seen == 0 ? nil : Int(seen)
                        if seen == 0 { seenTable[slot] = UInt32(here.line) }
                    } else {
                        first = seenCells.updateValue(here.line, forKey: slot)
                    }
                    if let first {
                        report(.journey(.duplicateCell(stageKey: map.stages[stage].key, touchpointKey: map.touchpoints[touchpoint].key, firstLine: first)), at: here)
                    }
                }
            }
        }
        seenTable = []
        seenCells = [:]
        guard diagnostics.isEmpty else { return map }

        // Then every cell is moved, not copied, into its place: each place is taken at most once,
        // so the order no longer matters.
        var grid = CellGrid(stages: stageCount, touchpoints: touchpointCount)
        for chunkIndex in cellChunks.indices {
            var chunk: [PendingCell] = []
            swap(&chunk, &cellChunks[chunkIndex])
            chunk.withUnsafeMutableBufferPointer { chunk in
                for index in chunk.indices where !chunk[index].cell.isEmpty {
                    grid.place(&chunk[index].cell, stage: chunk[index].stage, touchpoint: chunk[index].touchpoint)
                }
            }
        }
        map.fillCells(grid)
        cellChunks = []
        return map
    }

}
