/// A named figure measured on a stage, such as conversion (3.2 %) or cart abandonment (69 %),
/// with where it comes from.
///
/// ```swift
/// let conversion = StageMetric(name: "Conversión", value: 3.2, unit: "%", source: "Analítica, oct. 2026")
/// ```
public struct StageMetric: Sendable, Hashable {
    /// What is measured, such as "Conversión".
    public var name: String
    /// The figure; always finite.
    public var value: Double
    /// The unit, such as `%`, `s` or `€`, or `nil` for a plain number.
    public var unit: String?
    /// Where the figure comes from, or `nil`.
    public var source: String?

    /// Creates a metric. A value that is not finite (infinity, NaN) is stored as 0.
    public init(name: String, value: Double, unit: String? = nil, source: String? = nil) {
        self.name = name
        self.value = value.isFinite ? value : 0
        self.unit = unit
        self.source = source
    }

    /// The value as files write it: a whole number without a decimal point (`69`), otherwise the
    /// shortest decimal that reads back as the same number (`3.2`, `0.001`, `1e-07`).
    public var valueText: String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return "\(value)"
    }

    /// Reads a figure as files write it: an optional `-`, digits, optionally `.` and digits, and
    /// optionally an exponent (`e`, an optional sign, digits); `nil` for anything else or for a
    /// number too large to hold.
    public static func parseValue(_ text: String) -> Double? {
        var bytes = text.utf8[...]
        func digits() -> Bool {
            let count = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
            bytes = bytes.dropFirst(count)
            return count > 0
        }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        guard digits() else { return nil }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            guard digits() else { return nil }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard digits() else { return nil }
        }
        guard bytes.isEmpty, let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
