/// What differs between two versions of a map, in words a person reads in one line: for showing
/// what a recovery file would restore, or what changed on disk.
///
/// Stages and touchpoints are matched by their keys, so a renamed stage is one change (its name),
/// not a deleted stage and a new one.
///
/// ```swift
/// let difference = MapDifference(from: onDisk, to: recovered)
/// difference.summary   // "2 cells (Awareness × Instagram ad, Purchase × Checkout) and the title differ"
/// ```
public struct MapDifference: Sendable, Equatable {
    /// Metadata fields that differ: "title", "persona", "scenario", "kind", "extra fields".
    public private(set) var metadata: [String] = []
    /// Stages added, removed, renamed or otherwise changed, by name ("+Onboarding", "-Support", "Purchase").
    public private(set) var stages: [String] = []
    /// Touchpoints added, removed or changed, by name.
    public private(set) var touchpoints: [String] = []
    /// Cells whose contents differ, as "Stage × Touchpoint".
    public private(set) var cells: [String] = []
    /// How many cells differ (``cells`` lists at most a few of them).
    public private(set) var cellCount = 0
    /// Whether the stage or touchpoint order differs.
    public private(set) var orderChanged = false

    /// How many cells ``cells`` names at most.
    public static let namedCellLimit = 3

    /// Compares two maps.
    public init(from old: JourneyMap, to new: JourneyMap) {
        if old.title != new.title { metadata.append("title") }
        if old.persona != new.persona { metadata.append("persona") }
        if old.scenario != new.scenario { metadata.append("scenario") }
        if old.kind != new.kind { metadata.append("kind") }
        if old.extraFields != new.extraFields || old.extraBlocks != new.extraBlocks { metadata.append("extra fields") }

        var oldStages: [String: Int] = [:]
        for (index, stage) in old.stages.enumerated() { oldStages[stage.key] = index }
        var newStages: [String: Int] = [:]
        for (index, stage) in new.stages.enumerated() { newStages[stage.key] = index }
        for stage in new.stages {
            if let before = oldStages[stage.key] {
                if old.stages[before] != stage { stages.append(stage.name) }
            } else {
                stages.append("+" + stage.name)
            }
        }
        for stage in old.stages where newStages[stage.key] == nil { stages.append("-" + stage.name) }

        var oldTouchpoints: [String: Int] = [:]
        for (index, touchpoint) in old.touchpoints.enumerated() { oldTouchpoints[touchpoint.key] = index }
        var newTouchpoints: [String: Int] = [:]
        for (index, touchpoint) in new.touchpoints.enumerated() { newTouchpoints[touchpoint.key] = index }
        for touchpoint in new.touchpoints {
            if let before = oldTouchpoints[touchpoint.key] {
                if old.touchpoints[before] != touchpoint { touchpoints.append(touchpoint.name) }
            } else {
                touchpoints.append("+" + touchpoint.name)
            }
        }
        for touchpoint in old.touchpoints where newTouchpoints[touchpoint.key] == nil { touchpoints.append("-" + touchpoint.name) }

        let keptStages = old.stages.map(\.key).filter { newStages[$0] != nil }
        let keptStagesNew = new.stages.map(\.key).filter { oldStages[$0] != nil }
        let keptTouchpoints = old.touchpoints.map(\.key).filter { newTouchpoints[$0] != nil }
        let keptTouchpointsNew = new.touchpoints.map(\.key).filter { oldTouchpoints[$0] != nil }
        orderChanged = keptStages != keptStagesNew || keptTouchpoints != keptTouchpointsNew

        // Cells of stages and touchpoints present in both; cells of added or removed ones are
        // counted with their stage or touchpoint.
        let newPositions = new.makeStagePositions()
        let oldPositions = old.makeStagePositions()
        for (touchpointIndex, touchpoint) in new.touchpoints.enumerated() {
            guard let oldTouchpoint = oldTouchpoints[touchpoint.key] else { continue }
            let newCells = new.nonEmptyCells(touchpoint: touchpointIndex, stagePositions: newPositions)
            var seen = Set<Int>()
            for (stageIndex, cell) in newCells {
                seen.insert(stageIndex)
                guard let oldStage = oldStages[new.stages[stageIndex].key] else { continue }
                if old.cell(stage: oldStage, touchpoint: oldTouchpoint) != cell {
                    noteCell(stage: new.stages[stageIndex].name, touchpoint: touchpoint.name)
                }
            }
            // Cells emptied in the new version.
            if old.nonEmptyCellCount(touchpoint: oldTouchpoint) > 0 {
                for (oldStageIndex, _) in old.nonEmptyCells(touchpoint: oldTouchpoint, stagePositions: oldPositions) {
                    guard let stageIndex = newStages[old.stages[oldStageIndex].key], !seen.contains(stageIndex) else { continue }
                    noteCell(stage: new.stages[stageIndex].name, touchpoint: touchpoint.name)
                }
            }
        }
    }

    private mutating func noteCell(stage: String, touchpoint: String) {
        cellCount += 1
        if cells.count < Self.namedCellLimit { cells.append("\(stage) × \(touchpoint)") }
    }

    /// Whether the two maps are the same.
    public var isEmpty: Bool {
        metadata.isEmpty && stages.isEmpty && touchpoints.isEmpty && cellCount == 0 && !orderChanged
    }

    /// The difference in one line, in English, such as
    /// "2 cells (Awareness × Ad, Purchase × Checkout), stage +Support and the title differ".
    public var summary: String { summary(in: .english) }

    /// The difference in one line in a language: "1 cell (Delivery × Mail) differs" /
    /// "difiere: 1 celda (Delivery × Mail)".
    public func summary(in language: Language) -> String {
        let none = language.choose(en: "no differences", es: "sin diferencias")
        guard !isEmpty else { return none }
        var parts: [String] = []
        var plural = false
        if cellCount > 0 {
            var text = language.count(cellCount, one: language.choose(en: "cell", es: "celda"), other: language.choose(en: "cells", es: "celdas"))
            text += " (" + cells.joined(separator: ", ") + (cellCount > cells.count ? ", …" : "") + ")"
            parts.append(text)
            plural = cellCount > 1
        }
        if !stages.isEmpty {
            parts.append(language.noun(for: stages.count, one: language.choose(en: "stage ", es: "la etapa "), other: language.choose(en: "stages ", es: "las etapas "))
                + Self.list(stages, language))
            plural = plural || stages.count > 1
        }
        if !touchpoints.isEmpty {
            parts.append(language.noun(for: touchpoints.count, one: language.choose(en: "touchpoint ", es: "el punto de contacto "),
                                       other: language.choose(en: "touchpoints ", es: "los puntos de contacto ")) + Self.list(touchpoints, language))
            plural = plural || touchpoints.count > 1
        }
        if orderChanged { parts.append(language.choose(en: "the order", es: "el orden")) }
        for field in metadata { parts.append(Self.metadataName(field, language)) }
        guard let last = parts.last else { return none }
        let and = language.choose(en: " and ", es: " y ")
        let joined = parts.count == 1 ? last : parts.dropLast().joined(separator: ", ") + and + last
        let many = plural || parts.count > 1
        return language.choose(en: joined + (many ? " differ" : " differs"), es: (many ? "difieren: " : "difiere: ") + joined)
    }

    /// A metadata field as the summary names it: "the title" / "el título".
    private static func metadataName(_ field: String, _ language: Language) -> String {
        switch field {
        case "title": language.choose(en: "the title", es: "el título")
        case "persona": language.choose(en: "the persona", es: "la persona")
        case "scenario": language.choose(en: "the scenario", es: "el escenario")
        case "kind": language.choose(en: "the kind", es: "el tipo")
        default: language.choose(en: "the extra fields", es: "los campos desconocidos")
        }
    }

    private static func list(_ names: [String], _ language: Language) -> String {
        names.count <= 3 ? names.joined(separator: ", ")
            : names.prefix(3).joined(separator: ", ") + language.choose(en: " and \(names.count - 3) more", es: " y \(names.count - 3) más")
    }
}
