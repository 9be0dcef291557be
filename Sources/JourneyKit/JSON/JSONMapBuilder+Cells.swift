extension JSONMapBuilder {
    // MARK: Cells

    mutating func readCells(_ value: JSONValue, into map: inout JourneyMap) {
        let path = JSONPath.root.appending(key: "cells")
        guard let elements = array(value, of: "cell objects", path: path) else { return }
        let stageLookup = JSONNameLookup(names: map.stages.map(\.name))
        let touchpointLookup = JSONNameLookup(names: map.touchpoints.map(\.name))
        let stageCount = max(map.stages.count, 1)
        var firstCell: [Int: Int] = [:]
        for (index, element) in elements.enumerated() {
            let cellPath = path.appending(index: index)
            guard case .object(let allMembers) = element.content else {
                report(
                    "expected an object such as {\"stage\": \"Awareness\", \"touchpoint\": \"Web shop\", \"note\": \"…\"}, found \(element.foundDescription)",
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
                        report("there is no stage named '\(JSONTextWriter.escapedContent(name))'", at: value.position, path: memberPath)
                    }
                case "touchpoint":
                    sawTouchpoint = true
                    guard let name = string(value, path: memberPath) else { continue }
                    touchpoint = touchpointLookup.index(of: name)
                    if touchpoint == nil && !touchpointsIncomplete && !refusedTouchpointNames.contains(NameRules.comparisonForm(of: name)) {
                        report("there is no touchpoint named '\(JSONTextWriter.escapedContent(name))'", at: value.position, path: memberPath)
                    }
                case "note":
                    if let note = string(value, path: memberPath) { cell.note = note }
                case "emotion":
                    if case .null = value.content { continue }
                    guard let score = value.wholeNumber, let emotion = Emotion(score) else {
                        report(
                            "expected a whole number from \(Emotion.minimum) to \(Emotion.maximum), found \(value.foundDescription)",
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
                            "expected one of \"assumed\", \"partial\" or \"researched\", found \(value.foundDescription)",
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
                report("a cell needs a \"stage\" naming one of the stages", at: element.position, path: cellPath)
            }
            if !sawTouchpoint {
                report("a cell needs a \"touchpoint\" naming one of the touchpoints", at: element.position, path: cellPath)
            }
            guard let stage, let touchpoint else { continue }
            let slot = touchpoint * stageCount + stage
            if let first = firstCell.updateValue(index, forKey: slot) {
                firstCell[slot] = first
                report(
                    "there is already a cell for the stage '\(JSONTextWriter.escapedContent(map.stages[stage].name))' and the touchpoint '\(JSONTextWriter.escapedContent(map.touchpoints[touchpoint].name))' (cells[\(first)]): each pair has one cell",
                    at: element.position, path: cellPath)
                continue
            }
            map.setCell(cell, stage: stage, touchpoint: touchpoint)
        }
    }
}
