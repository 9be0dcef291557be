import Glibc
import JourneyEditor
import JourneySession
import JourneyKit

// journey-bench: the benchmark suite. See BenchOptions.usage, or run it with --help.

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "open" {
    ChildProcess.openAndReport(arguments: Array(arguments.dropFirst()))
}
if arguments.first == "generate" {
    GenerateMaps.main(arguments: Array(arguments.dropFirst()))
}
if arguments.first == "save-latency" {
    SaveLatency.main(arguments: Array(arguments.dropFirst()))
}
if arguments.first == "co-editing-watch" {
    CoEditingBench.watch(arguments: Array(arguments.dropFirst()))
}
if arguments.first == "co-editing" {
    CoEditingBench.main(arguments: Array(arguments.dropFirst()))
}
if arguments.contains("--help") || arguments.contains("-h") {
    StandardOutput.write(BenchOptions.usage + "\n")
    exit(0)
}

let options: BenchOptions
do {
    options = try BenchOptions.parse(arguments)
} catch {
    StandardOutput.error("journey-bench: \(error)\n\n\(BenchOptions.usage)")
    exit(64)
}

/// Progress goes to standard error, so that standard output is the report alone.
func log(_ text: String) {
    StandardOutput.error("journey-bench: " + text)
}

#if DEBUG
log("this is a debug build: the figures mean little; use swift run -c release journey-bench")
#endif

var directoryTemplate = Array("/tmp/journey-bench-XXXXXX".utf8CString)
guard let directoryPointer = mkdtemp(&directoryTemplate) else {
    log("cannot make a temporary folder")
    exit(1)
}
let directory = String(cString: directoryPointer)

/// Writes the map's text to the temporary folder and returns its path.
func writeFile(_ bytes: [UInt8], name: String) throws -> String {
    let path = directory + "/" + name + ".journey"
    try AtomicFileWriter().write(bytes, to: path)
    return path
}

/// Removes the maps and whatever the editor sessions left beside them (presence files).
func removeFiles() {
    guard let folder = opendir(directory) else { return }
    var names: [String] = []
    while let entry = readdir(folder) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if name != "." && name != ".." { names.append(name) }
    }
    closedir(folder)
    for name in names { unlink(directory + "/" + name) }
}

/// Opens `path` in `runs` child processes (after one untimed run) and gathers their figures.
func childFigures(path: String, runs: Int) throws -> (total: Samples, inside: [Double], peak: Int) {
    _ = try ChildProcess.open(file: path, size: EditorBenchmarks.smallScreen)
    var total = Samples(), inside: [Double] = [], peak = 0
    for _ in 0..<runs {
        let outcome = try ChildProcess.open(file: path, size: EditorBenchmarks.smallScreen)
        total.nanoseconds.append(outcome.totalNanoseconds)
        inside.append(outcome.insideMilliseconds * 1e6)
        peak = max(peak, outcome.peakKilobytes)
    }
    return (total, inside, peak)
}

var reports: [SizeReport] = []
var terminalFigures: [(size: BenchSize, figures: TerminalBenchmarks.Figures)] = []
let terminalUnavailable = TerminalBenchmarks.whyUnavailable()
if let terminalUnavailable { log("no pseudo-terminal figures: " + terminalUnavailable) }
var baselineKilobytes = 0
do {
    for size in options.sizes {
        let plan = MeasurementPlan.forSize(size, quick: options.quick)
        log("[\(size.name)] generating \(size.stages)×\(size.touchpoints) cells")
        let text = JourneyWriter.bytes(for: MapGenerator.map(size))
        // Everything is measured on the map as read from its file, as the editor and a save see it.
        let map: JourneyMap
        do {
            map = try JourneyParser.parse(text, path: size.name + ".journey")
        } catch {
            throw FormatBenchmarks.Failure(description: "the generated map does not parse: \(error)")
        }
        guard JourneyWriter.bytes(for: map) == text else {
            throw FormatBenchmarks.Failure(description: "the generated map does not read back as written")
        }
        let path = try writeFile(text, name: size.name)
        log("[\(size.name)] opening in a child process")
        let child = try childFigures(path: path, runs: options.childRunCount)
        if size == .small { baselineKilobytes = child.peak }
        let formats = try FormatBenchmarks.run(map: map, text: text, plan: plan) { log("[\(size.name)] " + $0) }
        let editor = try EditorBenchmarks.run(map: map, path: path, plan: plan, keys: options.keyCount) { log("[\(size.name)] " + $0) }
        reports.append(SizeReport(
            size: size, formats: formats, editor: editor,
            childTotal: child.total, childInside: child.inside, peakKilobytes: child.peak))
        if terminalUnavailable == nil {
            let figures = try TerminalBenchmarks.run(map: map, path: path, size: size, runs: options.childRunCount) { log("[\(size.name)] " + $0) }
            terminalFigures.append((size, figures))
        }
        removeFiles()
    }
    if baselineKilobytes == 0 {
        // The memory target's constant: what the runtime takes to open a tiny map.
        let path = try writeFile(JourneyWriter.bytes(for: MapGenerator.map(.small)), name: "baseline")
        baselineKilobytes = try childFigures(path: path, runs: 1).peak
        removeFiles()
    }
} catch {
    log("failed: \(error)")
    removeFiles()
    rmdir(directory)
    exit(1)
}
rmdir(directory)

let report = TableReport(
    reports: reports, baselineKilobytes: baselineKilobytes, keys: options.keyCount,
    childRuns: options.childRunCount, quick: options.quick)
StandardOutput.write(report.render())
StandardOutput.write(TerminalReport(sizes: terminalFigures, unavailable: terminalUnavailable).render())
