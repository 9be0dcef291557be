import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Notices SIGHUP, SIGTERM and SIGINT without a signal handler of its own: the signals are
/// ignored at the process level and delivered through Dispatch, and the session's loop asks
/// ``pendingSignal()`` between inputs, so that saving the recovery file and restoring the
/// terminal happen in normal code, never inside a handler.
public final class SignalWatcher {
    /// The first signal received (0 for none), shared with Dispatch's handlers.
    private final class Received: Sendable {
        let number = Atomic<Int32>(0)
    }

    private let received = Received()
    private var sources: [any DispatchSourceSignal] = []

    /// Starts watching the signals.
    public init(signals: [Int32] = [SIGHUP, SIGTERM, SIGINT]) {
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            let received = self.received
            source.setEventHandler {
                _ = received.number.compareExchange(expected: 0, desired: number, ordering: .sequentiallyConsistent)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// The first signal received, if any.
    public func pendingSignal() -> Int32? {
        let number = received.number.load(ordering: .sequentiallyConsistent)
        return number == 0 ? nil : number
    }

    /// Stops watching.
    public func stop() {
        for source in sources { source.cancel() }
        sources.removeAll()
    }
}
