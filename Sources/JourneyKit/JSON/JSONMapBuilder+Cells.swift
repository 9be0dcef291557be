extension JSONMapBuilder {
    // MARK: Cells

    mutating func readCells(_ value: JSONValue, into map: inout JourneyMap) {
        let path = JSONPath.root.appending(key: "cells")
        guard let elements = array(value, of: .cell, path: path) else { return }
        let stageLookup = NameLookup(names: map.stages.map(\.name))
        let touchpointLookup = NameLookup(names: map.touchpoints.map(\.name))
        let stageCount = max(map.stages.count, 1)
        var firstCell: [Int: Int] = [:]
        for (index, element) in elements.enumerated() {
            let cellPath = path.appending(index: index)
            guard case .object(let allMembers) = element.content else {
                report(
                    .expectedCellObject(element.foundDescription),
                    at: element.position, path: cellPath)
                continue
            }
            var stage: Int?
            var touchpoint: Int?
            var sawStage = false
            var sawTouchpoint = false
            var cell = Cell()
            for member in knownMembers(allMembers, schema: .cell, path: cellPath) {
                let memberPath = cellPath.appending(key: member.key)
                let value = member.value
                switch member.key {
                case "stage":
                    sawStage = true
                    guard let name = string(value, path: memberPath) else { continue }
                    stage = stageLookup.index(of: name)
                    if stage == nil && !stagesIncomplete && !refusedStageNames.contains(NameRules.comparisonForm(of: name)) {
                        report(.noStageNamed(JSONTextWriter.escapedContent(name)), at: value.position, path: memberPath)
                    }
                case "touchpoint":
                    sawTouchpoint = true
                    guard let name = string(value, path: memberPath) else { continue }
                    touchpoint = touchpointLookup.index(of: name)
                    if touchpoint == nil && !touchpointsIncomplete && !refusedTouchpointNames.contains(NameRules.comparisonForm(of: name)) {
                        report(.noTouchpointNamed(JSONTextWriter.escapedContent(name)), at: value.position, path: memberPath)
                    }
                case "note":
                    if let note = string(value, path: memberPath) { cell.note = note }
                case "emotion":
                    if case .null = value.content { continue }
                    guard let score = value.wholeNumber, let emotion = Emotion(score) else {
                        report(
                            .emotionRange(value.foundDescription),
                            at: value.position, path: memberPath)
                        continue
                    }
                    cell.emotion = emotion
                case "feeling":
                    if let feeling = optionalString(value, path: memberPath) { cell.feeling = feeling }
                case "evidence":
                    if case .null = value.content { continue }
                    guard case .string(let word) = value.content, let evidence = Evidence(rawValue: word) else {
                        report(
                            .evidence(value.foundDescription),
                            at: value.position, path: memberPath)
                        continue
                    }
                    cell.evidence = evidence
                case "sources":
                    if let sources = stringArray(value, path: memberPath) { cell.sources = sources }
                default:
                    guard let list = ItemList.allCases.first(where: { $0.jsonName == member.key }) else { continue }
                    if let items = readItems(value, list: list, path: memberPath) { cell[list: list] = items }
                }
            }
            if !sawStage {
                report(.cellNeedsStage, at: element.position, path: cellPath)
            }
            if !sawTouchpoint {
                report(.cellNeedsTouchpoint, at: element.position, path: cellPath)
            }
            guard let stage, let touchpoint else { continue }
            let slot = touchpoint * stageCount + stage
            if let first = firstCell.updateValue(index, forKey: slot) {
                firstCell[slot] = first
                report(
                    .duplicateCell(stage: JSONTextWriter.escapedContent(map.stages[stage].name), touchpoint: JSONTextWriter.escapedContent(map.touchpoints[touchpoint].name), first: first),
                    at: element.position, path: cellPath)
                continue
            }
            map.setCell(cell, stage: stage, touchpoint: touchpoint)
        }
    }
}
