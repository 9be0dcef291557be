/// The pseudo-terminal figures (see ``TerminalBenchmarks``) as a Markdown table, the ratios and a
/// PASS/MISS line per target.
struct TerminalReport {
    /// The figures per size, in the order measured.
    var sizes: [(size: BenchSize, figures: TerminalBenchmarks.Figures)]
    /// Why the figures could not be measured, when they could not.
    var unavailable: String?

    typealias T = TableReport

    private func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        let ordered = values.sorted()
        let middle = ordered.count / 2
        return ordered.count % 2 == 1 ? ordered[middle] : (ordered[middle - 1] + ordered[middle]) / 2
    }

    private func figures(_ name: String) -> TerminalBenchmarks.Figures? {
        sizes.first { $0.size.name == name }?.figures
    }

    /// Whether a key scrolled the grid: it changed at least a quarter of the screen.
    static func scrolled(_ cost: TerminalBenchmarks.KeyCost) -> Bool {
        cost.changed * 4 >= TerminalBenchmarks.sweepSize.columns * TerminalBenchmarks.sweepSize.rows
    }

    func render() -> String {
        if let unavailable { return "\nWhole processes in a pseudo-terminal: not measured: \(unavailable)\n" }
        var lines: [String] = []
        let names = sizes.map { "\($0.size.name) (\($0.size.stages)×\($0.size.touchpoints))" }
        lines.append("")
        lines.append("| whole processes in a pseudo-terminal | " + names.joined(separator: " | ") + " |")
        lines.append("| --- |" + String(repeating: " --- |", count: sizes.count))
        func row(_ label: String, _ value: (TerminalBenchmarks.Figures) -> String) {
            lines.append("| \(label) | " + sizes.map { value($0.figures) }.joined(separator: " | ") + " |")
        }
        row("first paint, `journey FILE` at 80×24 (median)") { T.format(median($0.firstPaint), decimals: 1) + " ms" }
        if sizes.contains(where: { !$0.figures.visiDataFirstPaint.isEmpty }) {
            row("first paint, VisiData on the same grid as CSV") {
                $0.visiDataFirstPaint.isEmpty ? "–" : T.format(median($0.visiDataFirstPaint), decimals: 1) + " ms"
            }
        }
        row("`journey check`, whole process (median)") {
            T.milliseconds($0.check.median) + " · " + T.format(T.rate($0.journeyBytes, $0.check.median), decimals: 0) + " MB/s"
        }
        row("`python3` `json.load` of the same map as JSON") {
            T.milliseconds($0.pythonJSON.median) + " (" + T.megabytes($0.jsonBytes) + ")"
        }
        if let huge = figures("huge"), !huge.sweep.isEmpty {
            lines.append("")
            lines.append("A sideways sweep on the huge map at 200×50 (16 moves right, then 6 down, from the first cell):")
            lines.append("")
            lines.append("| | bytes sent | changed-cell floor | keys that scrolled | median bytes / floor, moves within the screen |")
            lines.append("| --- | --- | --- | --- | --- |")
            func sweepRow(_ name: String, _ keys: [TerminalBenchmarks.KeyCost]) {
                let within = keys.filter { !Self.scrolled($0) && $0.floor > 0 }.map { Double($0.bytes) / Double($0.floor) }
                lines.append("| \(name) | \(T.grouped(keys.map(\.bytes).reduce(0, +))) | \(T.grouped(keys.map(\.floor).reduce(0, +))) | "
                    + "\(keys.filter(Self.scrolled).count) of \(keys.count) | \(T.format(median(within), decimals: 2))× |")
            }
            sweepRow("journey", huge.sweep)
            if !huge.visiDataSweep.isEmpty { sweepRow("VisiData", huge.visiDataSweep) }
            lines.append("")
            lines.append("journey, bytes per key (floor): " + huge.sweep.map { "\($0.key) \($0.bytes) (\($0.floor))" }.joined(separator: ", "))
        }
        lines.append("")
        lines.append(contentsOf: targets())
        return lines.joined(separator: "\n") + "\n"
    }

    func targets() -> [String] {
        var lines = ["Targets, whole processes in a pseudo-terminal:"]
        func line(_ pass: Bool?, _ text: String) {
            lines.append((pass.map { $0 ? "PASS" : "MISS" } ?? "----") + "  " + text)
        }
        guard let huge = figures("huge") else {
            line(nil, "the huge map's first paint, sweep and check: add huge to --sizes")
            return lines
        }
        let paint = median(huge.firstPaint)
        if huge.visiDataFirstPaint.isEmpty {
            line(nil, "first paint of the huge map ≤ 0.3 × VisiData's: VisiData is not installed (pip install visidata)")
        } else {
            let ratio = paint / median(huge.visiDataFirstPaint)
            line(ratio <= 0.3, "first paint of the huge map ≤ 0.3 × VisiData's on the same grid: \(T.format(paint, decimals: 1)) ms, \(T.format(ratio, decimals: 2))×")
        }
        if let small = figures("small") {
            let ratio = paint / median(small.firstPaint)
            line(ratio <= 3, "first paint of the huge map ≤ 3 × the small map's: \(T.format(ratio, decimals: 2))×")
        } else {
            line(nil, "first paint of the huge map ≤ 3 × the small map's: add small to --sizes")
        }
        if !huge.sweep.isEmpty {
            let ours = huge.sweep.map(\.bytes).reduce(0, +)
            if huge.visiDataSweep.isEmpty {
                line(nil, "sweep bytes ≤ 0.25 × VisiData's: VisiData is not installed (journey sent \(T.grouped(ours)) bytes)")
            } else {
                let ratio = Double(ours) / Double(huge.visiDataSweep.map(\.bytes).reduce(0, +))
                line(ratio <= 0.25, "sweep at 200×50, total bytes ≤ 0.25 × VisiData's for the same keys: \(T.format(ratio, decimals: 2))×")
            }
            let within = huge.sweep.filter { !Self.scrolled($0) && $0.floor > 0 }.map { Double($0.bytes) / Double($0.floor) }
            let ratio = median(within)
            line(ratio <= 2, "moves within the screen: bytes ≤ 2 × the changed-cell floor (median): \(T.format(ratio, decimals: 2))×")
        }
        let rate = T.rate(huge.journeyBytes, huge.check.median)
        line(rate >= 100, "`journey check` on the huge map ≥ 100 MB/s, whole process: \(T.format(rate, decimals: 0)) MB/s")
        let speedup = huge.pythonJSON.median / huge.check.median
        line(speedup >= 4, "`journey check` ≥ 4 × Python's json.load of the same map as JSON: \(T.format(speedup, decimals: 2))×")
        return lines
    }
}
