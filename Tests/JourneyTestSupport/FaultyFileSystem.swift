import Glibc
import JourneyKit
import Synchronization

/// The machine's file system with faults put in on purpose: a chosen operation fails with a
/// chosen `errno` (a full disk at the write, a read-only folder at the temporary file, a failing
/// rename…), for checking that a failure at any step of a save loses nothing; and writes held
/// back as on a slow disk, for checking that a save never delays a key.
public final class FaultyFileSystem: FileSystem {
    /// An operation of ``FileSystem``.
    public enum Operation: String, Sendable, CaseIterable {
        case readFile, status, linkTarget, createTemporaryFile, write, synchronize, close, setPermissions, rename, synchronizeDirectory, directoryEntries, removeFile
    }

    /// A fault: `operation` fails with `errno` on paths containing `pathContaining` (any path when
    /// empty), at most `times` times (without limit when `nil`).
    public struct Fault: Sendable {
        public var operation: Operation
        public var errno: Int32
        public var pathContaining: String
        public var times: Int?

        public init(_ operation: Operation, errno: Int32, pathContaining: String = "", times: Int? = nil) {
            self.operation = operation
            self.errno = errno
            self.pathContaining = pathContaining
            self.times = times
        }
    }

    private let real = LocalFileSystem()
    private let faults: Mutex<[Fault]>
    private let calls = Mutex<[Operation]>([])
    private let slowWrites = Mutex(SlowWrites())

    /// Writes held back or slowed down, and how many overlapped.
    private struct SlowWrites {
        /// Writes to paths containing this are affected ("" for none).
        var pathContaining = ""
        var held = false
        var delaySeconds = 0.0
        var writing = 0
        var waiting = 0
        var mostAtOnce = 0
        var finished = 0
    }

    /// A file system with these faults.
    public init(_ faults: [Fault] = []) {
        self.faults = Mutex(faults)
    }

    /// Adds a fault from now on.
    public func add(_ fault: Fault) {
        faults.withLock { $0.append(fault) }
    }

    /// Removes every fault.
    public func heal() {
        faults.withLock { $0.removeAll() }
    }

    /// Holds every write to a path containing `pathContaining` until ``releaseWrites()`` (for at
    /// most 5 seconds), as a disk that stalls would; with `delaySeconds`, each such write also takes that long.
    public func slowDownWrites(pathContaining: String, hold: Bool, delaySeconds: Double = 0) {
        slowWrites.withLock {
            $0.pathContaining = pathContaining
            $0.held = hold
            $0.delaySeconds = delaySeconds
        }
    }

    /// Lets held writes go on.
    public func releaseWrites() {
        slowWrites.withLock { $0.held = false }
    }

    /// How many slowed writes are waiting for ``releaseWrites()`` now.
    public var writesWaiting: Int { slowWrites.withLock { $0.waiting } }
    /// How many slowed writes have finished.
    public var slowWritesFinished: Int { slowWrites.withLock { $0.finished } }
    /// The most slowed writes that were under way at the same moment.
    public var mostWritesAtOnce: Int { slowWrites.withLock { $0.mostAtOnce } }

    /// The operations performed (or attempted) so far, in order.
    public var operations: [Operation] { calls.withLock { $0 } }

    private func check(_ operation: Operation, _ path: String) throws(FileError) {
        calls.withLock { $0.append(operation) }
        let failure: Int32? = faults.withLock { faults in
            guard let index = faults.firstIndex(where: { $0.operation == operation && (($0.pathContaining.isEmpty) || path.contains($0.pathContaining)) && $0.times != 0 }) else { return nil }
            if let times = faults[index].times { faults[index].times = times - 1 }
            return faults[index].errno
        }
        if let failure { throw FileError(path: path, operation: "cannot \(operation.rawValue)", errno: failure) }
    }

    public func readFile(_ path: String) throws(FileError) -> [UInt8] {
        try check(.readFile, path)
        return try real.readFile(path)
    }

    public func status(_ path: String) throws(FileError) -> FileStatus? {
        try check(.status, path)
        return try real.status(path)
    }

    public func linkTarget(_ path: String) throws(FileError) -> String? {
        try check(.linkTarget, path)
        return try real.linkTarget(path)
    }

    public func createTemporaryFile(in directory: String, prefix: String) throws(FileError) -> (descriptor: Int32, path: String) {
        try check(.createTemporaryFile, directory + "/" + prefix)
        return try real.createTemporaryFile(in: directory, prefix: prefix)
    }

    public func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileError) {
        try check(.write, path)
        let delay: Double? = slowWrites.withLock { slow in
            guard !slow.pathContaining.isEmpty, path.contains(slow.pathContaining) else { return nil }
            slow.writing += 1
            slow.mostAtOnce = max(slow.mostAtOnce, slow.writing)
            slow.waiting += 1
            return slow.delaySeconds
        }
        guard let delay else { return try real.write(bytes, to: descriptor, path: path) }
        // Held for at most 5 seconds, so that code that waits for its own write fails a test
        // rather than hanging it.
        var heldFor = 0
        while slowWrites.withLock({ $0.held }), heldFor < 5000 {
            usleep(1000)
            heldFor += 1
        }
        slowWrites.withLock { $0.waiting -= 1 }
        if delay > 0 { usleep(UInt32(delay * 1_000_000)) }
        defer {
            slowWrites.withLock {
                $0.writing -= 1
                $0.finished += 1
            }
        }
        try real.write(bytes, to: descriptor, path: path)
    }

    public func synchronize(_ descriptor: Int32, path: String) throws(FileError) {
        try check(.synchronize, path)
        try real.synchronize(descriptor, path: path)
    }

    public func close(_ descriptor: Int32, path: String) throws(FileError) {
        do {
            try check(.close, path)
        } catch {
            _ = Glibc.close(descriptor)  // a failed close still releases the descriptor
            throw error
        }
        try real.close(descriptor, path: path)
    }

    public func setPermissions(_ permissions: UInt32, of path: String) throws(FileError) {
        try check(.setPermissions, path)
        try real.setPermissions(permissions, of: path)
    }

    public func rename(_ source: String, to destination: String) throws(FileError) {
        try check(.rename, destination)
        try real.rename(source, to: destination)
    }

    public func synchronizeDirectory(_ path: String) throws(FileError) {
        try check(.synchronizeDirectory, path)
        try real.synchronizeDirectory(path)
    }

    public func directoryEntries(_ path: String) throws(FileError) -> [String] {
        try check(.directoryEntries, path)
        return try real.directoryEntries(path)
    }

    public func removeFile(_ path: String) throws(FileError) {
        try check(.removeFile, path)
        try real.removeFile(path)
    }

    public func creationMask() -> UInt32 {
        real.creationMask()
    }
}
