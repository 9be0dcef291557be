/// A current-state map against its future state: for each stage both maps have, the average
/// emotion in each and the change; then the stages only one of them has.
///
/// Stages are matched by name as journey compares names everywhere: trimmed and
/// case-insensitive (see ``JourneyMap/stageIndex(named:)``). It is what `journey compare` prints,
/// as JSON (``json()``, a pinned contract), text (``text(in:)``) and Markdown (``markdown(in:)``).
///
/// ```swift
/// let comparison = MapComparison(current: today, future: tomorrow)
/// comparison.stages.first?.change?.jsonText   // "1.75"
/// comparison.onlyFuture                       // ["Subscription"]
/// ```
///
/// Every figure is computed exactly and then rounded to two decimals: the change is the exact
/// difference of the two averages, rounded (so it may differ by 0.01 from the difference of the
/// rounded averages printed beside it: -1/6 → 7/6 shows -0.17, +1.17 and a change of +1.33).
public struct MapComparison: Sendable, Hashable {
    /// One stage both maps have.
    public struct StageChange: Sendable, Hashable {
        /// The stage's name as the current map spells it.
        public var name: String
        /// Its position in the current map.
        public var currentStage: Int
        /// Its position in the future map.
        public var futureStage: Int
        /// Its average emotion in the current map, rounded, or `nil` when no cell is rated there.
        public var current: Hundredths?
        /// Its average emotion in the future map, rounded, or `nil` when no cell is rated there.
        public var future: Hundredths?

        /// `future - current`, computed from the exact averages and then rounded, or `nil` when
        /// either is missing.
        public var change: Hundredths?
    }

    /// The current map's title.
    public var currentTitle: String
    /// The future map's title.
    public var futureTitle: String
    /// The stages both maps have, in the current map's order.
    public var stages: [StageChange]
    /// The names of the stages only the current map has, in its order.
    public var onlyCurrent: [String]
    /// The names of the stages only the future map has, in its order.
    public var onlyFuture: [String]

    /// Compares two maps.
    public init(current: JourneyMap, future: JourneyMap) {
        currentTitle = current.title
        futureTitle = future.title
        var stages: [StageChange] = []
        var onlyCurrent: [String] = []
        var matched = Set<Int>()
        for (index, stage) in current.stages.enumerated() {
            guard let futureIndex = future.stageIndex(named: stage.name) else {
                onlyCurrent.append(stage.name)
                continue
            }
            matched.insert(futureIndex)
            let currentAverage = current.averageEmotion(stage: index), futureAverage = future.averageEmotion(stage: futureIndex)
            stages.append(StageChange(name: stage.name, currentStage: index, futureStage: futureIndex,
                                      current: Hundredths(averageOf: current.emotionTally(stage: index)),
                                      future: Hundredths(averageOf: future.emotionTally(stage: futureIndex)),
                                      change: currentAverage.flatMap { now in futureAverage.map { Hundredths(rounding: $0 - now) } }))
        }
        self.stages = stages
        self.onlyCurrent = onlyCurrent
        onlyFuture = future.stages.indices.filter { !matched.contains($0) }.map { future.stages[$0].name }
    }

    /// The comparison as JSON, the contract of `journey compare --format json`, pretty-printed with
    /// two-space indentation and ending with a line break:
    ///
    /// ```json
    /// {
    ///   "stages": [
    ///     {
    ///       "name": "Compra",
    ///       "current": -1.25,
    ///       "future": 0.5,
    ///       "change": 1.75
    ///     }
    ///   ],
    ///   "onlyCurrent": [],
    ///   "onlyFuture": [
    ///     "Suscripción"
    ///   ]
    /// }
    /// ```
    ///
    /// Figures are written with the fewest digits (`-1.25`, `0.5`, `1`), `null` where a map has no
    /// rated cell in the stage (and for the change, when either is `null`).
    public func json() -> String {
        var out = JSONTextWriter(capacity: 128 + stages.count * 120 + (onlyCurrent.count + onlyFuture.count) * 40)
        out.raw("{")
        out.key("stages", indent: 1)
        out.objectArray(stages, indent: 1) { out, stage in
            out.key("name", indent: 3)
            out.string(stage.name)
            for (key, value) in [("current", stage.current), ("future", stage.future), ("change", stage.change)] as [(StaticString, Hundredths?)] {
                out.raw(",")
                out.key(key, indent: 3)
                out.number(value?.jsonText)
            }
        }
        out.raw(",")
        out.key("onlyCurrent", indent: 1)
        out.stringArray(onlyCurrent, indent: 1)
        out.raw(",")
        out.key("onlyFuture", indent: 1)
        out.stringArray(onlyFuture, indent: 1)
        out.newline(indent: 0)
        out.raw("}\n")
        return String(decoding: out.bytes, as: UTF8.self)
    }
}
