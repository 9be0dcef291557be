/// Where an opportunity falls in the impact/effort matrix, from its scores.
///
/// | Quadrant | Impact | Effort |
/// | --- | --- | --- |
/// | ``quickWins`` | 4–5 | 1–2 |
/// | ``bigBets`` | 4–5 | 3–5 |
/// | ``fillIns`` | 1–3 | 1–2 |
/// | ``moneyPits`` | 1–3 | 3–5 |
/// | ``unscored`` | missing | or missing |
public enum OpportunityQuadrant: Int, CaseIterable, Sendable, Hashable {
    /// High impact, low effort: do these first.
    case quickWins
    /// High impact, high effort: plan them.
    case bigBets
    /// Low impact, low effort: do them when there is time.
    case fillIns
    /// Low impact, high effort: avoid them.
    case moneyPits
    /// Impact or effort not scored yet.
    case unscored

    /// The lowest impact that counts as high.
    public static let highImpact = 4
    /// The highest effort that counts as low.
    public static let lowEffort = 2

    /// The quadrant of an opportunity with these scores.
    public init(impact: Int?, effort: Int?) {
        guard let impact, let effort else {
            self = .unscored
            return
        }
        switch (impact >= Self.highImpact, effort <= Self.lowEffort) {
        case (true, true): self = .quickWins
        case (true, false): self = .bigBets
        case (false, true): self = .fillIns
        case (false, false): self = .moneyPits
        }
    }

    /// The member of the `opportunityMatrix` JSON object that holds the quadrant: `quickWins`…
    public var jsonName: String {
        switch self {
        case .quickWins: "quickWins"
        case .bigBets: "bigBets"
        case .fillIns: "fillIns"
        case .moneyPits: "moneyPits"
        case .unscored: "unscored"
        }
    }
}

/// Every opportunity of a map in its quadrant of the impact/effort matrix, each quadrant ranked:
/// most votes first, then map order (touchpoint, stage, position in the list).
public struct OpportunityMatrix: Sendable, Hashable {
    private var quadrants: [[LocatedItem]]

    /// Sorts opportunities into quadrants; `opportunities` may come in any order.
    public init(_ opportunities: [LocatedItem]) {
        var quadrants = Array(repeating: [LocatedItem](), count: OpportunityQuadrant.allCases.count)
        for located in opportunities {
            quadrants[OpportunityQuadrant(impact: located.item.impact, effort: located.item.effort).rawValue].append(located)
        }
        self.quadrants = quadrants.map { $0.sorted { $0.ranksBefore($1) } }
    }

    /// The opportunities in a quadrant, ranked.
    public subscript(quadrant: OpportunityQuadrant) -> [LocatedItem] {
        quadrants[quadrant.rawValue]
    }

    /// How many opportunities the matrix holds in all.
    public var count: Int {
        quadrants.reduce(0) { $0 + $1.count }
    }
}
