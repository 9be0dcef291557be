import Dispatch
import JourneyKit
import Synchronization

/// Writes and removes the session's recovery file off the input loop, in order, so that writing
/// a huge map (tens of megabytes) never delays a key; ``finish()`` waits for what is pending
/// before the editor ends. The base of the changes is written beside the recovery file only when
/// it differs from the one written last (it changes with saves and reloads, not with typing).
final class RecoveryWriter: Sendable {
    private let store: RecoveryStore
    private let queue = DispatchQueue(label: "journey.recovery")
    private let inBackground: Bool
    private let failure = Mutex<FileError?>(nil)
    /// The base in the file beside the recovery file, as this writer last wrote it (only touched
    /// on the queue).
    private let writtenBase = Mutex<JourneyMap?>(nil)

    /// A writer for a store; with `inBackground` false every operation is done before it returns.
    init(store: RecoveryStore, inBackground: Bool) {
        self.store = store
        self.inBackground = inBackground
    }

    /// Writes the map to the recovery file, then the map its changes were made against beside it
    /// when that is not the base written last.
    func write(_ map: JourneyMap, base: JourneyMap) {
        run { [self] in
            do throws(FileError) {
                try store.write(map)
                guard writtenBase.withLock({ $0 }) != base else { return }
                writtenBase.withLock { $0 = nil }
                try store.writeBase(base)
                writtenBase.withLock { $0 = base }
            } catch {
                failure.withLock { $0 = error }
            }
        }
    }

    /// Removes the recovery file and its base (after whatever write is pending).
    func remove() {
        run { [self] in
            store.remove()
            writtenBase.withLock { $0 = nil }
        }
    }

    /// Forgets which base is beside the recovery file (after the files were replaced by others,
    /// as when a left-behind recovery is adopted): the next write writes it again.
    func forgetBase() {
        run { [self] in writtenBase.withLock { $0 = nil } }
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
