import NIOConcurrencyHelpers
import NIOCore

#if canImport(Glibc)
import Glibc
#endif

/// Who is connected: the server-wide count of sessions (for `--max-sessions`), the editor
/// processes to end when the server stops, and every connection to close at the end. Shared by
/// all event loops, behind a lock.
final class SessionRegistry: Sendable {
    private struct State {
        var sessions: [Int: Entry] = [:]
        var connections: [ObjectIdentifier: Channel] = [:]
        var nextIdentifier = 1
        var stopping = false
        var whenEmpty: [EventLoopPromise<Void>] = []
    }

    /// A session: its participant's name and, once started, its editor's process id.
    struct Entry {
        var name: String
        var pid: pid_t?
    }

    private let state = NIOLockedValueBox(State())
    /// The most sessions at once.
    let maximum: Int

    init(maximum: Int) {
        self.maximum = maximum
    }

    /// Takes a place for a new session; `nil` when the server is full or stopping.
    func reserve(name: String) -> Int? {
        state.withLockedValue { state in
            guard !state.stopping, state.sessions.count < maximum else { return nil }
            let identifier = state.nextIdentifier
            state.nextIdentifier += 1
            state.sessions[identifier] = Entry(name: name)
            return identifier
        }
    }

    /// Records the editor process of a session; one started while the server began stopping is
    /// sent SIGTERM at once, as the others were.
    func attach(_ identifier: Int, pid: pid_t) {
        let stopping = state.withLockedValue { state -> Bool in
            state.sessions[identifier]?.pid = pid
            return state.stopping
        }
        if stopping { kill(pid, SIGTERM) }
    }

    /// Frees a session's place; returns how many sessions remain.
    @discardableResult
    func release(_ identifier: Int) -> Int {
        let (remaining, waiters) = state.withLockedValue { state -> (Int, [EventLoopPromise<Void>]) in
            state.sessions[identifier] = nil
            guard state.sessions.isEmpty else { return (state.sessions.count, []) }
            defer { state.whenEmpty = [] }
            return (0, state.whenEmpty)
        }
        waiters.forEach { $0.succeed(()) }
        return remaining
    }

    /// The number of sessions now.
    var count: Int { state.withLockedValue { $0.sessions.count } }

    /// Remembers an open connection, to close it when the server stops; `false` when there are
    /// already `limit` connections (counting those still authenticating) or the server is stopping.
    func admit(_ connection: Channel, limit: Int) -> Bool {
        state.withLockedValue { state in
            guard !state.stopping, state.connections.count < limit else { return false }
            state.connections[ObjectIdentifier(connection)] = connection
            return true
        }
    }

    /// Forgets a closed connection.
    func forget(_ connection: Channel) {
        _ = state.withLockedValue { $0.connections.removeValue(forKey: ObjectIdentifier(connection)) }
    }

    /// Refuses new sessions from now on, sends every editor `signal`, and returns a future that
    /// succeeds when every session has ended.
    func stop(signalling signal: CInt, on loop: EventLoop) -> EventLoopFuture<Void> {
        let promise = loop.makePromise(of: Void.self)
        let pids = state.withLockedValue { state -> [pid_t]? in
            state.stopping = true
            guard !state.sessions.isEmpty else { return nil }
            state.whenEmpty.append(promise)
            return state.sessions.values.compactMap(\.pid)
        }
        guard let pids else {
            promise.succeed(())
            return promise.futureResult
        }
        pids.forEach { kill($0, signal) }
        return promise.futureResult
    }

    /// Whether the server has begun stopping.
    var isStopping: Bool {
        state.withLockedValue { $0.stopping }
    }

    /// Sends every editor still running `signal`.
    func signalAll(_ signal: CInt) {
        state.withLockedValue { $0.sessions.values.compactMap(\.pid) }.forEach { kill($0, signal) }
    }

    /// Every open connection.
    var openConnections: [Channel] {
        state.withLockedValue { Array($0.connections.values) }
    }
}
