import JourneyKit
import Testing

/// The three-way merge of maps: every rule of ``JourneyMerge``, on small maps changed by hand.
@Suite("Merge")
struct MergeTests {
    // MARK: Cells

    @Test func changesToDifferentCellsCombine() throws {
        let base = try MergeFixture.base()
        var ours = base
        ours.editCellAt("awareness", "ad") { $0.note = "Sees the mug ad twice" }
        var theirs = base
        theirs.editCellAt("purchase", "web") { $0.emotion = Emotion(-2) }
        theirs.editCellAt("consideration", "email") { $0.note = "Opens the newsletter" }

        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(!result.hasConflicts)
        #expect(result.merged.cellAt("awareness", "ad").note == "Sees the mug ad twice")
        #expect(result.merged.cellAt("purchase", "web").emotion == Emotion(-2))
        #expect(result.merged.cellAt("purchase", "web").note == "Pays")
        #expect(result.merged.cellAt("consideration", "email").note == "Opens the newsletter")
        #expect(result.merged.nonEmptyCellCount == base.nonEmptyCellCount + 1)
        #expect(result.resolved(taking: .theirs) == result.merged)
        #expect(result.resolved([:]) == result.merged)
    }

    @Test func changesToDifferentFieldsOfOneCellCombine() throws {
        let base = try MergeFixture.base()
        var ours = base
        ours.editCellAt("awareness", "ad") {
            $0.note = "Sees the mug ad twice"
            $0.emotion = Emotion(2)
        }
        var theirs = base
        theirs.editCellAt("awareness", "ad") {
            $0.feeling = "amused"
            $0[list: .opportunities].append("Link straight to the mug")
        }
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(!result.hasConflicts)
        let cell = result.merged.cellAt("awareness", "ad")
        #expect(cell.note == "Sees the mug ad twice")
        #expect(cell.emotion == Emotion(2))
        #expect(cell.feeling == "amused")
        #expect(cell[list: .painPoints] == ["The ad hides the price"])
        #expect(cell[list: .opportunities] == ["Show the price", "Link straight to the mug"])
    }

    @Test func clearingACellCombinesWithChangesElsewhere() throws {
        let base = try MergeFixture.base()
        var ours = base
        ours.editCellAt("purchase", "email") { $0 = .empty }
        var theirs = base
        theirs.editCellAt("purchase", "web") { $0.note = "Pays by card" }
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(!result.hasConflicts)
        #expect(result.merged.cellAt("purchase", "email").isEmpty)
        #expect(result.merged.cellAt("purchase", "web").note == "Pays by card")
    }

    @Test func theSameChangeOnBothSidesIsNoConflict() throws {
        let base = try MergeFixture.base()
        var ours = base
        ours.editCellAt("purchase", "web") { $0.note = "Pays by card" }
        try ours.renameStage(at: 0, to: "Discovery")
        var theirs = ours
        theirs.editCellAt("awareness", "ad") { $0.emotion = nil }
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(!result.hasConflicts)
        #expect(result.merged == theirs)
    }

    @Test func theSameFieldChangedDifferentlyIsAConflictResolvedEitherWay() throws {
        let base = try MergeFixture.base()
        var ours = base
        ours.editCellAt("awareness", "ad") { $0.note = "Sees the mug ad twice" }
        ours.editCellAt("purchase", "email") { $0.note = "Gets the receipt quickly" }
        var theirs = base
        theirs.editCellAt("awareness", "ad") {
            $0.note = "Scrolls past the ad"
            $0.emotion = Emotion(0)
        }

        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.hasConflicts)
        #expect(result.conflicts == [MergeConflict(
            id: 0, summary: "Cell Awareness × Instagram ad: note", base: "Sees the mug ad",
            ours: "Sees the mug ad twice", theirs: "Scrolls past the ad",
            location: .cell(stageKey: "awareness", touchpointKey: "ad", field: "note"))])

        // The default takes ours; what merged cleanly is there whichever side is taken.
        for map in [result.merged, result.resolved([:]), result.resolved([0: .ours]), result.resolved(taking: .ours)] {
            #expect(map.cellAt("awareness", "ad").note == "Sees the mug ad twice")
            #expect(map.cellAt("awareness", "ad").emotion == Emotion(0))
            #expect(map.cellAt("purchase", "email").note == "Gets the receipt quickly")
        }
        for map in [result.resolved([0: .theirs]), result.resolved(taking: .theirs)] {
            #expect(map.cellAt("awareness", "ad").note == "Scrolls past the ad")
            #expect(map.cellAt("awareness", "ad").emotion == Emotion(0))
            #expect(map.cellAt("purchase", "email").note == "Gets the receipt quickly")
        }
        // An identifier that names no conflict changes nothing.
        #expect(result.resolved([7: .theirs]) == result.merged)
    }

    @Test func emotionAndFeelingMergeSeparatelyButClashAsOne() throws {
        let base = try MergeFixture.base()
        var ours = base
        ours.editCellAt("awareness", "ad") { $0.emotion = Emotion(2) }
        var theirs = base
        theirs.editCellAt("awareness", "ad") { $0.feeling = "intrigued" }
        let combined = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(!combined.hasConflicts)
        #expect(combined.merged.cellAt("awareness", "ad").emotion == Emotion(2))
        #expect(combined.merged.cellAt("awareness", "ad").feeling == "intrigued")

        ours.editCellAt("awareness", "ad") { $0.feeling = "delighted" }
        theirs.editCellAt("awareness", "ad") { $0.emotion = Emotion(-1) }
        let clash = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(clash.conflicts.count == 1)
        let conflict = try #require(clash.conflicts.first)
        #expect(conflict.summary == "Cell Awareness × Instagram ad: emotion")
        #expect(conflict.base == "+1 curious")
        #expect(conflict.ours == "+2 delighted")
        #expect(conflict.theirs == "-1 intrigued")
        #expect(clash.merged.cellAt("awareness", "ad").emotion == Emotion(2))
        #expect(clash.merged.cellAt("awareness", "ad").feeling == "delighted")
        let theirsCell = clash.resolved([conflict.id: .theirs]).cellAt("awareness", "ad")
        #expect(theirsCell.emotion == Emotion(-1))
        #expect(theirsCell.feeling == "intrigued")

        // Only the score clashing still shows the feeling that goes with it.
        var oursScore = base
        oursScore.editCellAt("purchase", "web") { $0.emotion = Emotion(-2) }
        var theirsScore = base
        theirsScore.editCellAt("purchase", "web") { $0.emotion = nil }
        let scoreClash = JourneyMerge.merge(base: base, ours: oursScore, theirs: theirsScore)
        #expect(scoreClash.conflicts.map(\.ours) == ["-2 impatient"])
        #expect(scoreClash.conflicts.map(\.theirs) == ["impatient"])
        #expect(scoreClash.resolved(taking: .theirs).cellAt("purchase", "web").emotion == nil)
    }

    // MARK: Lists and notes

    @Test func painPointsAddedOnBothSidesAreAllKept() throws {
        let base = try MergeFixture.base()
        var ours = base
        ours.editCellAt("consideration", "web") { $0[list: .painPoints].append("No gift wrap") }
        var theirs = base
        theirs.editCellAt("consideration", "web") { $0[list: .painPoints].append("Reviews look fake") }
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(!result.hasConflicts)
        #expect(result.merged.cellAt("consideration", "web")[list: .painPoints]
            == ["Few photos", "No size guide", "Shipping unclear", "No gift wrap", "Reviews look fake"])
    }

    @Test func anItemAddedOnBothSidesIsKeptOnce() throws {
        let base = try MergeFixture.base()
        var ours = base
        ours.editCellAt("consideration", "web") { $0[list: .painPoints].insert("No gift wrap", at: 0) }
        var theirs = base
        theirs.editCellAt("consideration", "web") { $0[list: .painPoints].append("No gift wrap") }
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(!result.hasConflicts)
        #expect(result.merged.cellAt("consideration", "web")[list: .painPoints]
            == ["No gift wrap", "Few photos", "No size guide", "Shipping unclear"])
    }

    @Test func removalsAndAdditionsCombine() throws {
        let base = try MergeFixture.base()
        var ours = base
        ours.editCellAt("consideration", "web") { $0[list: .painPoints].removeAll { $0 == "Few photos" } }
        var theirs = base
        theirs.editCellAt("consideration", "web") {
            $0[list: .painPoints].removeAll { $0 == "No size guide" }
            $0[list: .painPoints].insert("Too many pop-ups", at: 1)
        }
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(!result.hasConflicts)
        #expect(result.merged.cellAt("consideration", "web")[list: .painPoints] == ["Too many pop-ups", "Shipping unclear"])

        // Adjacent removals on both sides, and an edit beside a removal.
        var oursEdit = base
        oursEdit.editCellAt("consideration", "web") { $0[list: .painPoints] = ["Few photos", "No size guide"] }
        var theirsEdit = base
        theirsEdit.editCellAt("consideration", "web") { $0[list: .painPoints] = ["Few photos, all blurry", "Shipping unclear"] }
        let combined = JourneyMerge.merge(base: base, ours: oursEdit, theirs: theirsEdit)
        #expect(!combined.hasConflicts)
        #expect(combined.merged.cellAt("consideration", "web")[list: .painPoints] == ["Few photos, all blurry"])
    }

    @Test func anItemEditedDifferentlyOrEditedAndDeletedIsAListConflict() throws {
        let base = try MergeFixture.base()
        var ours = base
        ours.editCellAt("consideration", "web") {
            $0[list: .painPoints][1] = "No size guide for the big mug"
            $0[list: .painPoints].append("No gift wrap")
        }
        var theirs = base
        theirs.editCellAt("consideration", "web") {
            $0[list: .painPoints][1] = "Size guide hard to find"
            $0[list: .painPoints].insert("Reviews look fake", at: 0)
        }
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        let conflict = try #require(result.conflicts.first)
        #expect(result.conflicts.count == 1)
        #expect(conflict.summary == "Cell Consideration × Web shop: pain points")
        #expect(conflict.summary(in: .english) == conflict.summary)
        #expect(conflict.summary(in: .spanish) == "Celda Consideration × Web shop: puntos de dolor")
        #expect(conflict.location == .cell(stageKey: "consideration", touchpointKey: "web", field: "pain"))
        #expect(conflict.base == "Few photos · No size guide · Shipping unclear")
        // Each side's value is the whole merged list with the clashing item from that side.
        #expect(conflict.ours == "Reviews look fake · Few photos · No size guide for the big mug · Shipping unclear · No gift wrap")
        #expect(conflict.theirs == "Reviews look fake · Few photos · Size guide hard to find · Shipping unclear · No gift wrap")
        #expect(result.merged.cellAt("consideration", "web")[list: .painPoints]
            == ["Reviews look fake", "Few photos", "No size guide for the big mug", "Shipping unclear", "No gift wrap"])
        #expect(result.resolved(taking: .theirs).cellAt("consideration", "web")[list: .painPoints]
            == ["Reviews look fake", "Few photos", "Size guide hard to find", "Shipping unclear", "No gift wrap"])

        var deleting = base
        deleting.editCellAt("consideration", "web") { $0[list: .painPoints].remove(at: 1) }
        let editDelete = JourneyMerge.merge(base: base, ours: deleting, theirs: theirs)
        #expect(editDelete.summaries == ["Cell Consideration × Web shop: pain points"])
        #expect(editDelete.conflicts.first?.ours == "Reviews look fake · Few photos · Shipping unclear")
        #expect(editDelete.merged.cellAt("consideration", "web")[list: .painPoints] == ["Reviews look fake", "Few photos", "Shipping unclear"])
        #expect(editDelete.resolved(taking: .theirs).cellAt("consideration", "web")[list: .painPoints]
            == ["Reviews look fake", "Few photos", "Size guide hard to find", "Shipping unclear"])

        // Where one side's change to neighbouring items cannot be told apart item by item, the
        // clashing part is taken whole from either side, so nothing is dropped unasked.
        var rewrite = base
        rewrite.editCellAt("consideration", "web") { $0[list: .painPoints] = ["Size guide hard to find", "Shipping unclear"] }
        let grouped = JourneyMerge.merge(base: base, ours: ours, theirs: rewrite)
        #expect(grouped.conflicts.first?.ours == "Few photos · No size guide for the big mug · Shipping unclear · No gift wrap")
        #expect(grouped.conflicts.first?.theirs == "Size guide hard to find · Shipping unclear · No gift wrap")
    }

    @Test func opportunitiesMergeLikePainPoints() throws {
        let base = try MergeFixture.base()
        var ours = base
        ours.editCellAt("awareness", "ad") { $0[list: .opportunities] = [] }
        var theirs = base
        theirs.editCellAt("awareness", "ad") { $0[list: .opportunities].append("Film the mug in a real kitchen") }
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(!result.hasConflicts)
        #expect(result.merged.cellAt("awareness", "ad")[list: .opportunities] == ["Film the mug in a real kitchen"])

        var oursEdit = base
        oursEdit.editCellAt("awareness", "ad") { $0[list: .opportunities] = ["Show the price up front"] }
        var theirsEdit = base
        theirsEdit.editCellAt("awareness", "ad") { $0[list: .opportunities] = ["Show the price and shipping"] }
        let clash = JourneyMerge.merge(base: base, ours: oursEdit, theirs: theirsEdit)
        #expect(clash.summaries == ["Cell Awareness × Instagram ad: opportunities"])
        #expect(clash.conflicts.first?.location == .cell(stageKey: "awareness", touchpointKey: "ad", field: "opportunity"))
    }

    @Test func notesMergeLineByLine() throws {
        let base = try MergeFixture.base()
        var ours = base
        ours.editCellAt("consideration", "web") { $0.note = "Reads the reviews twice.\nCompares prices.\nLooks for a discount code." }
        var theirs = base
        theirs.editCellAt("consideration", "web") {
            $0.note = "Reads the reviews.\nCompares prices.\nFinds a discount code.\nAsks a friend."
        }
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(!result.hasConflicts)
        #expect(result.merged.cellAt("consideration", "web").note
            == "Reads the reviews twice.\nCompares prices.\nFinds a discount code.\nAsks a friend.")
    }

    @Test func theSameNoteLineChangedDifferentlyIsAConflict() throws {
        let base = try MergeFixture.base()
        var ours = base
        ours.editCellAt("consideration", "web") {
            $0.note = "Reads the reviews.\nCompares prices on two sites.\nLooks for a discount code.\nGives up."
        }
        var theirs = base
        theirs.editCellAt("consideration", "web") { $0.note = "Reads the reviews.\nCompares prices with Etsy.\nLooks for a discount code." }
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        let conflict = try #require(result.conflicts.first)
        #expect(result.conflicts.count == 1)
        #expect(conflict.summary == "Cell Consideration × Web shop: note")
        #expect(conflict.base == "Reads the reviews.⏎Compares prices.⏎Looks for a discount code.")
        #expect(conflict.ours == "Reads the reviews.⏎Compares prices on two sites.⏎Looks for a discount code.⏎Gives up.")
        #expect(conflict.theirs == "Reads the reviews.⏎Compares prices with Etsy.⏎Looks for a discount code.⏎Gives up.")
        #expect(result.resolved(taking: .theirs).cellAt("consideration", "web").note
            == "Reads the reviews.\nCompares prices with Etsy.\nLooks for a discount code.\nGives up.")

        // Lines added at the same place on both sides clash too (unlike list items).
        var oursAdd = base
        oursAdd.editCellAt("purchase", "email") { $0.note += "\nKeeps it" }
        var theirsAdd = base
        theirsAdd.editCellAt("purchase", "email") { $0.note += "\nDeletes it" }
        let added = JourneyMerge.merge(base: base, ours: oursAdd, theirs: theirsAdd)
        #expect(added.summaries == ["Cell Purchase × Email: note"])
        #expect(added.conflicts.first?.ours == "Gets the receipt⏎Keeps it")
    }

    // MARK: The map's own fields

    @Test func metadataFieldsMergeIndependently() throws {
        let base = try MergeFixture.base()
        var ours = base
        ours.title = "Cat mug shop: first purchase"
        ours.kind = .futureState
        var theirs = base
        theirs.persona = "Ana, 35"
        theirs.scenario = "Why do buyers leave?"
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(!result.hasConflicts)
        #expect(result.merged.title == "Cat mug shop: first purchase")
        #expect(result.merged.kind == .futureState)
        #expect(result.merged.persona == "Ana, 35")
        #expect(result.merged.scenario == "Why do buyers leave?")
    }

    @Test func metadataChangedOnBothSidesConflicts() throws {
        let base = try MergeFixture.base()
        var ours = base
        ours.title = "Mugs"
        ours.persona = nil
        ours.kind = .dayInTheLife
        var theirs = base
        theirs.title = "Cat mugs\nfirst purchase"
        theirs.persona = "Ana, 35"
        theirs.kind = .futureState
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.summaries == ["Title", "Persona", "Kind"])
        #expect(result.conflicts.map(\.id) == [0, 1, 2])
        #expect(result.conflicts[0].theirs == "Cat mugs⏎first purchase")
        #expect(result.conflicts[1].base == "Ana, 34")
        #expect(result.conflicts[1].ours == nil)
        #expect(result.conflicts[1].theirs == "Ana, 35")
        #expect(result.conflicts[2].ours == "day-in-the-life")
        #expect(result.conflicts[2].location == .map(field: "kind"))
        #expect(result.merged.persona == nil)
        let mixed = result.resolved([1: .theirs, 2: .theirs])
        #expect(mixed.title == "Mugs")
        #expect(mixed.persona == "Ana, 35")
        #expect(mixed.kind == .futureState)
    }

    @Test func unknownFieldsMergeKeyByKey() throws {
        var base = try MergeFixture.base()
        base.extraFields = [ExtraField(key: "owner", value: "Marketing"), ExtraField(key: "status", value: "draft")]
        base.setExtraFields([ExtraField(key: "owner", value: "Sales")], forStageAt: 0)
        var ours = base
        ours.extraFields = [ExtraField(key: "owner", value: "Growth"), ExtraField(key: "status", value: "draft")]
        ours.setExtraFields([ExtraField(key: "owner", value: "Sales"), ExtraField(key: "budget", value: "low")], forStageAt: 0)
        var theirs = base
        theirs.extraFields = [
            ExtraField(key: "owner", value: "Marketing"), ExtraField(key: "status", value: "review"),
            ExtraField(key: "team", value: "Mugs"),
        ]
        theirs.setExtraFields([ExtraField(key: "owner", value: "Support")], forStageAt: 0)
        let clean = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(!clean.hasConflicts)
        #expect(clean.merged.extraFields == [
            ExtraField(key: "owner", value: "Growth"), ExtraField(key: "status", value: "review"),
            ExtraField(key: "team", value: "Mugs"),
        ])
        #expect(clean.merged.stages[0].extraFields == [ExtraField(key: "owner", value: "Support"), ExtraField(key: "budget", value: "low")])

        theirs.extraFields[0].value = "Brand"
        theirs.setExtraFields([ExtraField(key: "owner", value: "Support"), ExtraField(key: "budget", value: "high")], forStageAt: 0)
        var oursCell = ours
        oursCell.editCellAt("purchase", "web") { $0.extraFields = [ExtraField(key: "source", value: "interview")] }
        var theirsCell = theirs
        theirsCell.editCellAt("purchase", "web") { $0.extraFields = [ExtraField(key: "source", value: "survey")] }
        let clash = JourneyMerge.merge(base: base, ours: oursCell, theirs: theirsCell)
        #expect(clash.summaries == [
            "Map field 'owner'", "Stage 'Awareness': budget", "Cell Purchase × Web shop: source",
        ])
        #expect(clash.conflicts[0].ours == "Growth")
        #expect(clash.conflicts[0].theirs == "Brand")
        #expect(clash.conflicts[1].base == nil)
        #expect(clash.conflicts[1].location == .stage(key: "awareness", field: "budget"))
        let theirsMap = clash.resolved(taking: .theirs)
        #expect(theirsMap.extraFields.first == ExtraField(key: "owner", value: "Brand"))
        #expect(theirsMap.stages[0].extraFields.contains(ExtraField(key: "budget", value: "high")))
        #expect(theirsMap.cellAt("purchase", "web").extraFields == [ExtraField(key: "source", value: "survey")])
    }

    @Test func unknownBlocksMergeAsAList() throws {
        var base = try MergeFixture.base()
        base.extraBlocks = [ExtraBlock(header: "backstage checkout", fields: [ExtraField(key: "system", value: "Shopify")])]
        var ours = base
        ours.extraBlocks.append(ExtraBlock(header: "backstage email", fields: [ExtraField(key: "system", value: "Mailchimp")]))
        var theirs = base
        theirs.extraBlocks.insert(ExtraBlock(header: "evidence ad", fields: []), at: 0)
        let clean = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(!clean.hasConflicts)
        #expect(clean.merged.extraBlocks.map(\.header) == ["evidence ad", "backstage checkout", "backstage email"])

        var oursChange = base
        oursChange.extraBlocks[0].fields[0].value = "WooCommerce"
        var theirsChange = base
        theirsChange.extraBlocks[0].fields[0].value = "Magento"
        let clash = JourneyMerge.merge(base: base, ours: oursChange, theirs: theirsChange)
        #expect(clash.summaries == ["Other blocks"])
        #expect(clash.conflicts.first?.theirs == "[backstage checkout] system: Magento")
        #expect(clash.resolved(taking: .theirs).extraBlocks == theirsChange.extraBlocks)
    }

    // MARK: Stages and touchpoints

    @Test func stageAndTouchpointFieldsMergeIndependently() throws {
        let base = try MergeFixture.base()
        var ours = base
        try ours.renameStage(at: 2, to: "Checkout")
        ours.setChannel("paid social", forTouchpointAt: 0)
        var theirs = base
        theirs.setGoal("Pay in one step", forStageAt: 2)
        try theirs.renameTouchpoint(at: 0, to: "Instagram reel")
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(!result.hasConflicts)
        #expect(result.merged.stageWithKey("purchase")?.name == "Checkout")
        #expect(result.merged.stageWithKey("purchase")?.goal == "Pay in one step")
        #expect(result.merged.touchpointWithKey("ad")?.name == "Instagram reel")
        #expect(result.merged.touchpointWithKey("ad")?.channel == "paid social")
        // Renames keep the cells where they were.
        #expect(result.merged.cellAt("purchase", "web").note == "Pays")
    }

    @Test func stageAndTouchpointFieldsChangedOnBothSidesConflict() throws {
        let base = try MergeFixture.base()
        var ours = base
        try ours.renameStage(at: 2, to: "Checkout")
        ours.setGoal(nil, forStageAt: 2)
        ours.setChannel("paid social", forTouchpointAt: 0)
        var theirs = base
        try theirs.renameStage(at: 2, to: "Payment")
        theirs.setGoal("Pay in one step", forStageAt: 2)
        theirs.setChannel("ads", forTouchpointAt: 0)
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.summaries == [
            "Stage 'Purchase': name", "Stage 'Checkout': goal", "Touchpoint 'Instagram ad': channel",
        ])
        #expect(result.conflicts[0].base == "Purchase")
        #expect(result.conflicts[0].ours == "Checkout")
        #expect(result.conflicts[0].theirs == "Payment")
        #expect(result.conflicts[0].location == .stage(key: "purchase", field: "name"))
        #expect(result.conflicts[1].ours == nil)
        #expect(result.conflicts[2].location == .touchpoint(key: "ad", field: "channel"))
        #expect(result.merged.stageWithKey("purchase")?.name == "Checkout")
        let theirsMap = result.resolved(taking: .theirs)
        #expect(theirsMap.stageWithKey("purchase")?.name == "Payment")
        #expect(theirsMap.stageWithKey("purchase")?.goal == "Pay in one step")
        #expect(theirsMap.touchpointWithKey("ad")?.channel == "ads")
        let onlyName = result.resolved([0: .theirs])
        #expect(onlyName.stageWithKey("purchase")?.name == "Payment")
        #expect(onlyName.stageWithKey("purchase")?.goal == nil)
    }

    @Test func addedOnEitherSideIsKeptAfterItsPredecessor() throws {
        let base = try MergeFixture.base()
        var ours = base
        try ours.appendStage(named: "Loyalty")
        try ours.insertTouchpoint(named: "Store", channel: "store", at: 0)
        ours.editCellAt("loyalty", "email") { $0.note = "Gets a discount for the next mug" }
        var theirs = base
        try theirs.insertStage(named: "Research", at: 1)
        try theirs.insertStage(named: "Comparison", at: 2)
        try theirs.insertTouchpoint(named: "Phone", at: 2)
        theirs.editCellAt("research", "phone") { $0.note = "Calls the shop" }
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(!result.hasConflicts)
        #expect(result.merged.stageKeyOrder == ["awareness", "research", "comparison", "consideration", "purchase", "loyalty"])
        #expect(result.merged.touchpointKeyOrder == ["store", "ad", "web", "phone", "email"])
        #expect(result.merged.cellAt("loyalty", "email").note == "Gets a discount for the next mug")
        #expect(result.merged.cellAt("research", "phone").note == "Calls the shop")
        #expect(result.merged.touchpointWithKey("store")?.channel == "store")
    }

    @Test func addedOnBothSidesWithTheSameKeyMergesFieldByField() throws {
        let base = try MergeFixture.base()
        var ours = base
        try ours.appendStage(named: "Loyalty", goal: "Come back")
        ours.editCellAt("loyalty", "email") { $0.note = "Gets a coupon" }
        ours.editCellAt("loyalty", "ad") { $0.emotion = Emotion(1) }
        var theirs = base
        try theirs.appendStage(named: "Loyalty", goal: "Buy again")
        theirs.editCellAt("loyalty", "email") { $0.note = "Gets a survey" }
        theirs.editCellAt("loyalty", "web") { $0.note = "Reorders" }
        try ours.appendTouchpoint(named: "Store", channel: "store")
        try theirs.appendTouchpoint(named: "Store")

        let identical = JourneyMerge.merge(base: base, ours: ours, theirs: ours)
        #expect(!identical.hasConflicts)
        #expect(identical.merged == ours)

        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.summaries == ["Stage 'Loyalty': goal", "Cell Loyalty × Email: note"])
        #expect(result.conflicts[0].base == nil)
        #expect(result.conflicts[0].ours == "Come back")
        #expect(result.conflicts[1].base == nil)
        #expect(result.merged.stages.filter { $0.key == "loyalty" }.count == 1)
        #expect(result.merged.cellAt("loyalty", "ad").emotion == Emotion(1))
        #expect(result.merged.cellAt("loyalty", "web").note == "Reorders")
        #expect(result.merged.cellAt("loyalty", "email").note == "Gets a coupon")
        #expect(result.resolved(taking: .theirs).cellAt("loyalty", "email").note == "Gets a survey")
        #expect(result.resolved(taking: .theirs).stageWithKey("loyalty")?.goal == "Buy again")
        // A field only one side filled in is taken, as if the base had it empty.
        #expect(result.merged.touchpointWithKey("store")?.channel == "store")
        #expect(result.merged.touchpointKeyOrder == ["ad", "web", "email", "store"])
    }

    @Test func deletedOnOneSideAndUnchangedOnTheOtherIsDeleted() throws {
        let base = try MergeFixture.base()
        var ours = base
        ours.removeStage(at: 1)
        ours.editCellAt("awareness", "ad") { $0.note = "Sees the ad" }
        var theirs = base
        theirs.removeTouchpoint(at: 2)
        theirs.removeStage(at: 0)
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        // Ours changed a cell of Awareness, which theirs deleted: that one is a conflict.
        #expect(result.summaries == ["Stage 'Awareness': deleted by theirs, changed by ours"])
        #expect(result.merged.stageKeyOrder == ["awareness", "purchase"])
        #expect(result.merged.touchpointKeyOrder == ["ad", "web"])
        #expect(result.resolved(taking: .theirs).stageKeyOrder == ["purchase"])

        var bothDelete = base
        bothDelete.removeStage(at: 1)
        let deletedTwice = JourneyMerge.merge(base: base, ours: bothDelete, theirs: bothDelete)
        #expect(!deletedTwice.hasConflicts)
        #expect(deletedTwice.merged.stageKeyOrder == ["awareness", "purchase"])
    }

    @Test func deletedOnOneSideAndChangedOnTheOtherIsAConflict() throws {
        let base = try MergeFixture.base()
        // Theirs deletes Purchase, ours changed one of its cells: kept by default (ours kept it).
        var ours = base
        ours.editCellAt("purchase", "web") { $0[list: .painPoints] = ["Card declined"] }
        ours.editCellAt("purchase", "ad") { $0.note = "Sees a retargeting ad" }
        var theirs = base
        theirs.removeStage(at: 2)
        theirs.editCellAt("awareness", "ad") { $0.emotion = Emotion(2) }
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        let conflict = try #require(result.conflicts.first)
        #expect(result.conflicts.count == 1)
        #expect(conflict.summary == "Stage 'Purchase': deleted by theirs, changed by ours")
        #expect(conflict.summary(in: .spanish) == "Etapa «Purchase»: borrada en su versión, cambiada en la nuestra")
        #expect(conflict.location == .stage(key: "purchase", field: nil))
        #expect(conflict.base == "Purchase")
        #expect(conflict.ours == "Purchase (changed: 2 cells)")
        #expect(conflict.ours(in: .spanish) == "Purchase (cambió: 2 celdas)")
        #expect(conflict.theirs == nil && conflict.theirs(in: .spanish) == nil)
        #expect(result.merged.stageKeyOrder == ["awareness", "consideration", "purchase"])
        #expect(result.merged.cellAt("purchase", "web")[list: .painPoints] == ["Card declined"])
        #expect(result.merged.cellAt("purchase", "email").note == "Gets the receipt")
        #expect(result.merged.cellAt("awareness", "ad").emotion == Emotion(2))
        let deleted = result.resolved([conflict.id: .theirs])
        #expect(deleted.stageKeyOrder == ["awareness", "consideration"])
        #expect(deleted.cellAt("awareness", "ad").emotion == Emotion(2))

        // Ours deletes the Email touchpoint, theirs renamed it and changed a cell: deleted by default.
        var oursDelete = base
        oursDelete.removeTouchpoint(at: 2)
        var theirsChange = base
        try theirsChange.renameTouchpoint(at: 2, to: "Newsletter")
        theirsChange.editCellAt("purchase", "email") { $0.emotion = Emotion(1) }
        let reverse = JourneyMerge.merge(base: base, ours: oursDelete, theirs: theirsChange)
        #expect(reverse.summaries == ["Touchpoint 'Newsletter': deleted by ours, changed by theirs"])
        #expect(reverse.conflicts.first?.ours == nil)
        #expect(reverse.conflicts.first?.theirs == "Newsletter (changed: name, 1 cell)")
        #expect(reverse.conflicts.first?.theirs(in: .spanish) == "Newsletter (cambió: nombre, 1 celda)")
        #expect(reverse.merged.touchpointKeyOrder == ["ad", "web"])
        let kept = reverse.resolved(taking: .theirs)
        #expect(kept.touchpointKeyOrder == ["ad", "web", "email"])
        #expect(kept.touchpointWithKey("email")?.name == "Newsletter")
        #expect(kept.cellAt("purchase", "email").note == "Gets the receipt")
        #expect(kept.cellAt("purchase", "email").emotion == Emotion(1))

        // A change to the stage itself counts too.
        var goal = base
        goal.setGoal("Find a gift", forStageAt: 0)
        var deleteAwareness = base
        deleteAwareness.removeStage(at: 0)
        let goalChange = JourneyMerge.merge(base: base, ours: deleteAwareness, theirs: goal)
        #expect(goalChange.conflicts.first?.theirs == "Awareness (changed: goal)")
        #expect(goalChange.conflicts.first?.theirs(in: .spanish) == "Awareness (cambió: objetivo)")
        #expect(goalChange.resolved(taking: .theirs).cellAt("awareness", "ad").note == "Sees the mug ad")
    }

    @Test func aStageAndATouchpointEachKeptAgainstADeletionKeepTheirCell() throws {
        let base = try MergeFixture.base()
        var ours = base
        ours.removeTouchpoint(at: 2)
        ours.editCellAt("purchase", "web") { $0.note = "Pays by card" }
        var theirs = base
        theirs.removeStage(at: 2)
        try theirs.renameTouchpoint(at: 2, to: "Newsletter")
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.summaries == [
            "Stage 'Purchase': deleted by theirs, changed by ours",
            "Touchpoint 'Newsletter': deleted by ours, changed by theirs",
        ])
        #expect(result.merged.stageKeyOrder == ["awareness", "consideration", "purchase"])
        #expect(result.merged.touchpointKeyOrder == ["ad", "web"])
        let both = result.resolved([0: .ours, 1: .theirs])
        #expect(both.touchpointKeyOrder == ["ad", "web", "email"])
        #expect(both.cellAt("purchase", "web").note == "Pays by card")
        // Neither side has the cell where they meet any more: it is kept as it was read.
        #expect(both.cellAt("purchase", "email").note == "Gets the receipt")
        #expect(result.resolved(taking: .theirs).stageKeyOrder == ["awareness", "consideration"])
    }

    @Test func namesThatCollideAfterTheMergeAreKeptApart() throws {
        let base = try MergeFixture.base()
        var ours = base
        try ours.renameStage(at: 1, to: "Research")
        var theirs = base
        try theirs.insertStage(named: "research ", at: 1)
        theirs.editCellAt("research", "web") { $0.note = "Googles cat mugs" }
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        let conflict = try #require(result.conflicts.first)
        #expect(result.conflicts.count == 1)
        #expect(conflict.summary == "Stage 'research ': name used by two stages (consideration and research)")
        #expect(conflict.location == .stage(key: "research", field: "name"))
        #expect(conflict.ours == "consideration: Research · research: research (2)")
        #expect(conflict.theirs == "consideration: Research (2) · research: research ")
        #expect(result.merged.stageKeyOrder == ["awareness", "research", "consideration", "purchase"])
        #expect(result.merged.stageWithKey("consideration")?.name == "Research")
        #expect(result.merged.stageWithKey("research")?.name == "research (2)")
        #expect(result.merged.cellAt("research", "web").note == "Googles cat mugs")
        let swapped = result.resolved([conflict.id: .theirs])
        #expect(swapped.stageWithKey("consideration")?.name == "Research (2)")
        #expect(swapped.stageWithKey("research")?.name == "research ")

        // Touchpoints too, and the number skips names already taken.
        var oursTouch = base
        try oursTouch.renameTouchpoint(at: 1, to: "Shop")
        try oursTouch.appendTouchpoint(named: "Shop (2)")
        var theirsTouch = base
        try theirsTouch.appendTouchpoint(named: "SHOP")
        let touch = JourneyMerge.merge(base: base, ours: oursTouch, theirs: theirsTouch)
        #expect(touch.summaries == ["Touchpoint 'SHOP': name used by two touchpoints (web and shop)"])
        #expect(touch.merged.touchpoints.map(\.name) == ["Instagram ad", "Shop", "Email", "Shop (2)", "SHOP (3)"])
        #expect(touch.resolved(taking: .theirs).touchpoints.map(\.name) == ["Instagram ad", "Shop (3)", "Email", "Shop (2)", "SHOP"])
    }

    // MARK: Order

    @Test func movesOnOneSideAreApplied() throws {
        let base = try MergeFixture.base()
        var ours = base
        ours.moveStage(from: 2, to: 0)
        var theirs = base
        try theirs.insertStage(named: "Research", at: 1)
        theirs.moveTouchpoint(from: 0, to: 2)
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(!result.hasConflicts)
        #expect(result.merged.stageKeyOrder == ["purchase", "awareness", "research", "consideration"])
        #expect(result.merged.touchpointKeyOrder == ["web", "email", "ad"])
        #expect(result.merged.cellAt("purchase", "web").note == "Pays")
        #expect(result.merged.cellAt("awareness", "ad").note == "Sees the mug ad")
    }

    @Test func whenBothSidesReorderOursWins() throws {
        let base = try MergeFixture.base()
        var ours = base
        ours.moveStage(from: 2, to: 0)
        var theirs = base
        theirs.moveStage(from: 0, to: 2)
        try theirs.appendStage(named: "Loyalty")
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(!result.hasConflicts)
        #expect(result.merged.stageKeyOrder == ["purchase", "awareness", "loyalty", "consideration"])
        #expect(result.resolved(taking: .theirs) == result.merged)
    }

    // MARK: Conflicts

    @Test func conflictsAreInDocumentOrder() throws {
        let base = try MergeFixture.base()
        var ours = base
        var theirs = base
        // Made in reverse order of the document.
        ours.editCellAt("purchase", "web") { $0.note = "ours" }
        theirs.editCellAt("purchase", "web") { $0.note = "theirs" }
        ours.editCellAt("consideration", "email") { $0.note = "ours" }
        theirs.editCellAt("consideration", "email") { $0.note = "theirs" }
        ours.editCellAt("consideration", "ad") { $0.feeling = "ours" }
        theirs.editCellAt("consideration", "ad") { $0.feeling = "theirs" }
        ours.editCellAt("consideration", "ad") { $0.note = "ours" }
        theirs.editCellAt("consideration", "ad") { $0.note = "theirs" }
        ours.setChannel("o", forTouchpointAt: 1)
        theirs.setChannel("t", forTouchpointAt: 1)
        ours.setChannel("o", forTouchpointAt: 0)
        theirs.setChannel("t", forTouchpointAt: 0)
        ours.setGoal("o", forStageAt: 1)
        theirs.setGoal("t", forStageAt: 1)
        try ours.renameStage(at: 1, to: "O")
        try theirs.renameStage(at: 1, to: "T")
        ours.scenario = "o"
        theirs.scenario = "t"
        ours.title = "o"
        theirs.title = "t"
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.summaries == [
            "Title", "Scenario",
            "Stage 'Consideration': name", "Stage 'O': goal",
            "Touchpoint 'Instagram ad': channel", "Touchpoint 'Web shop': channel",
            "Cell O × Instagram ad: note", "Cell O × Instagram ad: emotion", "Cell O × Email: note",
            "Cell Purchase × Web shop: note",
        ])
        #expect(result.conflicts.map(\.id) == Array(0..<10))
        #expect(result.resolved(taking: .theirs) == theirs)
        #expect(result.resolved(Dictionary(uniqueKeysWithValues: (0..<10).map { ($0, MergeSide.theirs) })) == theirs)
        #expect(result.merged == ours)
    }

    @Test func conflictValuesAreSingleLines() throws {
        let base = try MergeFixture.base()
        var ours = base
        var theirs = base
        ours.editCellAt("consideration", "web") {
            $0[list: .painPoints][0] = "two\nlines"
            $0.note = "a\nb"
        }
        theirs.editCellAt("consideration", "web") {
            $0[list: .painPoints][0] = "three\nmore\nlines"
            $0.note = "c\r\nd"
        }
        ours.setGoal("x\ny", forStageAt: 0)
        theirs.setGoal("z\nw", forStageAt: 0)
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.conflicts.count == 3)
        for conflict in result.conflicts {
            for text in [conflict.summary, conflict.base, conflict.ours, conflict.theirs].compactMap({ $0 }) {
                #expect(!text.contains("\n") && !text.contains("\r\n"), "\(text)")
            }
        }
        #expect(result.conflicts.contains { $0.ours == "two⏎lines · No size guide · Shipping unclear" })
    }

    @Test func largeMapsMergeOneCellPerSide() throws {
        var base = JourneyMap(title: "Large")
        for stage in 0..<100 { try base.appendStage(named: "Stage \(stage)") }
        for touchpoint in 0..<2000 { try base.appendTouchpoint(named: "Touchpoint \(touchpoint)") }
        for touchpoint in stride(from: 0, to: 2000, by: 3) {
            for stage in stride(from: touchpoint % 7, to: 100, by: 7) {
                base.setCell(Cell(note: "n\(stage)-\(touchpoint)", emotion: Emotion(stage % 5 - 2)), stage: stage, touchpoint: touchpoint)
            }
        }
        var ours = base
        ours.updateCell(stage: 3, touchpoint: 1500) { $0.note = "ours" }
        var theirs = base
        theirs.updateCell(stage: 97, touchpoint: 12) { $0[list: .painPoints] = ["theirs"] }
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(!result.hasConflicts)
        #expect(result.merged.cell(stage: 3, touchpoint: 1500).note == "ours")
        #expect(result.merged.cell(stage: 97, touchpoint: 12)[list: .painPoints] == ["theirs"])
        #expect(result.merged.nonEmptyCellCount == base.nonEmptyCellCount + 2)
        var expected = ours
        expected.updateCell(stage: 97, touchpoint: 12) { $0[list: .painPoints] = ["theirs"] }
        #expect(result.merged == expected)
    }
}
