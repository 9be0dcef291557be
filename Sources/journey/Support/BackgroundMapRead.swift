import Foundation
import JourneyKit

/// Reads a whole map on a thread of its own, so that the editor can paint a first screen from a
/// preview meanwhile (see `JourneyParser.preview`). ``wait()`` gives the map, or every problem
/// found in the file; the editor starts only on the whole map.
final class BackgroundMapRead: @unchecked Sendable {
    /// What the read gave: the map and the version of the file it was read from, or why not.
    typealias Outcome = Result<(map: JourneyMap, version: FileVersion), MapFileError>

    private let done = DispatchSemaphore(value: 0)
    /// Written once by the thread before `done` is signalled, read only after waiting for it.
    private var outcome: Outcome?

    /// Starts reading `bytes` (the file at `path`, in `format`). The bytes are taken: once the
    /// caller has let go of its own reference too, they are freed as soon as the text is read,
    /// before the map is built.
    convenience init(bytes: consuming [UInt8], path: String, format: MapFormat) {
        self.init(input: Input(bytes), path: path, format: format)
    }

    /// Starts reading the file at `path` (in `format`) whole, from disk, on the thread.
    convenience init(path: String, format: MapFormat) {
        self.init(input: Input(path: path), path: path, format: format)
    }

    private init(input: Input, path: String, format: MapFormat) {
        let thread = Thread { [self] in
            let result: Outcome
            do throws(MapFileError) {
                let bytes = try input.take()
                let version = FileVersion(contents: bytes)
                let map = try MapFile.decode(bytes, path: path, format: format)
                result = .success((map, version))
            } catch {
                result = .failure(error)
            }
            outcome = result
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The bytes to read, handed from the caller to the thread without a reference left behind,
    /// or the file to read them from on the thread.
    private final class Input: @unchecked Sendable {
        private var bytes: [UInt8]
        private let path: String?
        init(_ bytes: consuming [UInt8]) {
            self.bytes = bytes
            path = nil
        }
        init(path: String) {
            bytes = []
            self.path = path
        }
        /// The bytes, once; only the reading thread calls this.
        func take() throws(MapFileError) -> [UInt8] {
            if let path {
                do {
                    return try LocalFileSystem().readFile(path)
                } catch {
                    throw .unreadable(error)
                }
            }
            defer { bytes = [] }
            return bytes
        }
    }

    /// Waits for the whole map.
    func wait() -> Outcome {
        done.wait()
        done.signal()  // a second wait returns at once
        guard let outcome else { preconditionFailure("the read signalled before it finished") }
        return outcome
    }
}
