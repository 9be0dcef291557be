import JourneyKit
import Testing

/// The `.journey` format's promises: canonical, byte-stable output, and `parse(write(m)) == m`
/// for every valid map, including edits that make keys drift from names and unknown fields.
@Suite("Format round trip")
struct JourneyFormatRoundTripTests {
    /// A map that went through renames, moves and deletions, with unknown fields and blocks.
    private func editedMap(seed: UInt64) -> JourneyMap {
        var generator = MapGenerator(seed: seed)
        var map = generator.map(maximumStages: 6, maximumTouchpoints: 6)
        var random = MapGenerator.SeededRandom(seed: seed &* 31)
        if map.stages.count > 1 {
            try? map.renameStage(at: 0, to: "Renamed \(seed)")
            map.moveStage(from: 0, to: map.stages.count - 1)
            map.removeStage(at: Int.random(in: 0..<map.stages.count, using: &random))
        }
        if map.touchpoints.count > 1 {
            map.moveTouchpoint(from: map.touchpoints.count - 1, to: 0)
            try? map.renameTouchpoint(at: 0, to: "Moved \(seed)")
        }
        if !map.stages.isEmpty {
            map.setExtraFields([ExtraField(key: "owner", value: generator.nastyString()), ExtraField(key: "x-metric", value: "")], forStageAt: 0)
        }
        if !map.stages.isEmpty, !map.touchpoints.isEmpty {
            map.updateCell(stage: 0, touchpoint: 0) { $0.extraFields = [ExtraField(key: "backstage", value: generator.nastyString())] }
        }
        map.extraFields = [ExtraField(key: "x-version-2-field", value: generator.nastyString())]
        map.extraBlocks = [ExtraBlock(header: "backstage checkout \(seed)", fields: [ExtraField(key: "system", value: "ERP"), ExtraField(key: "name", value: generator.nastyString())])]
        return map
    }

    @Test(arguments: 0..<300)
    func parseOfWriteGivesTheSameMap(seed: Int) throws {
        let map = editedMap(seed: UInt64(seed))
        let text = JourneyWriter.text(for: map)
        let parsed = try JourneyParser.parse(text, path: "generated.journey")
        #expect(parsed == map)
        #expect(JourneyWriter.text(for: parsed) == text)
    }

    @Test func writtenTextHasNoRawControlCharacters() {
        for seed in 0..<200 {
            let text = JourneyWriter.text(for: editedMap(seed: UInt64(seed)))
            let bad = text.unicodeScalars.first { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) }
            #expect(bad == nil, "seed \(seed) wrote \(String(describing: bad))")
        }
    }

    @Test func canonicalTextOfAKnownMap() throws {
        var map = JourneyMap(title: "Cat mug shop: first purchase", persona: "Ana, 34", scenario: "Why # do | they: leave?")
        let awareness = try map.appendStage(named: "Awareness", goal: "Discover the brand")
        let purchase = try map.appendStage(named: "Compra rápida")
        let ad = try map.appendTouchpoint(named: "Instagram ad", channel: "social")
        let checkout = try map.appendTouchpoint(named: "Checkout")
        map.setCell(Cell(note: "Fills in the address twice.\nShipping shows up late.\n\n  indented", emotion: Emotion(-2), feeling: "frustrated",
                         painPoints: ["Shipping costs appear late", "\"No guest checkout\""], opportunities: ["Show costs early"]),
                    stage: purchase, touchpoint: checkout)
        map.setCell(Cell(note: "Sees the ad", emotion: Emotion(1), painPoints: [" padded "], opportunities: ["", "tab\there", "esc \u{1B}[2J", "rtl \u{202E}x"]),
                    stage: awareness, touchpoint: ad)
        map.setCell(Cell(note: "Later cell in the first stage"), stage: awareness, touchpoint: checkout)
        let expected = #"""
            journey 1
            title: Cat mug shop: first purchase
            persona: Ana, 34
            scenario: Why # do | they: leave?
            kind: current-state

            [stage awareness]
            name: Awareness
            goal: Discover the brand

            [stage compra-rapida]
            name: Compra rápida

            [touchpoint instagram-ad]
            name: Instagram ad
            channel: social

            [touchpoint checkout]
            name: Checkout

            [cell awareness instagram-ad]
            note: Sees the ad
            emotion: +1
            pain: " padded "
            opportunity: ""
            opportunity: "tab\there"
            opportunity: "esc \u{1B}[2J"
            opportunity: "rtl \u{202E}x"

            [cell awareness checkout]
            note: Later cell in the first stage

            [cell compra-rapida checkout]
            note:
              | Fills in the address twice.
              | Shipping shows up late.
              |
              |   indented
            emotion: -2
            feeling: frustrated
            pain: Shipping costs appear late
            pain: "\"No guest checkout\""
            opportunity: Show costs early

            """#
        #expect(JourneyWriter.text(for: map) == expected)
        #expect(try JourneyParser.parse(expected) == map)
    }

    @Test func renamingAStageChangesOneLine() throws {
        var map = editedMap(seed: (0..<100).first { !editedMap(seed: $0).stages.isEmpty } ?? 0)
        try #require(!map.stages.isEmpty)
        let before = JourneyWriter.text(for: map).split(separator: "\n", omittingEmptySubsequences: false)
        try map.renameStage(at: 0, to: "A brand new name")
        let after = JourneyWriter.text(for: map).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(before.count == after.count)
        #expect(zip(before, after).filter { $0 != $1 }.count == 1)
    }

    @Test func changingOneCellChangesOnlyItsLines() throws {
        var map = JourneyMap(title: "t")
        for name in ["A", "B", "C"] { try map.appendStage(named: name) }
        for name in ["X", "Y"] { try map.appendTouchpoint(named: name) }
        for stage in 0..<3 { for touchpoint in 0..<2 { map.setCell(Cell(note: "n\(stage)\(touchpoint)", emotion: Emotion(0)), stage: stage, touchpoint: touchpoint) } }
        let before = lines(of: map)
        map.updateCell(stage: 1, touchpoint: 1) { $0.emotion = Emotion(2) }
        let after = lines(of: map)
        let changed: [String] = zip(before, after).filter { $0.0 != $0.1 }.map { $0.1 }
        #expect(changed == ["emotion: +2"])
        // Adding a stage inserts lines and rewrites none.
        try map.insertStage(named: "New", at: 1)
        let inserted = lines(of: map)
        #expect(inserted.count == after.count + 3)
        let added: [String] = inserted.filter { !after.contains($0) }
        #expect(added == ["[stage new]", "name: New"])
    }

    private func lines(of map: JourneyMap) -> [String] {
        JourneyWriter.text(for: map).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func readsHandWrittenVariantsAndWritesThemCanonically() throws {
        let text = "\u{FEFF}journey 1\r\n"
            + "title:   Spaced out   \r\n"
            + "\r\n"
            + "   [stage s1]  \r\n"
            + "name:Awareness\r\n"
            + "  [touchpoint web]\r\n"
            + "name: Web\r\n"
            + "[cell s1 web]\r\n"
            + "emotion: 2\r\n"
            + "note:\r\n"
            + "    |first\r\n"
            + "\t|   second  \r\n"
            + "pain: a\r\n"
            + "opportunity:\r\n"
            + "pain: b\r\n"
        let map = try JourneyParser.parse(text)
        #expect(map.title == "Spaced out")
        #expect(map.stages.map(\.name) == ["Awareness"])
        #expect(map.cell(stage: 0, touchpoint: 0) == Cell(note: "first\n  second", emotion: Emotion(2), painPoints: ["a", "b"], opportunities: [""]))
        let canonical = JourneyWriter.text(for: map)
        #expect(canonical.hasPrefix("journey 1\ntitle: Spaced out\nkind: current-state\n"))
        #expect(canonical.contains("emotion: +2\n"))
        #expect(try JourneyWriter.text(for: JourneyParser.parse(canonical)) == canonical)
    }

    @Test func keepsUnknownFieldsAndBlocks() throws {
        let text = """
            journey 1
            title: t
            kind: future-state
            x-owner: Marketing

            [stage a]
            name: A
            metric: NPS 32

            [touchpoint b]
            name: B

            [cell a b]
            note: n
            confidence: high

            [backstage checkout]
            system: ERP
            note: kept as is

            """
        let map = try JourneyParser.parse(text)
        #expect(map.extraFields == [ExtraField(key: "x-owner", value: "Marketing")])
        #expect(map.stages[0].extraFields == [ExtraField(key: "metric", value: "NPS 32")])
        #expect(map.cell(stage: 0, touchpoint: 0).extraFields == [ExtraField(key: "confidence", value: "high")])
        #expect(map.extraBlocks == [ExtraBlock(header: "backstage checkout", fields: [ExtraField(key: "system", value: "ERP"), ExtraField(key: "note", value: "kept as is")])])
        #expect(JourneyWriter.text(for: map) == text)
    }

    @Test func largeInputsStayLinear() throws {
        // A 10 MB single line and 100,000 stages: read correctly, in bounded time and memory.
        let long = String(repeating: "a", count: 10_000_000)
        let map = try JourneyParser.parse("journey 1\ntitle: \(long)\n")
        #expect(map.title.utf8.count == 10_000_000)
        var many = "journey 1\n"
        for index in 0..<100_000 { many += "[stage s\(index)]\nname: S\(index)\n" }
        many += "[touchpoint t]\nname: T\n[cell s99999 t]\nnote: last\n"
        let wide = try JourneyParser.parse(many)
        #expect(wide.stages.count == 100_000)
        #expect(wide.cell(stage: 99_999, touchpoint: 0).note == "last")
    }
}
