/// Everything measured for one map size.
struct SizeReport: Sendable {
    var size: BenchSize
    var formats: FormatResults
    var editor: EditorResults
    /// Spawn-to-exit times of the child that opens the map to its first 80×24 frame.
    var childTotal: Samples
    /// The same runs, from the child's `main` to its finished frame, in milliseconds.
    var childInside: [Double]
    /// The child's peak resident set (the highest over its runs), in kilobytes.
    var peakKilobytes: Int
}

/// The figures as a Markdown table, the ratios the issue asks for, and a PASS/MISS line per target.
struct TableReport {
    var reports: [SizeReport]
    /// The peak resident set of a child opening the small map: the runtime's own share, the
    /// "small constant" of the memory target.
    var baselineKilobytes: Int
    var keys: Int
    var childRuns: Int
    var quick: Bool

    // MARK: Formatting

    static func milliseconds(_ nanoseconds: Double) -> String {
        let ms = nanoseconds / 1e6
        if ms >= 100 { return format(ms, decimals: 0) + " ms" }
        if ms >= 10 { return format(ms, decimals: 1) + " ms" }
        if ms >= 0.1 { return format(ms, decimals: 2) + " ms" }
        return format(ms, decimals: 3) + " ms"
    }

    static func microseconds(_ nanoseconds: Double) -> String {
        let us = nanoseconds / 1e3
        if us >= 1000 { return format(us / 1000, decimals: 2) + " ms" }
        return format(us, decimals: us >= 100 ? 0 : 1) + " µs"
    }

    static func megabytes(_ bytes: Int) -> String {
        let mb = Double(bytes) / 1e6
        if mb >= 10 { return format(mb, decimals: 1) + " MB" }
        if mb >= 0.1 { return format(mb, decimals: 2) + " MB" }
        return format(Double(bytes) / 1e3, decimals: 1) + " kB"
    }

    /// MB/s for `bytes` in `nanoseconds`.
    static func rate(_ bytes: Int, _ nanoseconds: Double) -> Double {
        Double(bytes) / 1e6 / (nanoseconds / 1e9)
    }

    static func throughput(_ bytes: Int, _ samples: Samples) -> String {
        "\(milliseconds(samples.median)) · \(format(rate(bytes, samples.median), decimals: 0)) MB/s"
    }

    static func times(_ value: Double) -> String {
        format(value, decimals: value >= 10 ? 1 : 2) + "×"
    }

    static func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (abs(value) * scale).rounded()
        let whole = Int(rounded / scale)
        var text = (value < 0 && rounded > 0 ? "-" : "") + grouped(whole)
        if decimals > 0 {
            let fraction = Int(rounded) - whole * Int(scale)
            var digits = String(fraction)
            while digits.count < decimals { digits = "0" + digits }
            text += "." + digits
        }
        return text
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
            result.append(character)
        }
        return result
    }

    // MARK: The table

    func render() -> String {
        var lines: [String] = []
        let header = ["measurement"] + reports.map { "\($0.size.name) (\($0.size.stages)×\(TableReport.grouped($0.size.touchpoints)))" }
        lines.append("| " + header.joined(separator: " | ") + " |")
        lines.append("|" + String(repeating: " --- |", count: header.count))
        func row(_ label: String, _ value: (SizeReport) -> String) {
            lines.append("| " + ([label] + reports.map(value)).joined(separator: " | ") + " |")
        }
        func section(_ title: String) {
            lines.append("| **" + title + "** |" + String(repeating: " |", count: reports.count))
        }
        typealias T = TableReport

        section("map")
        row("cells (each with note, emotion, feeling, pain point, opportunity)") { T.grouped($0.size.cells) }
        row(".journey file") { T.megabytes($0.formats.journeyBytes) }
        row("JSON (JSONEncoder)") { T.megabytes($0.formats.jsonBytes) }

        section("1. .journey text")
        row("parse (JourneyParser, bytes → JourneyMap)") { T.throughput($0.formats.journeyBytes, $0.formats.parse) }
        row("write (JourneyWriter, JourneyMap → bytes)") { T.throughput($0.formats.journeyBytes, $0.formats.write) }

        section("2. JSON baseline: Foundation Codable")
        row("JSONDecoder (JSON → JourneyJSONDocument)") { T.throughput($0.formats.jsonBytes, $0.formats.jsonDecode) }
        row("JSONDecoder + makeMap (JSON → JourneyMap)") { T.throughput($0.formats.jsonBytes, $0.formats.jsonDecodeToMap) }
        row("JSONEncoder (JourneyMap → document → JSON)") { T.throughput($0.formats.jsonBytes, $0.formats.jsonEncode) }
        row("for comparison: JSONInterchange.decode (journey's reader)") { T.milliseconds($0.formats.interchangeDecode.median) }
        row("for comparison: JSONInterchange.encode") { T.milliseconds($0.formats.interchangeEncode.median) }

        section("3. exports and CSV")
        row("MarkdownExporter.markdown") { T.throughput($0.formats.markdownBytes, $0.formats.markdown) }
        row("CSVExporter.csv (JourneyMap → a row per cell)") { T.throughput($0.formats.csvBytes, $0.formats.csvExport) }
        row("CSVImporter.read (a row per cell → JourneyMap)") { T.throughput($0.formats.csvBytes, $0.formats.csvImport) }

        section("4. opening in the editor (headless)")
        row("read + parse + state + first frame 80×24, in process") { T.milliseconds($0.editor.open80.median) }
        row("read + parse + state + first frame 200×50, in process") { T.milliseconds($0.editor.open200.median) }
        row("render the first frame alone, 80×24 / 200×50") {
            T.microseconds($0.editor.render80.median) + " / " + T.microseconds($0.editor.render200.median)
        }
        row("open to first 80×24 frame, child process spawn → exit (median of \(childRuns))") { T.milliseconds($0.childTotal.median) }
        row("  of which in the child from main to the frame") { T.milliseconds(median($0.childInside)) }

        section("5. per key at 80×24, update + render (\(T.grouped(keys)) of each)")
        row("cursor move: median / p99") { T.microseconds($0.editor.moves.median) + " / " + T.microseconds($0.editor.moves.percentile(0.99)) }
        row("cell edit (emotion key): median / p99") { T.microseconds($0.editor.edits.median) + " / " + T.microseconds($0.editor.edits.percentile(0.99)) }
        row("cell edit median: first 10% → last 10% of the keys") {
            T.microseconds($0.editor.edits.slice(0...0.1).median) + " → " + T.microseconds($0.editor.edits.slice(0.9...1).median)
        }
        row("undo history at the end (changes)") { T.grouped($0.editor.historyLength) }

        section("6. memory")
        row("peak resident set opening (child, VmHWM)") { T.megabytes($0.peakKilobytes * 1024) }
        row("peak resident set ÷ .journey file size") { T.times(Double($0.peakKilobytes * 1024) / Double($0.formats.journeyBytes)) }

        lines.append("")
        lines.append("Times are medians of repeated runs (\(quick ? "--quick: few runs, rough figures" : "warm caches")); MB/s are of the format's own bytes.")
        lines.append("")
        lines.append(contentsOf: ratios())
        lines.append("")
        lines.append(contentsOf: targets())
        return lines.joined(separator: "\n") + "\n"
    }

    private func median(_ values: [Double]) -> Double {
        Samples(nanoseconds: values.map { UInt64(max(0, $0)) }).median
    }

    private func report(_ name: String) -> SizeReport? {
        reports.first { $0.size.name == name }
    }

    // MARK: Ratios

    func ratios() -> [String] {
        typealias T = TableReport
        var lines = ["Ratios:"]
        func perSize(_ value: (SizeReport) -> Double) -> String {
            reports.map { "\($0.size.name) \(T.times(value($0)))" }.joined(separator: " · ")
        }
        lines.append("- parse .journey vs JSONDecoder on the same map, times faster: "
            + perSize { $0.formats.jsonDecode.median / $0.formats.parse.median }
            + " (vs JSONDecoder + makeMap: " + perSize { $0.formats.jsonDecodeToMap.median / $0.formats.parse.median } + ")")
        lines.append("- write .journey vs JSONEncoder on the same map, times faster: "
            + perSize { $0.formats.jsonEncode.median / $0.formats.write.median })
        if let small = report("small"), let huge = report("huge") {
            lines.append("- per key, huge ÷ small median: cursor move \(T.times(huge.editor.moves.median / small.editor.moves.median)), "
                + "cell edit \(T.times(huge.editor.edits.median / small.editor.edits.median))")
        }
        lines.append("- cell edit median, last 10% ÷ first 10% of the keys (undo history growing): "
            + perSize { $0.editor.edits.slice(0.9...1).median / $0.editor.edits.slice(0...0.1).median })
        lines.append("- peak memory opening ÷ file size: "
            + perSize { Double($0.peakKilobytes * 1024) / Double($0.formats.journeyBytes) }
            + "; the runtime alone (small map) \(T.megabytes(baselineKilobytes * 1024))")
        return lines
    }

    // MARK: Targets

    func targets() -> [String] {
        typealias T = TableReport
        var lines = ["Targets:"]
        func line(_ pass: Bool?, _ text: String) {
            let verdict = pass.map { $0 ? "PASS" : "MISS" } ?? "----"
            lines.append("\(verdict)  \(text)")
        }
        func worst(_ value: (SizeReport) -> Double, lowest: Bool) -> (SizeReport, Double)? {
            let pairs = reports.map { ($0, value($0)) }
            return lowest ? pairs.min { $0.1 < $1.1 } : pairs.max { $0.1 < $1.1 }
        }

        if let (report, ratio) = worst({ $0.formats.jsonDecode.median / $0.formats.parse.median }, lowest: true),
           let (_, toMap) = worst({ $0.formats.jsonDecodeToMap.median / $0.formats.parse.median }, lowest: true) {
            line(ratio >= 3, "parse .journey ≥ 3× faster than JSONDecoder on the same map, every size: lowest \(T.times(ratio)) (\(report.size.name)); "
                + "against JSONDecoder + makeMap, which ends in a JourneyMap as parse does, lowest \(T.times(toMap))")
        }
        if let (report, ratio) = worst({ $0.formats.jsonEncode.median / $0.formats.write.median }, lowest: true) {
            line(ratio >= 3, "write .journey ≥ 3× faster than JSONEncoder on the same map, every size: lowest \(T.times(ratio)) (\(report.size.name))")
        }
        let huge = report("huge"), small = report("small")
        if let huge {
            let parseRate = T.rate(huge.formats.journeyBytes, huge.formats.parse.median)
            let writeRate = T.rate(huge.formats.journeyBytes, huge.formats.write.median)
            line(parseRate >= 100, "parse .journey ≥ 100 MB/s on the huge map: \(T.format(parseRate, decimals: 0)) MB/s")
            line(writeRate >= 100, "write .journey ≥ 100 MB/s on the huge map: \(T.format(writeRate, decimals: 0)) MB/s")
            let open = huge.childTotal.median
            line(open < 300e6, "open the huge map to the first full screen < 300 ms, total process time: \(T.milliseconds(open))")
        } else {
            line(nil, "huge-map targets (≥ 100 MB/s, open < 300 ms, memory): not measured; add huge to --sizes")
        }
        if let (report, median) = worst({ max($0.editor.moves.median, $0.editor.edits.median) }, lowest: false) {
            line(median < 1e6, "per key (update + render) median < 1 ms, every size: highest \(T.microseconds(median)) (\(report.size.name))")
        }
        if let small, let huge {
            let move = huge.editor.moves.median / small.editor.moves.median
            let edit = huge.editor.edits.median / small.editor.edits.median
            line(move <= 1.5 && edit <= 1.5, "per key median independent of map size, huge within 1.5× of small: move \(T.times(move)), edit \(T.times(edit))")
        } else {
            line(nil, "per key median huge within 1.5× of small: needs small and huge in --sizes")
        }
        if let (report, p99) = worst({ max($0.editor.moves.percentile(0.99), $0.editor.edits.percentile(0.99)) }, lowest: false) {
            line(p99 < 5e6, "per key p99 < 5 ms, every size: highest \(T.microseconds(p99)) (\(report.size.name))")
        }
        if let (report, growth) = worst({ $0.editor.edits.slice(0.9...1).median / $0.editor.edits.slice(0...0.1).median }, lowest: false) {
            line(growth <= 1.5, "undo history does not slow edits (last 10% of edits within 1.5× of the first 10%), every size: highest \(T.times(growth)) (\(report.size.name))")
        }
        if let huge {
            let file = Double(huge.formats.journeyBytes)
            let peak = Double(huge.peakKilobytes * 1024)
            let constant = Double(baselineKilobytes * 1024)
            let limit = 4 * file + constant
            line(peak < limit, "memory opening the huge map < 4 × file size + a small constant: \(T.megabytes(Int(peak))) "
                + "< 4 × \(T.megabytes(Int(file))) + \(T.megabytes(Int(constant))) (the small map's peak) = \(T.megabytes(Int(limit)))")
        }
        return lines
    }
}
