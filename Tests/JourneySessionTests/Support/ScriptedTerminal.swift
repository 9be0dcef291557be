import Glibc
import JourneyEditor
import Synchronization
import Testing

/// A clock that moves only when told: the session's housekeeping (recovery file, file watch)
/// runs on it, so tests of "a few seconds later" take no time and never flake.
final class TestClock: Sendable {
    private let seconds = Mutex<Double>(1000)

    var now: Double { seconds.withLock { $0 } }

    func advance(_ amount: Double) {
        seconds.withLock { $0 += amount }
    }

    /// The clock as a session takes it.
    var function: @Sendable () -> Double { { [self] in now } }
}

/// A terminal that plays a script: input events, pauses (time passing with no input) and steps
/// of the test run in between (changing the file on disk meanwhile). Frames are kept.
final class ScriptedTerminal: TerminalDevice {
    enum Step {
        case input(InputEvent)
        /// No input for this many seconds (on the test clock).
        case pause(Double)
        /// Something the test does at this point.
        case run(() -> Void)
        /// No input until the condition holds, in real time (for work on other threads), for
        /// at most 10 seconds.
        case until(String, () -> Bool)
    }

    private var steps: [Step]
    private let clock: TestClock
    private(set) var frames: [Frame] = []
    let size: ScreenSize
    let usesASCII = false
    private var idleTime = 0.0
    private var exhausted = false
    private var untilDeadline: Double?

    init(_ steps: [Step], clock: TestClock, size: ScreenSize = ScreenSize(width: 200, height: 50)) {
        self.steps = steps
        self.clock = clock
        self.size = size
    }

    /// Keys typed one by one.
    static func keys(_ text: String) -> [Step] {
        text.map { .input(.key(.character($0))) }
    }

    /// A `:` command confirmed with Enter.
    static func command(_ line: String) -> [Step] {
        keys(":" + line) + [.input(.key(.enter))]
    }

    /// The last frame's text.
    var screen: String { frames.last?.buffer.text ?? "" }

    func nextInput(timeoutMilliseconds: Int) -> InputEvent? {
        while let step = steps.first {
            switch step {
            case .input(let event):
                steps.removeFirst()
                return event
            case .run(let body):
                steps.removeFirst()
                body()
            case .until(let what, let condition):
                if condition() {
                    steps.removeFirst()
                    untilDeadline = nil
                    continue
                }
                let now = Self.realSeconds()
                let deadline = untilDeadline ?? now + 10
                untilDeadline = deadline
                if now > deadline {
                    Issue.record("Timed out waiting for \(what)")
                    steps.removeFirst()
                    untilDeadline = nil
                    continue
                }
                usleep(UInt32(min(max(timeoutMilliseconds, 1), 5)) * 1000)
                return nil
            case .pause(let seconds):
                guard timeoutMilliseconds > 0 else { return nil }
                let slice = Double(timeoutMilliseconds) / 1000
                clock.advance(slice)
                idleTime += slice
                if idleTime >= seconds - 1e-9 {
                    steps.removeFirst()
                    idleTime = 0
                }
                return nil
            }
        }
        // The script ran out without quitting: say so, and quit without saving (Esc first, in
        // case a question or a prompt is open; again until the editor has quit).
        if !exhausted {
            exhausted = true
            Issue.record("The script ended without quitting the editor")
        }
        steps = [.input(.key(.escape))] + ScriptedTerminal.command("q!")
        return nil
    }

    /// Seconds on the monotonic clock.
    static func realSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    func present(_ frame: Frame) { frames.append(frame) }
    func setMouseCapture(_ enabled: Bool) {}
    func invalidate() {}
    func suspend() {}
    func resume() {}
    func suspendProcess() {}
    func shutdown() {}
}
