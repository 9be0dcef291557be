import JourneyKit

/// A `Codable` mirror of the JSON interchange form, for Swift code that works with
/// `JSONEncoder` and `JSONDecoder`.
///
/// Its coding keys are those of the contract that ``JSONInterchange`` reads and writes, and absent
/// values are left out when encoding (`encodeIfPresent`; empty notes and lists too), so that
/// `JSONEncoder` writes the same members as ``JSONInterchange/encode(_:)``:
///
/// ```swift
/// let document = JourneyJSONDocument(map: map)
/// let data = try JSONEncoder().encode(document)
/// let decoded = try JSONDecoder().decode(JourneyJSONDocument.self, from: data)
/// let again = try decoded.makeMap()   // == map, keys made from names
/// ```
///
/// Decoding with `JSONDecoder` is lenient as `Codable` is: unknown keys are ignored and errors
/// carry no line numbers. ``JSONInterchange`` is the strict reader for
/// files people edit.
public struct JourneyJSONDocument: Codable, Sendable, Equatable {
    /// The version of the interchange form; ``JSONInterchange/version``.
    public var version: Int
    /// The map's title.
    public var title: String
    /// The persona, if noted.
    public var persona: String?
    /// The scenario, if noted.
    public var scenario: String?
    /// The kind of map as spelled in files: `current-state`, `future-state` or `day-in-the-life`.
    public var kind: String
    /// The stages, left to right.
    public var stages: [Stage]
    /// The touchpoints, top to bottom.
    public var touchpoints: [Touchpoint]
    /// The cells that hold anything, each naming its stage and touchpoint.
    public var cells: [Cell]

    /// Creates a document; every part but the version defaults to empty.
    public init(
        version: Int = JSONInterchange.version,
        title: String = "",
        persona: String? = nil,
        scenario: String? = nil,
        kind: String = JourneyKind.currentState.rawValue,
        stages: [Stage] = [],
        touchpoints: [Touchpoint] = [],
        cells: [Cell] = []
    ) {
        self.version = version
        self.title = title
        self.persona = persona
        self.scenario = scenario
        self.kind = kind
        self.stages = stages
        self.touchpoints = touchpoints
        self.cells = cells
    }

    /// The document for a map: its non-empty cells in touchpoint order, and within a touchpoint
    /// in stage order, as ``JSONInterchange/encode(_:)`` writes them.
    public init(map: JourneyMap) {
        self.init(
            title: map.title,
            persona: map.persona,
            scenario: map.scenario,
            kind: map.kind.rawValue,
            stages: map.stages.map { stage in
                Stage(name: stage.name, goal: stage.goal, metrics: stage.metrics.map {
                    Metric(name: $0.name, value: $0.value, unit: $0.unit, source: $0.source)
                })
            },
            touchpoints: map.touchpoints.map { Touchpoint(name: $0.name, channel: $0.channel) },
            cells: map.allNonEmptyCells().map { entry in
                Cell(
                    stage: map.stages[entry.stage].name,
                    touchpoint: map.touchpoints[entry.touchpoint].name,
                    note: entry.cell.note,
                    emotion: entry.cell.emotion?.score,
                    feeling: entry.cell.feeling,
                    evidence: entry.cell.evidence?.rawValue,
                    sources: entry.cell.sources,
                    painPoints: entry.cell[list: .painPoints].map(Item.init),
                    opportunities: entry.cell[list: .opportunities].map(Item.init))
            })
    }

    /// The map the document describes, checked as ``JSONInterchange`` checks a file.
    ///
    /// Stage and touchpoint keys are made from the names.
    ///
    /// - Throws: ``JourneyJSONDocumentError`` for the first problem: a version other than 1, an
    ///   unknown kind, an empty or repeated name, a cell naming no stage or touchpoint, a second
    ///   cell for the same pair, or an emotion outside -2…2.
    public func makeMap() throws(JourneyJSONDocumentError) -> JourneyMap {
        guard version == JSONInterchange.version else {
            throw JourneyJSONDocumentError(path: "version", message: "expected \(JSONInterchange.version), found \(version)")
        }
        guard let mapKind = JourneyKind(rawValue: kind) else {
            throw JourneyJSONDocumentError(
                path: "kind", message: "unknown map kind '\(kind)': expected one of \(JourneyKind.allSpellings)")
        }
        var map = JourneyMap(title: title, persona: persona, scenario: scenario, kind: mapKind)
        for (index, stage) in stages.enumerated() {
            do {
                try map.appendStage(named: stage.name, goal: stage.goal, metrics: stage.metrics.map {
                    StageMetric(name: $0.name, value: $0.value, unit: $0.unit, source: $0.source)
                })
            } catch {
                throw JourneyJSONDocumentError(path: "stages[\(index)].name", message: error.description)
            }
        }
        for (index, touchpoint) in touchpoints.enumerated() {
            do {
                try map.appendTouchpoint(named: touchpoint.name, channel: touchpoint.channel)
            } catch {
                throw JourneyJSONDocumentError(path: "touchpoints[\(index)].name", message: error.description)
            }
        }
        let stageLookup = NameLookup(names: map.stages.map(\.name))
        let touchpointLookup = NameLookup(names: map.touchpoints.map(\.name))
        var firstCell: [Int: Int] = [:]
        let stageCount = max(map.stages.count, 1)
        for (index, cell) in cells.enumerated() {
            guard let stage = stageLookup.index(of: cell.stage) else {
                throw JourneyJSONDocumentError(path: "cells[\(index)].stage", message: "there is no stage named '\(cell.stage)'")
            }
            guard let touchpoint = touchpointLookup.index(of: cell.touchpoint) else {
                throw JourneyJSONDocumentError(
                    path: "cells[\(index)].touchpoint", message: "there is no touchpoint named '\(cell.touchpoint)'")
            }
            var emotion: Emotion?
            if let score = cell.emotion {
                guard let valid = Emotion(score) else {
                    throw JourneyJSONDocumentError(
                        path: "cells[\(index)].emotion",
                        message: "expected a whole number from \(Emotion.minimum) to \(Emotion.maximum), found \(score)")
                }
                emotion = valid
            }
            if let first = firstCell.updateValue(index, forKey: touchpoint * stageCount + stage) {
                throw JourneyJSONDocumentError(
                    path: "cells[\(index)]",
                    message: "there is already a cell for the stage '\(cell.stage)' and the touchpoint '\(cell.touchpoint)' (cells[\(first)])")
            }
            map.setCell(
                JourneyKit.Cell(
                    note: cell.note, emotion: emotion, feeling: cell.feeling,
                    lists: [.painPoints: cell.painPoints.map(\.modelItem), .opportunities: cell.opportunities.map(\.modelItem)],
                    evidence: try evidence(cell.evidence, at: index), sources: cell.sources),
                stage: stage, touchpoint: touchpoint)
        }
        return map
    }

    /// The keys of the document, as the contract names them.
    public enum CodingKeys: String, CodingKey {
        case version, title, persona, scenario, kind, stages, touchpoints, cells
    }

    /// Decodes a document; absent keys take their defaults (version 1, an empty title, `current-state`, no stages…).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            version: try container.decodeIfPresent(Int.self, forKey: .version) ?? JSONInterchange.version,
            title: try container.decodeIfPresent(String.self, forKey: .title) ?? "",
            persona: try container.decodeIfPresent(String.self, forKey: .persona),
            scenario: try container.decodeIfPresent(String.self, forKey: .scenario),
            kind: try container.decodeIfPresent(String.self, forKey: .kind) ?? JourneyKind.currentState.rawValue,
            stages: try container.decodeIfPresent([Stage].self, forKey: .stages) ?? [],
            touchpoints: try container.decodeIfPresent([Touchpoint].self, forKey: .touchpoints) ?? [],
            cells: try container.decodeIfPresent([Cell].self, forKey: .cells) ?? [])
    }

    /// Encodes the document in the contract's key order, leaving out a `nil` persona and scenario.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(title, forKey: .title)
        try container.encodeIfPresent(persona, forKey: .persona)
        try container.encodeIfPresent(scenario, forKey: .scenario)
        try container.encode(kind, forKey: .kind)
        try container.encode(stages, forKey: .stages)
        try container.encode(touchpoints, forKey: .touchpoints)
        try container.encode(cells, forKey: .cells)
    }

    /// The evidence a cell names, or `nil`; throws for an unknown word.
    private func evidence(_ word: String?, at index: Int) throws(JourneyJSONDocumentError) -> Evidence? {
        guard let word else { return nil }
        guard let evidence = Evidence(rawValue: word) else {
            throw JourneyJSONDocumentError(
                path: "cells[\(index)].evidence", message: "expected \(Evidence.allSpellings), found '\(word)'")
        }
        return evidence
    }
}
