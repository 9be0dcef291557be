import Glibc

/// The monotonic clock, in nanoseconds.
enum MonotonicClock {
    static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }
}

/// Durations of repeated runs of one operation, with the statistics the report needs.
struct Samples: Sendable {
    /// Each run's duration in nanoseconds, in the order measured.
    var nanoseconds: [UInt64] = []

    var count: Int { nanoseconds.count }
    var isEmpty: Bool { nanoseconds.isEmpty }

    private var sorted: [UInt64] { nanoseconds.sorted() }

    /// The value below which `fraction` of the runs lie (nearest rank), in nanoseconds.
    func percentile(_ fraction: Double) -> Double {
        guard !nanoseconds.isEmpty else { return .nan }
        let ordered = sorted
        let rank = Int((fraction * Double(ordered.count)).rounded(.up)) - 1
        return Double(ordered[max(0, min(ordered.count - 1, rank))])
    }

    /// The median in nanoseconds (the mean of the two middle runs for an even count).
    var median: Double {
        guard !nanoseconds.isEmpty else { return .nan }
        let ordered = sorted
        let middle = ordered.count / 2
        if ordered.count % 2 == 1 { return Double(ordered[middle]) }
        return (Double(ordered[middle - 1]) + Double(ordered[middle])) / 2
    }

    var minimum: Double { nanoseconds.min().map(Double.init) ?? .nan }
    var maximum: Double { nanoseconds.max().map(Double.init) ?? .nan }

    var medianMilliseconds: Double { median / 1e6 }
    var medianMicroseconds: Double { median / 1e3 }

    /// The runs from `range` of the whole (0.0 …1.0), for comparing the start with the end.
    func slice(_ range: ClosedRange<Double>) -> Samples {
        let lower = Int(Double(count) * range.lowerBound), upper = Int(Double(count) * range.upperBound)
        return Samples(nanoseconds: Array(nanoseconds[lower..<max(lower, upper)]))
    }
}

/// How long each measurement runs.
struct MeasurementPlan: Sendable {
    /// Untimed runs first, so that caches, page faults and lazy initialisation do not count.
    var warmups: Int
    /// At least this many timed runs…
    var minimumRuns: Int
    /// …and more while the total stays under this many seconds, up to `maximumRuns`.
    var budgetSeconds: Double
    var maximumRuns: Int

    static func forSize(_ size: BenchSize, quick: Bool) -> MeasurementPlan {
        if size.cells >= 100_000 {
            return quick ? MeasurementPlan(warmups: 0, minimumRuns: 2, budgetSeconds: 0, maximumRuns: 2)
                : MeasurementPlan(warmups: 1, minimumRuns: 5, budgetSeconds: 2, maximumRuns: 9)
        }
        if size.cells >= 10_000 {
            return quick ? MeasurementPlan(warmups: 1, minimumRuns: 3, budgetSeconds: 0.2, maximumRuns: 9)
                : MeasurementPlan(warmups: 2, minimumRuns: 9, budgetSeconds: 1, maximumRuns: 41)
        }
        return quick ? MeasurementPlan(warmups: 5, minimumRuns: 21, budgetSeconds: 0.1, maximumRuns: 201)
            : MeasurementPlan(warmups: 20, minimumRuns: 101, budgetSeconds: 0.5, maximumRuns: 2_001)
    }
}

/// Runs `body` as the plan says and returns the timed runs. What `body` returns is kept until the
/// clock has stopped, so that freeing it is not counted (and the optimiser cannot drop the work).
func measure<Result>(_ plan: MeasurementPlan, _ body: () throws -> Result) rethrows -> Samples {
    for _ in 0..<plan.warmups { Sink.keep(try body()) }
    var samples = Samples()
    let start = MonotonicClock.now()
    while samples.count < plan.minimumRuns
        || (samples.count < plan.maximumRuns && Double(MonotonicClock.now() - start) / 1e9 < plan.budgetSeconds)
    {
        let before = MonotonicClock.now()
        let result = try body()
        let after = MonotonicClock.now()
        Sink.keep(result)
        samples.nanoseconds.append(after - before)
    }
    return samples
}

/// Keeps results of measured work, so that the optimiser cannot prove the work unused.
enum Sink {
    nonisolated(unsafe) private static var total = 0

    @inline(never)
    static func keep(_ value: Int) {
        total &+= value
    }

    /// Keeps any result alive until this call, and makes it look used.
    @inline(never)
    static func keep<Value>(_ value: Value) {
        withExtendedLifetime(value) { total &+= 1 }
    }

    static var value: Int { total }
}

/// The process's memory figures from `/proc/self/status`, in kilobytes.
enum ProcessMemory {
    /// The peak resident set size (`VmHWM`), in kilobytes.
    static func peakResidentKilobytes() -> Int? { statusField("VmHWM:") }

    /// The current resident set size (`VmRSS`), in kilobytes.
    static func residentKilobytes() -> Int? { statusField("VmRSS:") }

    private static func statusField(_ name: String) -> Int? {
        guard let file = fopen("/proc/self/status", "r") else { return nil }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard text.hasPrefix(name) else { continue }
            let digits = text.dropFirst(name.count).filter(\.isNumber)
            return Int(digits)
        }
        return nil
    }
}
