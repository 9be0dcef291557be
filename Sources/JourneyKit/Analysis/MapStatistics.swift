/// The analysis a workshop ends with, computed from a map: per stage, how people feel, how much
/// the map says and how well research backs it; the lowest stage; the pain points with the most
/// votes; and every opportunity in its quadrant of the impact/effort matrix.
///
/// It is what `journey stats` prints, as JSON (``json()``, a pinned contract), as text for the
/// terminal (``text(in:)``) and as Markdown for a recommendations report (``markdown(in:)``).
///
/// ```swift
/// let statistics = MapStatistics(map)
/// statistics.lowestStage.map { statistics.stages[$0].name }   // "Purchase"
/// statistics.topPainPoints.first?.item.text                    // "Shipping costs appear only at the last step"
/// statistics.opportunityMatrix[.quickWins].count
/// ```
///
/// Counting rules:
/// - `cells` counts the stage's non-empty cells (as `journey check` counts filled cells), and
///   `emotions` those of them rated; `averageEmotion` is the mean of the rated ones, rounded to
///   two decimals (see ``Hundredths``), `nil` when none is rated.
/// - The evidence counts split the non-empty cells by their evidence: every non-empty cell that
///   states none is `unstated`, so the four always add up to `cells`.
/// - `votes` sums the votes on the stage's pain points and opportunities.
public struct MapStatistics: Sendable, Hashable {
    /// The most pain points ``topPainPoints`` lists.
    public static let topPainPointLimit = 10

    /// The map's title, for the headings of the text and Markdown forms.
    public var title: String
    /// The figures of each stage, in map order.
    public var stages: [StageStatistics]
    /// The position of the stage with the lowest average emotion (the first in map order on a
    /// tie), or `nil` when no stage has a rated cell.
    public var lowestStage: Int?
    /// Up to ``topPainPointLimit`` pain points with at least one vote: most votes first, then map
    /// order (touchpoint, stage, position in the list).
    public var topPainPoints: [LocatedItem]
    /// Every opportunity in its quadrant.
    public var opportunityMatrix: OpportunityMatrix

    /// Computes the analysis of a map, in time proportional to its cells and items.
    public init(_ map: JourneyMap) {
        var stages = map.stages.indices.map { index in
            let stage = map.stages[index]
            let tally = map.emotionTally(stage: index)
            return StageStatistics(name: stage.name, averageEmotion: Hundredths(averageOf: tally), emotions: tally.count, metrics: stage.metrics)
        }
        var votedPainPoints: [LocatedItem] = []
        var opportunities: [LocatedItem] = []
        for (stage, touchpoint, cell) in map.allNonEmptyCells() {
            stages[stage].cells += 1
            stages[stage].evidence.count(cell.evidence)
            guard !cell.hasNoItems else { continue }
            for list in ItemList.allCases {
                let items = cell[list: list]
                switch list {
                case .painPoints: stages[stage].painPoints += items.count
                case .opportunities: stages[stage].opportunities += items.count
                }
                for (position, item) in items.enumerated() {
                    stages[stage].votes += item.votes
                    guard list == .opportunities || item.votes > 0 else { continue }
                    let located = LocatedItem(item: item, list: list, stage: stage, touchpoint: touchpoint, position: position,
                                              stageName: map.stages[stage].name, touchpointName: map.touchpoints[touchpoint].name)
                    switch list {
                    case .painPoints: votedPainPoints.append(located)
                    case .opportunities: opportunities.append(located)
                    }
                }
            }
        }
        self.title = map.title
        self.stages = stages
        lowestStage = Self.lowestStage(of: map)
        topPainPoints = Array(votedPainPoints.sorted { $0.ranksBefore($1) }.prefix(Self.topPainPointLimit))
        opportunityMatrix = OpportunityMatrix(opportunities)
    }

    /// The stage whose exact average (not the rounded one) is lowest, the first on a tie.
    private static func lowestStage(of map: JourneyMap) -> Int? {
        var lowest: (index: Int, tally: EmotionTally)?
        for index in map.stages.indices {
            let tally = map.emotionTally(stage: index)
            guard tally.count > 0 else { continue }
            // sum/count < lowestSum/lowestCount, compared as fractions with positive denominators.
            if let current = lowest, tally.sum * current.tally.count >= current.tally.sum * tally.count { continue }
            lowest = (index, tally)
        }
        return lowest?.index
    }
}

/// The figures of one stage in ``MapStatistics``.
public struct StageStatistics: Sendable, Hashable {
    /// The stage's name.
    public var name: String
    /// The mean of the rated cells' emotions, rounded to two decimals, or `nil` when none is rated.
    public var averageEmotion: Hundredths?
    /// How many of the stage's cells are not empty.
    public var cells: Int
    /// How many of them have an emotion.
    public var emotions: Int
    /// How many pain points the stage's cells list.
    public var painPoints: Int
    /// How many opportunities the stage's cells list.
    public var opportunities: Int
    /// The votes on the stage's pain points and opportunities, added up.
    public var votes: Int
    /// The non-empty cells by evidence.
    public var evidence: EvidenceCounts
    /// The figures measured on the stage, as the map gives them.
    public var metrics: [StageMetric]

    /// Creates a stage's figures; counts default to zero.
    public init(
        name: String,
        averageEmotion: Hundredths? = nil,
        cells: Int = 0,
        emotions: Int = 0,
        painPoints: Int = 0,
        opportunities: Int = 0,
        votes: Int = 0,
        evidence: EvidenceCounts = EvidenceCounts(),
        metrics: [StageMetric] = []
    ) {
        self.name = name
        self.averageEmotion = averageEmotion
        self.cells = cells
        self.emotions = emotions
        self.painPoints = painPoints
        self.opportunities = opportunities
        self.votes = votes
        self.evidence = evidence
        self.metrics = metrics
    }
}

/// How many non-empty cells state each evidence, and how many state none.
public struct EvidenceCounts: Sendable, Hashable {
    /// Cells marked `assumed`.
    public var assumed: Int
    /// Cells marked `partial`.
    public var partial: Int
    /// Cells marked `researched`.
    public var researched: Int
    /// Non-empty cells that state no evidence.
    public var unstated: Int

    /// Creates counts; each defaults to zero.
    public init(assumed: Int = 0, partial: Int = 0, researched: Int = 0, unstated: Int = 0) {
        self.assumed = assumed
        self.partial = partial
        self.researched = researched
        self.unstated = unstated
    }

    /// The count for an evidence, or for none (`nil`).
    public subscript(evidence: Evidence?) -> Int {
        switch evidence {
        case .assumed: assumed
        case .partial: partial
        case .researched: researched
        case nil: unstated
        }
    }

    /// Counts one more cell with this evidence (or none).
    public mutating func count(_ evidence: Evidence?) {
        switch evidence {
        case .assumed: assumed += 1
        case .partial: partial += 1
        case .researched: researched += 1
        case nil: unstated += 1
        }
    }

    /// All cells counted.
    public var total: Int {
        assumed + partial + researched + unstated
    }
}
