import Dispatch
import JourneyEditor
import Synchronization

/// Runs the session's slow work (saves, exports, looking at the map's file for changes) one job
/// after another on a queue of its own, off the input loop, and keeps what each job reports for the
/// loop to take between keys, the way Bubble Tea's commands return messages. One job at a time:
/// two jobs never write one file at once, and a look at the file never sees a save half done.
final class EffectWorker: Sendable {
    /// What a job was, so that the session knows which of its jobs are done.
    enum Job: Sendable {
        case save, export, watch, read, presence
    }

    /// A finished job and the event it reports, if any.
    struct Finished: Sendable {
        var job: Job
        var event: EditorEvent?
    }

    private let queue = DispatchQueue(label: "journey.effects")
    private let inBackground: Bool
    /// Finished jobs, not yet taken.
    private let finished = Mutex<[Finished]>([])
    /// Jobs submitted that were not taken yet.
    private let unfinished = Atomic<Int>(0)

    /// A worker; with `inBackground` false each job is done before ``submit(_:_:)`` returns (for
    /// tests that look at the disk at given moments).
    init(inBackground: Bool) {
        self.inBackground = inBackground
    }

    /// Whether a job was submitted that was not taken yet.
    var isBusy: Bool { unfinished.load(ordering: .acquiring) > 0 }

    /// Runs `work` after the jobs submitted before it; what it reports is kept for ``takeFinished()``.
    func submit(_ job: Job, _ work: @escaping @Sendable () -> EditorEvent?) {
        unfinished.add(1, ordering: .releasing)
        let run: @Sendable () -> Void = { [self] in
            let event = work()
            finished.withLock { $0.append(Finished(job: job, event: event)) }
        }
        if inBackground {
            queue.async(execute: run)
        } else {
            queue.sync(execute: run)
        }
    }

    /// The jobs finished since the last call, in the order they ran.
    func takeFinished() -> [Finished] {
        let jobs = finished.withLock { jobs in
            defer { jobs.removeAll() }
            return jobs
        }
        if !jobs.isEmpty { unfinished.subtract(jobs.count, ordering: .releasing) }
        return jobs
    }

    /// Waits until every job submitted so far is done.
    func waitUntilDone() {
        queue.sync {}
    }
}
