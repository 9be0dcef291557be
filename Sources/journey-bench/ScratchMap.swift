import Glibc
import JourneyKit

/// What the whole-session benchmarks (`save-latency`, `co-editing`) share: reading their
/// `--size` and numeric options, and a generated map written into a scratch folder of their own.
struct ScratchMap {
    /// The scratch folder and the map's path in it.
    let folder: String
    let path: String
    /// The map's bytes as written.
    let bytes: [UInt8]

    /// `--size NAME` and one numeric option (`--runs`, `--seconds`) from the arguments.
    static func options(_ arguments: [String], size: BenchSize, number name: String, _ number: Double) -> (BenchSize, Double) {
        var size = size, number = number, index = 0
        while index + 1 < arguments.count {
            switch arguments[index] {
            case "--size": size = BenchSize.all.first { $0.name == arguments[index + 1] } ?? size
            case name: number = Double(arguments[index + 1]) ?? number
            default: break
            }
            index += 2
        }
        return (size, number)
    }

    /// Generates the map of `size` into a new folder under /tmp; exits with a message naming
    /// `command` when it cannot.
    static func make(_ size: BenchSize, for command: String) -> ScratchMap {
        var template = Array("/tmp/journey-bench-\(command)-XXXXXX".utf8CString)
        guard let folder = mkdtemp(&template).map({ String(cString: $0) }) else {
            StandardOutput.error("journey-bench \(command): cannot make a temporary folder")
            exit(1)
        }
        let path = folder + "/\(size.name).journey"
        StandardOutput.error("journey-bench: [\(size.name)] generating \(size.stages)×\(size.touchpoints) cells")
        let bytes = JourneyWriter.bytes(for: MapGenerator.map(size))
        do {
            try AtomicFileWriter().write(bytes, to: path)
        } catch {
            StandardOutput.error("journey-bench \(command): \(error)")
            exit(1)
        }
        return ScratchMap(folder: folder, path: path, bytes: bytes)
    }

    /// Removes the folder and everything in it (the map, its recovery and presence files).
    func remove() {
        if let directory = opendir(folder) {
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != "." && name != ".." { unlink(folder + "/" + name) }
            }
            closedir(directory)
        }
        rmdir(folder)
    }
}
