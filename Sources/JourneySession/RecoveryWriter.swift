import Dispatch
import JourneyKit
import Synchronization

/// Writes and removes the session's recovery file off the input loop, in order, so that writing
/// a huge map (tens of megabytes) never delays a key; ``finish()`` waits for what is pending
/// before the editor ends.
final class RecoveryWriter: Sendable {
    private let store: RecoveryStore
    private let queue = DispatchQueue(label: "journey.recovery")
    private let inBackground: Bool
    private let failure = Mutex<FileError?>(nil)

    /// A writer for a store; with `inBackground` false every operation is done before it returns.
    init(store: RecoveryStore, inBackground: Bool) {
        self.store = store
        self.inBackground = inBackground
    }

    /// Writes the map to the recovery file.
    func write(_ map: JourneyMap) {
        run { [self] in
            do throws(FileError) {
                try store.write(map)
            } catch {
                failure.withLock { $0 = error }
            }
        }
    }

    /// Removes the recovery file (after whatever write is pending).
    func remove() {
        run { [store] in store.remove() }
    }

    /// The last failure to write, once; `nil` when there was none since the last call.
    func takeFailure() -> FileError? {
        failure.withLock { failure in
            defer { failure = nil }
            return failure
        }
    }

    /// Waits until every pending write or removal is done.
    func finish() {
        queue.sync {}
    }

    private func run(_ work: @escaping @Sendable () -> Void) {
        if inBackground {
            queue.async(execute: work)
        } else {
            queue.sync(execute: work)
        }
    }
}
