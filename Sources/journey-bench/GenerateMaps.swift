import Foundation
import JourneyKit

/// `journey-bench generate SIZE FOLDER`: writes the benchmark's map of one size into a folder
/// as `SIZE.journey`, `SIZE.json` and `SIZE.csv` (the grid as VisiData is given it), so that a
/// figure of the suite can be taken again by hand (`time journey check FOLDER/huge.journey`,
/// `perf record`, `valgrind`) on exactly the map the suite measures.
enum GenerateMaps {
    static func main(arguments: [String]) -> Never {
        guard arguments.count == 2, let size = BenchSize.all.first(where: { $0.name == arguments[0] }) else {
            StandardOutput.error("usage: journey-bench generate small|large|huge FOLDER")
            exit(64)
        }
        do {
            for (path, count) in try write(size, into: arguments[1]) {
                StandardOutput.write("\(path)  \(count) bytes\n")
            }
        } catch {
            StandardOutput.error("journey-bench generate: \(error)")
            exit(1)
        }
        exit(0)
    }

    /// Writes the map of `size` into `folder` (made if missing) as `.journey`, `.json` and `.csv`,
    /// and returns each file's path and size.
    static func write(_ size: BenchSize, into folder: String) throws -> [(path: String, bytes: Int)] {
        let map = MapGenerator.map(size)
        let outputs: [(String, [UInt8])] = [
            ("journey", JourneyWriter.bytes(for: map)),
            ("json", Array(JSONInterchange.encode(map).utf8)),
            ("csv", Array(TerminalBenchmarks.csv(for: map).utf8)),
        ]
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var written: [(path: String, bytes: Int)] = []
        for (suffix, bytes) in outputs {
            let path = folder + "/\(size.name).\(suffix)"
            try AtomicFileWriter().write(bytes, to: path)
            written.append((path, bytes.count))
        }
        return written
    }
}
