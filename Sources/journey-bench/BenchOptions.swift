/// The suite's command line: `journey-bench [--sizes small,large,huge] [--quick] [--keys N] [--child-runs N]`.
struct BenchOptions: Sendable {
    var sizes: [BenchSize] = BenchSize.all
    var quick = false
    /// Cursor moves per size, each followed by an edit.
    var keys: Int?
    /// Times the child opens each map.
    var childRuns: Int?

    var keyCount: Int { keys ?? (quick ? 1_000 : 4_000) }
    var childRunCount: Int { childRuns ?? (quick ? 3 : 7) }

    static let usage = """
        usage: journey-bench [--sizes small,large,huge] [--quick] [--keys N] [--child-runs N]
               journey-bench open FILE [--width W] [--height H]
               journey-bench save-latency [--size small|large|huge] [--runs N]
               journey-bench co-editing [--size small|large|huge] [--seconds N]
               journey-bench generate small|large|huge FOLDER

        Generates maps of three sizes (small 6×10, large 40×500, huge 100×2,000 cells, every cell
        full) and measures parsing and writing .journey text against Foundation's JSONDecoder and
        JSONEncoder, Markdown export, opening the editor to its first frame (in a fresh process, with
        its peak memory) and the cost of each key. Then, with whole processes in a pseudo-terminal
        (Benchmarks/terminal_bench.py, which needs python3 and pyte): the first paint of
        `journey FILE`, a sideways sweep's bytes at 200×50 against the changed-cell floor, and
        `journey check` beside python3's json.load of the same map as JSON; VisiData (vd) beside
        journey when it is installed. Prints Markdown tables, the ratios and a PASS or MISS line
        per target. Build it in release: swift build -c release; swift run -c release journey-bench

          --sizes LIST     which sizes to measure (default: small,large,huge)
          --quick          fewer runs and keys, for a rough look (default keys 1,000, child runs 3)
          --keys N         cursor moves per size, each followed by a cell edit (default 4,000)
          --child-runs N   how often the child process opens each map (default 7)

        `open` is the child the suite starts: it opens FILE as `journey FILE` does, renders the
        first frame and prints its time and peak memory. `generate` writes the map of one size into
        FOLDER as .journey, .json and .csv, to take a figure again by hand (time, perf, valgrind).
        """

    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ arguments: [String]) throws -> BenchOptions {
        var options = BenchOptions()
        var index = 0
        func value(_ name: String) throws -> String {
            index += 1
            guard index < arguments.count else { throw Problem(description: "\(name) needs a value") }
            return arguments[index]
        }
        func count(_ name: String) throws -> Int {
            let text = try value(name)
            guard let number = Int(text.filter { $0 != "," && $0 != "_" }), number > 0 else {
                throw Problem(description: "\(name) needs a positive number, not '\(text)'")
            }
            return number
        }
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--sizes":
                let names = try value(argument).split(separator: ",").map { $0.filter { !$0.isWhitespace } }
                options.sizes = try names.map { name in
                    guard let size = BenchSize.all.first(where: { $0.name == name }) else {
                        throw Problem(description: "unknown size '\(name)': use small, large, huge")
                    }
                    return size
                }
                // Keep the table's order whatever order they were named in.
                options.sizes = BenchSize.all.filter(options.sizes.contains)
            case "--quick":
                options.quick = true
            case "--keys":
                options.keys = try count(argument)
            case "--child-runs":
                options.childRuns = try count(argument)
            default:
                throw Problem(description: "unknown option '\(argument)'")
            }
            index += 1
        }
        guard !options.sizes.isEmpty else { throw Problem(description: "--sizes names no size") }
        return options
    }
}
