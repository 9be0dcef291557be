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

    /// Starts reading `bytes` (the file at `path`, in `format`).
    init(bytes: [UInt8], path: String, format: MapFormat) {
        let thread = Thread { [self] in
            let result: Outcome
            do throws(MapFileError) {
                let map = try MapFile.decode(bytes, path: path, format: format)
                result = .success((map, FileVersion(contents: bytes)))
            } catch {
                result = .failure(error)
            }
            outcome = result
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for the whole map.
    func wait() -> Outcome {
        done.wait()
        done.signal()  // a second wait returns at once
        guard let outcome else { preconditionFailure("the read signalled before it finished") }
        return outcome
    }
}
