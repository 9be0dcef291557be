import Dispatch
import JourneyEditor
import Synchronization

/// Runs the session's saves and exports one after another on a queue of its own, off the input
/// loop, and keeps the event each one reports (``EditorEvent/saveFinished(_:)``,
/// ``EditorEvent/exportFinished(path:error:)``) for the loop to take between keys, the way Bubble
/// Tea's commands return messages. One job at a time: two jobs never write one file at once.
final class EffectWorker: Sendable {
    private let queue = DispatchQueue(label: "journey.effects")
    private let inBackground: Bool
    /// Events of finished jobs, not yet taken.
    private let finished = Mutex<[EditorEvent]>([])
    /// Jobs submitted whose event was not taken yet.
    private let unfinished = Atomic<Int>(0)

    /// A worker; with `inBackground` false each job is done before ``submit(_:)`` returns (for
    /// tests that look at the disk at given moments).
    init(inBackground: Bool) {
        self.inBackground = inBackground
    }

    /// Whether a job was submitted whose event was not taken yet.
    var isBusy: Bool { unfinished.load(ordering: .acquiring) > 0 }

    /// Runs `job` after the jobs submitted before it; its event is kept for ``takeFinished()``.
    func submit(_ job: @escaping @Sendable () -> EditorEvent) {
        unfinished.add(1, ordering: .releasing)
        let work: @Sendable () -> Void = { [self] in
            let event = job()
            finished.withLock { $0.append(event) }
        }
        if inBackground {
            queue.async(execute: work)
        } else {
            queue.sync(execute: work)
        }
    }

    /// The events of the jobs finished since the last call, in the order the jobs ran.
    func takeFinished() -> [EditorEvent] {
        let events = finished.withLock { events in
            defer { events.removeAll() }
            return events
        }
        if !events.isEmpty { unfinished.subtract(events.count, ordering: .releasing) }
        return events
    }

    /// Waits until every job submitted so far is done.
    func waitUntilDone() {
        queue.sync {}
    }
}
