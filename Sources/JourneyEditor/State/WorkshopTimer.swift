import JourneyKit

/// A workshop countdown (`:timer 5m`): how long it runs and, once the session has told the
/// editor the time, when it started.
///
/// The editor core has no clock: the session sends ``EditorEvent/tick(seconds:)`` with seconds
/// on a monotonic clock while a timer runs, and the first tick after `:timer` starts it.
public struct WorkshopTimer: Hashable, Sendable {
    /// How long the timer runs, in seconds.
    public var duration: Int
    /// The clock's seconds when it started, or `nil` until the first tick.
    public var startedAt: Double?
    /// Whether time ran out (and the bell was rung, unless muted).
    var isUp = false

    /// A timer of `duration` seconds, not started yet.
    public init(duration: Int) {
        self.duration = duration
    }

    /// Whole seconds left at `now` (rounded up, so that 4:59.2 shows 5:00 only at the start).
    public func remaining(at now: Double?) -> Int {
        guard let startedAt, let now else { return duration }
        let left = Double(duration) - (now - startedAt)
        return max(0, Int(left.rounded(.up)))
    }

    /// Whether the session should keep sending ticks.
    public var needsTicks: Bool { !isUp }

    /// `m:ss`, or `h:mm:ss` from an hour on: `4:59`, `1:02:03`.
    public static func clock(_ seconds: Int) -> String {
        let hours = seconds / 3600, minutes = seconds / 60 % 60, rest = seconds % 60
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(rest))" : "\(seconds / 60):\(two(rest))"
    }

    /// The longest timer: a day.
    public static let longest = WrittenDuration.longest

    /// Reads a duration as `:timer` takes it: `5m`, `90s`, `1m30s`, `1h`, `2h15m`, or a bare
    /// number of minutes; `nil` for anything else, for zero, or for more than a day (the grammar
    /// is ``WrittenDuration``'s, shared with `journey serve`).
    static func parseDuration(_ text: String) -> Int? {
        WrittenDuration.seconds(in: text)
    }
}
