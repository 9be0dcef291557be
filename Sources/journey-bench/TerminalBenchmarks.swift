import Foundation
import JourneyKit

/// What a user of the real program waits for and what goes over the wire, measured on whole
/// processes in a pseudo-terminal beside the tools a user would compare journey with:
///
/// - first paint: from starting `journey FILE` to the map's first touchpoint on the screen, per
///   size, beside VisiData (`vd`) opening the same grid as CSV, when it is installed;
/// - a sideways sweep at 200×50 (16 moves right, then 6 down, from the first cell): the bytes
///   each key sends, against the changed-cell floor, beside VisiData with the same keys;
/// - `journey check` on the map as a whole process, beside Python's `json.load` of the same map
///   as JSON.
///
/// The pseudo-terminal and the emulated screen are in `Benchmarks/terminal_bench.py` (Python 3
/// with pyte); without them these figures are left out and the report says so.
enum TerminalBenchmarks {
    /// The text both journey and VisiData show on their first screen: the first touchpoint's name.
    static let marker = "Anuncio en Insta"
    static let sweepKeys = "right*16,down*6"
    static let sweepSize = (columns: 200, rows: 50)

    struct Figures: Sendable {
        var firstPaint: [Double] = []
        var visiDataFirstPaint: [Double] = []
        var check: Samples = Samples()
        var pythonJSON: Samples = Samples()
        var journeyBytes = 0
        var jsonBytes = 0
        var sweep: [KeyCost] = []
        var visiDataSweep: [KeyCost] = []
    }

    struct KeyCost: Sendable {
        var key: String
        var bytes: Int
        var floor: Int
        var changed: Int
    }

    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    /// The script, beside the package's sources.
    static var script: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Benchmarks/terminal_bench.py").path
    }

    /// The `journey` executable built beside this one.
    static var journey: String {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("journey").path
    }

    /// Why the pseudo-terminal figures cannot be measured here, or nil when they can.
    static func whyUnavailable() -> String? {
        guard FileManager.default.isExecutableFile(atPath: journey) else {
            return "no journey executable beside journey-bench (build it: swift build -c release)"
        }
        guard (try? run(["python3", "-c", "import pyte"]).status) == 0 else {
            return "Python 3 with pyte is needed for the terminal figures (pip install pyte)"
        }
        return nil
    }

    /// Whether VisiData is installed.
    static var hasVisiData: Bool {
        (try? run(["sh", "-c", "command -v vd"]).status) == 0
    }

    /// Measures one size.
    static func run(map: JourneyMap, path: String, size: BenchSize, runs: Int, log: (String) -> Void) throws -> Figures {
        var figures = Figures()
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        log("first paint in a pseudo-terminal")
        figures.firstPaint = try firstPaint([journey, path], runs: runs)
        let csvPath = folder + "/\(size.name).csv"
        if hasVisiData {
            try Data(csv(for: map).utf8).write(to: URL(fileURLWithPath: csvPath))
            log("VisiData's first paint")
            figures.visiDataFirstPaint = try firstPaint(["vd", csvPath], runs: runs)
        }
        figures.journeyBytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let jsonPath = folder + "/\(size.name).json"
        let json = Array(JSONInterchange.encode(map).utf8)
        figures.jsonBytes = json.count
        try Data(json).write(to: URL(fileURLWithPath: jsonPath))
        log("journey check and python3 json.load, whole processes")
        for _ in 0...runs {  // the first of each is a warm-up
            figures.check.nanoseconds.append(try timed([journey, "check", "--quiet", path]))
            figures.pythonJSON.nanoseconds.append(try timed(["python3", "-c", "import json,sys; json.load(open(sys.argv[1]))", jsonPath]))
        }
        figures.check.nanoseconds.removeFirst()
        figures.pythonJSON.nanoseconds.removeFirst()
        if size == .huge {
            log("a sideways sweep at 200×50")
            figures.sweep = try sweep([journey, path], quietMilliseconds: 150)
            if hasVisiData {
                log("VisiData's sideways sweep at 200×50")
                figures.visiDataSweep = try sweep(["vd", csvPath], quietMilliseconds: 400)
            }
        }
        try? FileManager.default.removeItem(atPath: jsonPath)
        try? FileManager.default.removeItem(atPath: csvPath)
        return figures
    }

    /// The map's grid as CSV, as VisiData would be given it: touchpoints down, stages across, each
    /// cell's note on one line.
    static func csv(for map: JourneyMap) -> String {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\"", with: "\"\"").replacingOccurrences(of: "\n", with: " ") + "\""
        }
        var lines = [(["touchpoint"] + map.stages.map(\.name)).map(quoted).joined(separator: ",")]
        for touchpoint in map.touchpoints.indices {
            var fields = [quoted(map.touchpoints[touchpoint].name)]
            for stage in map.stages.indices { fields.append(quoted(map.cell(stage: stage, touchpoint: touchpoint).note)) }
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func firstPaint(_ program: [String], runs: Int) throws -> [Double] {
        let output = try script(["first-paint", "--cols", "80", "--rows", "24", "--marker", marker, "--runs", String(runs + 1), "--"] + program)
        guard let milliseconds = output["milliseconds"] as? [Double], !milliseconds.isEmpty else {
            throw Unavailable(description: "the first-paint script gave no figures")
        }
        return Array(milliseconds.dropFirst())  // the first run is a warm-up
    }

    static func sweep(_ program: [String], quietMilliseconds: Int) throws -> [KeyCost] {
        let output = try script([
            "sweep", "--cols", String(sweepSize.columns), "--rows", String(sweepSize.rows), "--marker", marker,
            "--keys", sweepKeys, "--quiet-ms", String(quietMilliseconds), "--",
        ] + program)
        guard let keys = output["keys"] as? [[String: Any]] else {
            throw Unavailable(description: "the sweep script gave no figures")
        }
        return keys.map {
            KeyCost(key: $0["key"] as? String ?? "", bytes: $0["bytes"] as? Int ?? 0,
                    floor: $0["floor"] as? Int ?? 0, changed: $0["changed"] as? Int ?? 0)
        }
    }

    private static func script(_ arguments: [String]) throws -> [String: Any] {
        let result = try run(["python3", script] + arguments)
        guard result.status == 0, let object = try JSONSerialization.jsonObject(with: result.output) as? [String: Any] else {
            throw Unavailable(description: "terminal_bench.py \(arguments.first ?? "") failed: " + String(decoding: result.output, as: UTF8.self))
        }
        return object
    }

    /// Runs a program to its end; its standard output, and its exit status.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: Data) {
        let process = Process()
        // A path is started as it is (timing no `env` in front of it); a name is looked up in PATH.
        if let first = arguments.first, first.hasPrefix("/") {
            process.executableURL = URL(fileURLWithPath: first)
            process.arguments = Array(arguments.dropFirst())
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
        }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    /// A whole process's time, from start to exit, in nanoseconds: started with `posix_spawnp`
    /// (a name is looked up in PATH) with its output thrown away, and waited for with `waitpid`.
    /// (Foundation's `Process` adds about 50 ms to every run while it waits, which would hide
    /// the difference between two fast programs.)
    static func timed(_ arguments: [String]) throws -> UInt64 {
        guard let program = arguments.first else { throw Unavailable(description: "no program to time") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }

        var pid: pid_t = 0
        let start = MonotonicClock.now()
        let spawned = posix_spawnp(&pid, program, &actions, nil, &argv, environ)
        guard spawned == 0 else { throw Unavailable(description: "cannot start \(program): errno \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw Unavailable(description: "waitpid failed: errno \(errno)") }
        }
        let elapsed = MonotonicClock.now() - start
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            throw Unavailable(description: "\(arguments.joined(separator: " ")) failed with status \(status)")
        }
        return elapsed
    }
}
