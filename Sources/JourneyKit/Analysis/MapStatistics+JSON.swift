extension MapStatistics {
    /// The analysis as JSON, the contract of `journey stats --format json`: pretty-printed with
    /// two-space indentation, keys in the contract's order, ending with a line break.
    ///
    /// ```json
    /// {
    ///   "stages": [
    ///     {
    ///       "name": "Compra",
    ///       "averageEmotion": -1.25,
    ///       "cells": 4,
    ///       "emotions": 4,
    ///       "painPoints": 6,
    ///       "opportunities": 3,
    ///       "votes": 9,
    ///       "evidence": {
    ///         "assumed": 1,
    ///         "partial": 1,
    ///         "researched": 2,
    ///         "unstated": 0
    ///       },
    ///       "metrics": []
    ///     }
    ///   ],
    ///   "lowestStage": "Compra",
    ///   "topPainPoints": [ … { "text", "stage", "touchpoint", "votes" } ],
    ///   "opportunityMatrix": {
    ///     "quickWins": [ … { "text", "stage", "touchpoint", "impact", "effort", "votes" } ],
    ///     "bigBets": [],
    ///     "fillIns": [],
    ///     "moneyPits": [],
    ///     "unscored": []
    ///   }
    /// }
    /// ```
    ///
    /// Averages are rounded to two decimals and written with the fewest digits (`-1.25`, `0.5`,
    /// `1`), `null` when a stage has no rated cell; `lowestStage` is `null` when no stage has one.
    /// Every stage carries `metrics`, its figures as the map's JSON writes them (`name`, `value`,
    /// then `unit` and `source` when set), `[]` when it has none. An opportunity without a score
    /// (in `unscored`) has `null` for it; entries carry exactly the keys of the contract (owners show in the text and Markdown forms).
    public func json() -> String {
        var out = JSONTextWriter(capacity: 256 + stages.count * 320 + (topPainPoints.count + opportunityMatrix.count) * 160)
        out.raw("{")
        out.key("stages", indent: 1)
        out.objectArray(stages, indent: 1) { out, stage in
            out.key("name", indent: 3)
            out.string(stage.name)
            out.raw(",")
            out.key("averageEmotion", indent: 3)
            out.number(stage.averageEmotion?.jsonText)
            for (key, value) in [("cells", stage.cells), ("emotions", stage.emotions), ("painPoints", stage.painPoints),
                                 ("opportunities", stage.opportunities), ("votes", stage.votes)] as [(StaticString, Int)] {
                out.raw(",")
                out.key(key, indent: 3)
                out.integer(value)
            }
            out.raw(",")
            out.key("evidence", indent: 3)
            out.raw("{")
            for (offset, (key, value)) in ([("assumed", stage.evidence.assumed), ("partial", stage.evidence.partial),
                                            ("researched", stage.evidence.researched), ("unstated", stage.evidence.unstated)]
                                           as [(StaticString, Int)]).enumerated() {
                if offset > 0 { out.raw(",") }
                out.key(key, indent: 4)
                out.integer(value)
            }
            out.newline(indent: 3)
            out.raw("}")
            out.raw(",")
            out.key("metrics", indent: 3)
            if stage.metrics.isEmpty { out.raw("[]") } else { out.metrics(stage.metrics, indent: 3) }
        }
        out.raw(",")
        out.key("lowestStage", indent: 1)
        out.optionalString(lowestStage.map { stages[$0].name })
        out.raw(",")
        out.key("topPainPoints", indent: 1)
        out.objectArray(topPainPoints, indent: 1) { out, located in
            Self.writePlace(of: located, to: &out, indent: 3)
            out.raw(",")
            out.key("votes", indent: 3)
            out.integer(located.item.votes)
        }
        out.raw(",")
        out.key("opportunityMatrix", indent: 1)
        out.raw("{")
        for quadrant in OpportunityQuadrant.allCases {
            if quadrant.rawValue > 0 { out.raw(",") }
            out.newline(indent: 2)
            out.string(quadrant.jsonName)
            out.raw(": ")
            out.objectArray(opportunityMatrix[quadrant], indent: 2) { out, located in
                Self.writePlace(of: located, to: &out, indent: 4)
                out.raw(",")
                out.key("impact", indent: 4)
                out.number(located.item.impact.map(String.init))
                out.raw(",")
                out.key("effort", indent: 4)
                out.number(located.item.effort.map(String.init))
                out.raw(",")
                out.key("votes", indent: 4)
                out.integer(located.item.votes)
            }
        }
        out.newline(indent: 1)
        out.raw("}")
        out.newline(indent: 0)
        out.raw("}\n")
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Writes `"text"`, `"stage"` and `"touchpoint"` of an item.
    private static func writePlace(of located: LocatedItem, to out: inout JSONTextWriter, indent level: Int) {
        out.key("text", indent: level)
        out.string(located.item.text)
        out.raw(",")
        out.key("stage", indent: level)
        out.string(located.stageName)
        out.raw(",")
        out.key("touchpoint", indent: level)
        out.string(located.touchpointName)
    }
}
