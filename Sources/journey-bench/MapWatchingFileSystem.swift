import JourneyKit
import Synchronization

/// The machine's file system, watching one map's file: how many times it was replaced (a save's
/// rename over it), when the last replacement finished, and how many times it was read.
final class MapWatchingFileSystem: FileSystem {
    private let real = LocalFileSystem()
    private let mapPath: String
    private let record = Mutex<(writes: Int, lastWrite: UInt64, reads: Int)>((0, 0, 0))

    init(mapPath: String) { self.mapPath = mapPath }

    /// How many times the map's file was replaced.
    var writes: Int { record.withLock { $0.writes } }
    /// When the map's file was last replaced, in ``MonotonicClock`` nanoseconds (0 before).
    var lastWriteAt: UInt64 { record.withLock { $0.lastWrite } }
    /// How many times the map's file was read whole.
    var reads: Int { record.withLock { $0.reads } }

    func rename(_ source: String, to destination: String) throws(FileError) {
        try real.rename(source, to: destination)
        guard destination == mapPath else { return }
        let now = MonotonicClock.now()
        record.withLock { $0.writes += 1; $0.lastWrite = now }
    }

    func readFile(_ path: String) throws(FileError) -> [UInt8] {
        if path == mapPath { record.withLock { $0.reads += 1 } }
        return try real.readFile(path)
    }

    func status(_ path: String) throws(FileError) -> FileStatus? { try real.status(path) }
    func linkTarget(_ path: String) throws(FileError) -> String? { try real.linkTarget(path) }
    func createTemporaryFile(in directory: String, prefix: String) throws(FileError) -> (descriptor: Int32, path: String) {
        try real.createTemporaryFile(in: directory, prefix: prefix)
    }
    func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileError) { try real.write(bytes, to: descriptor, path: path) }
    func synchronize(_ descriptor: Int32, path: String) throws(FileError) { try real.synchronize(descriptor, path: path) }
    func close(_ descriptor: Int32, path: String) throws(FileError) { try real.close(descriptor, path: path) }
    func setPermissions(_ permissions: UInt32, of path: String) throws(FileError) { try real.setPermissions(permissions, of: path) }
    func synchronizeDirectory(_ path: String) throws(FileError) { try real.synchronizeDirectory(path) }
    func directoryEntries(_ path: String) throws(FileError) -> [String] { try real.directoryEntries(path) }
    func removeFile(_ path: String) throws(FileError) { try real.removeFile(path) }
    func creationMask() -> UInt32 { real.creationMask() }
}
