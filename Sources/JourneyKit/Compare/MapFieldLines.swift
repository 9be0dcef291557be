/// A map as git's diff shows it (the textconv of `journey git setup`): its canonical text with
/// each field line prefixed by its place, so that every line of a `git diff` hunk says which
/// stage, touchpoint or cell it belongs to.
///
/// ```
/// title: Cat mug shop
/// [stage Compra] name: Compra
/// [stage Compra] goal: Comprar sin sorpresas
/// [touchpoint Web] channel: web
/// [Compra × Web] note: Pays
/// [Compra × Web] note | a second line
/// [Compra × Web] emotion: -1
/// ```
///
/// Block headers are left out (each line names its place); blank lines separate the blocks.
/// Names are shown as the format writes values (control characters escaped).
public enum MapFieldLines {
    /// The lines of a map, each ending with a line end.
    public static func text(for map: JourneyMap) -> String {
        var output = ""
        var prefix = ""
        var field = ""
        for line in JourneyWriter.text(for: map).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.first == "[" {
                prefix = place(ofHeader: line, in: map)
                continue
            }
            if line.isEmpty {
                output += "\n"
                continue
            }
            let trimmed = line.drop { $0 == " " }
            if trimmed.first == "|" {
                output += prefix + field + " " + trimmed + "\n"
            } else {
                field = String(line.prefix { $0 != ":" })
                output += prefix + line + "\n"
            }
        }
        while output.hasSuffix("\n\n") { output.removeLast() }
        return output
    }

    /// `[stage Compra] `, `[touchpoint Web] `, `[Compra × Web] `, or the header itself for an
    /// unknown block.
    static func place(ofHeader header: Substring, in map: JourneyMap) -> String {
        let words = header.dropFirst().dropLast().split(separator: " ")
        func stageName(_ key: Substring) -> String {
            map.stageIndex(key: String(key)).map { safe(map.stages[$0].name) } ?? String(key)
        }
        func touchpointName(_ key: Substring) -> String {
            map.touchpointIndex(key: String(key)).map { safe(map.touchpoints[$0].name) } ?? String(key)
        }
        switch (words.first, words.count) {
        case ("stage", 2): return "[stage \(stageName(words[1]))] "
        case ("touchpoint", 2): return "[touchpoint \(touchpointName(words[1]))] "
        case ("cell", 3): return "[\(stageName(words[1])) × \(touchpointName(words[2]))] "
        default: return header + " "
        }
    }

    /// A name on one line with its control and invisible characters escaped.
    static func safe(_ name: String) -> String {
        TerminalSafeText.escaping(MergeText.line(name))
    }
}
