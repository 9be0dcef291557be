import JourneyKit

/// Makes journey maps full of awkward text, deterministically from a seed, for property tests of
/// the writers and readers.
///
/// ```swift
/// let map = MapGenerator.map(seed: 42)      // the same map for the same seed, every run
/// var random = MapGenerator.SeededRandom(seed: 7)
/// let text = MapGenerator.nastyString(using: &random)   // e.g. "  |#\u{1B}[31m🙂\n"
/// var generator = MapGenerator(seed: 42)    // or keep the random source in a generator
/// let next = generator.map()
/// ```
///
/// Maps are built only with `appendStage` / `appendTouchpoint` (keys made from names), so formats
/// that carry no keys, like JSON, read them back equal.
struct MapGenerator {
    /// A small, fast, seeded random number generator (SplitMix64).
    struct SeededRandom: RandomNumberGenerator {
        private var state: UInt64

        init(seed: UInt64) {
            state = seed
        }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Pieces of text that break naive writers, parsers and renderers.
    static let nastyPieces: [String] = [
        "", " ", "  ", "\t", "\n", "\r\n", "\r", "\n\n",
        "plain", "Awareness", "Consideración", "Post-compra", "naïve café", "e\u{301}",
        "🙂", "👩‍💻", "🇪🇸", "中文", "مرحبا بالعالم", "עברית", "\u{202E}evil\u{202C}", "\u{2066}iso\u{2069}",
        "\u{200B}", "\u{200F}", "\u{FEFF}", "\u{2028}", "\u{2029}", "\u{85}", "\u{9B}31m",
        "\u{1B}[31mred\u{1B}[0m", "\u{1B}]0;title\u{7}", "\u{7}", "\u{0}", "\u{8}", "\u{C}", "\u{7F}", "\u{1F}",
        "#", "# heading", "key: value", ":", "|", "a | b", "||", "\\|", "\\", "\\\\", "\\n", "\\u0041", "\\u{1B}",
        "\"", "\"quoted\"", "'", "`code`", "```", "*bold*", "**", "_em_", "__", "~~strike~~", "~",
        "[link](http://example.com)", "![img](x.png)", "[^1]", "<b>tag</b>", "<br>", "<script>alert(1)</script>",
        "<!-- c -->", "&copy;", "&amp;", "&#65;", "&", "$x$", "$$", "- item", "+ item", "* item", "1. item",
        "2) item", "> quote", "---", "===", "***", "    indented", "[stage x]", "{", "}", "[", "]", ",", "/",
        "</", "null", "true", "-1", "1e5", "\u{10FFFF}", "\u{E000}", "\u{D7FF}", "http://example.com", "@user",
    ]

    /// The generator's random source.
    var random: SeededRandom

    /// Creates a generator; the same seed always gives the same sequence of maps and strings.
    init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    /// The map for a seed: `MapGenerator.map(seed: 3)` is the same map in every run.
    static func map(seed: UInt64, maximumStages: Int = 5, maximumTouchpoints: Int = 5) -> JourneyMap {
        var random = SeededRandom(seed: seed)
        return map(using: &random, maximumStages: maximumStages, maximumTouchpoints: maximumTouchpoints)
    }

    // MARK: Instance conveniences, drawing from `random`

    /// A string of zero to `maximumPieces` nasty pieces; see ``nastyString(using:maximumPieces:)``.
    mutating func nastyString(maximumPieces: Int = 4) -> String {
        Self.nastyString(using: &random, maximumPieces: maximumPieces)
    }

    /// A nasty string usable as a name; see ``nastyName(using:)``.
    mutating func nastyName() -> String { Self.nastyName(using: &random) }

    /// A random map; see ``map(using:maximumStages:maximumTouchpoints:)``.
    mutating func map(maximumStages: Int = 5, maximumTouchpoints: Int = 5) -> JourneyMap {
        Self.map(using: &random, maximumStages: maximumStages, maximumTouchpoints: maximumTouchpoints)
    }

    // MARK: Static generators

    /// A string of zero to `maximumPieces` nasty pieces, sometimes joined by plain words.
    static func nastyString(using random: inout some RandomNumberGenerator, maximumPieces: Int = 4) -> String {
        let count = Int.random(in: 0...maximumPieces, using: &random)
        var text = ""
        for _ in 0..<count {
            if Bool.random(using: &random) { text += ["word", " ", "Ana", "x"].randomElement(using: &random) ?? "" }
            text += nastyPieces.randomElement(using: &random) ?? ""
        }
        return text
    }

    /// A nasty string that is usable as a name: not empty once trimmed.
    static func nastyName(using random: inout some RandomNumberGenerator) -> String {
        let text = nastyString(using: &random, maximumPieces: 3)
        if text.contains(where: { !$0.isWhitespace }) { return text }
        return text + "N"
    }

    /// A nasty string or `nil`, about one time in three.
    static func optionalNastyString(using random: inout some RandomNumberGenerator) -> String? {
        Int.random(in: 0..<3, using: &random) == 0 ? nil : nastyString(using: &random)
    }

    /// A list of zero to three nasty strings.
    static func nastyList(using random: inout some RandomNumberGenerator) -> [String] {
        (0..<Int.random(in: 0...3, using: &random)).map { _ in nastyString(using: &random) }
    }

    /// Zero to three items for `list`: nasty text, and about half of the time votes, and on lists
    /// that allow them impact, effort and an owner (never unknown attributes, which JSON does not carry).
    static func nastyItems(_ list: ItemList, using random: inout some RandomNumberGenerator) -> [Item] {
        (0..<Int.random(in: 0...3, using: &random)).map { _ in
            var item = Item(nastyString(using: &random))
            guard Bool.random(using: &random) else { return item }
            if Bool.random(using: &random) { item.votes = [0, 1, 2, 7, 40, Item.maximumVotes].randomElement(using: &random) ?? 1 }
            if list.allows(.impact), Bool.random(using: &random) { item.impact = Int.random(in: Item.scale, using: &random) }
            if list.allows(.effort), Bool.random(using: &random) { item.effort = Int.random(in: Item.scale, using: &random) }
            if list.allows(.owner), Int.random(in: 0..<3, using: &random) == 0 { item.owner = nastyString(using: &random) }
            return item
        }
    }

    /// Zero to two metrics with nasty names, units and sources and awkward figures.
    static func nastyMetrics(using random: inout some RandomNumberGenerator) -> [StageMetric] {
        let figures: [Double] = [0, 1, -1, 3.2, 69, 0.1, -0.5, 1e-7, 123_456.789, 1e20, 2.5e-300, 1_000_000_000_000_000]
        return (0..<Int.random(in: 0...2, using: &random)).map { _ in
            StageMetric(
                name: nastyString(using: &random),
                value: figures.randomElement(using: &random) ?? 0,
                unit: optionalNastyString(using: &random),
                source: optionalNastyString(using: &random))
        }
    }

    /// A cell's evidence, or `nil` about one time in two.
    static func optionalEvidence(using random: inout some RandomNumberGenerator) -> Evidence? {
        Bool.random(using: &random) ? nil : Evidence.allCases.randomElement(using: &random)
    }

    /// A random map: up to `maximumStages` stages and `maximumTouchpoints` touchpoints with unique
    /// nasty names (stages with metrics), and about half of the cells filled with nasty notes,
    /// emotions, feelings, pain points and opportunities (with votes, scores and owners),
    /// evidence and sources.
    static func map(
        using random: inout some RandomNumberGenerator, maximumStages: Int = 5, maximumTouchpoints: Int = 5
    ) -> JourneyMap {
        var map = JourneyMap(
            title: nastyString(using: &random),
            persona: optionalNastyString(using: &random),
            scenario: optionalNastyString(using: &random),
            kind: JourneyKind.allCases.randomElement(using: &random) ?? .currentState)
        let stageCount = Int.random(in: 0...maximumStages, using: &random)
        while map.stages.count < stageCount {
            let name = nastyName(using: &random)
            let unique = map.hasStage(named: name) ? "\(name) \(map.stages.count)" : name
            _ = try? map.appendStage(named: unique, goal: optionalNastyString(using: &random), metrics: nastyMetrics(using: &random))
        }
        let touchpointCount = Int.random(in: 0...maximumTouchpoints, using: &random)
        while map.touchpoints.count < touchpointCount {
            let name = nastyName(using: &random)
            let unique = map.hasTouchpoint(named: name) ? "\(name) \(map.touchpoints.count)" : name
            _ = try? map.appendTouchpoint(named: unique, channel: optionalNastyString(using: &random))
        }
        for touchpoint in map.touchpoints.indices {
            for stage in map.stages.indices where Bool.random(using: &random) {
                let cell = Cell(
                    note: Bool.random(using: &random) ? nastyString(using: &random) : "",
                    emotion: Bool.random(using: &random) ? Emotion(Int.random(in: -2...2, using: &random)) : nil,
                    feeling: Int.random(in: 0..<3, using: &random) == 0 ? nastyString(using: &random) : nil,
                    lists: Dictionary(uniqueKeysWithValues: ItemList.allCases.map { ($0, nastyItems($0, using: &random)) }),
                    evidence: optionalEvidence(using: &random),
                    sources: Int.random(in: 0..<3, using: &random) == 0 ? nastyList(using: &random) : [])
                map.setCell(cell, stage: stage, touchpoint: touchpoint)
            }
        }
        return map
    }
}
