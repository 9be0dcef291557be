/// A span of time as a person types it (`90s`, `30m`, `1m30s`, `2h15m`) and as a sentence says it
/// ("1 minute and 30 seconds", "1 minuto y 30 segundos").
///
/// One grammar for every duration journey reads: the editor's `:timer` and `journey serve`'s
/// `--idle-timeout` and `--stall-timeout`.
public enum WrittenDuration {
    /// The longest duration read: a day, in seconds.
    public static let longest = 24 * 3600

    /// The seconds in `5m`, `90s`, `1m30s`, `1h`, `2h15m`, or a bare number of minutes; `nil` for
    /// anything else, for zero, or for more than a day. Each unit comes at most once.
    public static func seconds(in text: String) -> Int? {
        let lowered = text.lowercased()
        if let minutes = Int(lowered) { return (1...(longest / 60)).contains(minutes) ? minutes * 60 : nil }
        var total = 0, number = "", units = Set<Character>()
        for character in lowered {
            if character.isASCII, character.isNumber {
                number.append(character)
                continue
            }
            guard let value = Int(number), !units.contains(character) else { return nil }
            switch character {
            case "h": total += value * 3600
            case "m": total += value * 60
            case "s": total += value
            default: return nil
            }
            units.insert(character)
            number = ""
            if total > longest { return nil }
        }
        guard number.isEmpty, total > 0, total <= longest else { return nil }
        return total
    }

    /// The duration in words: "30 minutes", "1 minute and 30 seconds", "1 hour, 5 minutes and
    /// 2 seconds"; in Spanish "30 minutos", "1 minuto y 30 segundos". Zero is "0 seconds".
    public static func words(_ seconds: Int, in language: Language) -> String {
        let hours = seconds / 3600, minutes = seconds / 60 % 60, rest = seconds % 60
        var parts: [String] = []
        if hours > 0 { parts.append(language.count(hours, one: language.choose(en: "hour", es: "hora"), other: language.choose(en: "hours", es: "horas"))) }
        if minutes > 0 { parts.append(language.count(minutes, one: language.choose(en: "minute", es: "minuto"), other: language.choose(en: "minutes", es: "minutos"))) }
        if rest > 0 || parts.isEmpty {
            parts.append(language.count(rest, one: language.choose(en: "second", es: "segundo"), other: language.choose(en: "seconds", es: "segundos")))
        }
        guard let last = parts.popLast() else { return "" }
        return parts.isEmpty ? last : parts.joined(separator: ", ") + language.choose(en: " and ", es: " y ") + last
    }
}
