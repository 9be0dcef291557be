import JourneyKit
import Testing

/// Merging votes, scores, owners, evidence, sources and metrics.
@Suite("Merge of item attributes")
struct MergeItemTests {
    /// Base, ours and theirs: the base map with each side's edit of the `consideration web` cell.
    private func merge(
        ours editOurs: (inout Cell) -> Void, theirs editTheirs: (inout Cell) -> Void
    ) throws -> (base: JourneyMap, result: MergeResult) {
        var base = try MergeFixture.base()
        base.editCellAt("consideration", "web") { $0[list: .painPoints][1].votes = 2 }
        var ours = base, theirs = base
        ours.editCellAt("consideration", "web", editOurs)
        theirs.editCellAt("consideration", "web", editTheirs)
        return (base, JourneyMerge.merge(base: base, ours: ours, theirs: theirs))
    }

    @Test("two branches voting on the same item merge to the base plus both sides' new votes")
    func votesAddUp() throws {
        let (_, result) = try merge(ours: { $0[list: .painPoints][1].votes += 3 }, theirs: { $0[list: .painPoints][1].votes += 4 })
        #expect(result.conflicts.isEmpty)
        #expect(result.merged.cellAt("consideration", "web")[list: .painPoints][1] == Item("No size guide", votes: 9))
    }

    @Test("votes taken away on one side and added on the other count both, never below 0")
    func votesNeverNegative() throws {
        let (_, result) = try merge(ours: { $0[list: .painPoints][1].votes = 0 }, theirs: { $0[list: .painPoints][1].votes += 1 })
        #expect(result.conflicts.isEmpty)
        #expect(result.merged.cellAt("consideration", "web")[list: .painPoints][1].votes == 1)
    }

    @Test("a vote on one side and a text edit of the same item on the other give the edited text with both votes")
    func voteAndTextEdit() throws {
        let (_, result) = try merge(
            ours: { $0[list: .painPoints][1].votes += 1 },
            theirs: { cell in
                cell[list: .painPoints][1].text = "No size guide for mugs"
                cell[list: .painPoints][1].votes += 2
            })
        #expect(result.conflicts.isEmpty)
        #expect(result.merged.cellAt("consideration", "web")[list: .painPoints] == [
            "Few photos", Item("No size guide for mugs", votes: 5), "Shipping unclear",
        ])
    }

    @Test("votes on an item and an item added elsewhere on the other side both stay")
    func voteAndAddition() throws {
        let (_, result) = try merge(
            ours: { $0[list: .painPoints][0].votes += 1 },
            theirs: { $0[list: .painPoints].append("Reviews look fake") })
        #expect(result.conflicts.isEmpty)
        #expect(result.merged.cellAt("consideration", "web")[list: .painPoints] == [
            Item("Few photos", votes: 1), Item("No size guide", votes: 2), "Shipping unclear", "Reviews look fake",
        ])
    }

    @Test("impact, effort and owner merge field by field; different impacts on both sides are a conflict")
    func scoresMergeFieldWise() throws {
        var base = try MergeFixture.base()
        base.editCellAt("awareness", "ad") { $0[list: .opportunities][0].impact = 3 }
        var ours = base, theirs = base
        ours.editCellAt("awareness", "ad") { cell in
            cell[list: .opportunities][0].effort = 2
            cell[list: .opportunities][0].impact = 4
        }
        theirs.editCellAt("awareness", "ad") { cell in
            cell[list: .opportunities][0].owner = "Marketing"
            cell[list: .opportunities][0].impact = 5
        }
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.summaries == ["Cell Awareness × Instagram ad: opportunities"])
        #expect(result.conflicts.first?.ours == "Show the price [impact 4, effort 2, owner \"Marketing\"]")
        #expect(result.conflicts.first?.theirs == "Show the price [impact 5, effort 2, owner \"Marketing\"]")
        #expect(result.merged.cellAt("awareness", "ad")[list: .opportunities] == [
            Item("Show the price", impact: 4, effort: 2, owner: "Marketing"),
        ])
        let theirsChoice = result.resolved([0: .theirs])
        #expect(theirsChoice.cellAt("awareness", "ad")[list: .opportunities][0].impact == 5)
    }

    @Test("an item voted on one side and deleted on the other is a conflict")
    func voteAgainstDelete() throws {
        let (_, result) = try merge(ours: { $0[list: .painPoints][1].votes += 1 }, theirs: { $0[list: .painPoints].remove(at: 1) })
        #expect(result.summaries == ["Cell Consideration × Web shop: pain points"])
        #expect(result.merged.cellAt("consideration", "web")[list: .painPoints].count == 3)
        #expect(result.resolved([0: .theirs]).cellAt("consideration", "web")[list: .painPoints] == ["Few photos", "Shipping unclear"])
    }

    @Test("evidence and sources merge like other fields; metrics merge item by item")
    func evidenceSourcesAndMetrics() throws {
        let base = try MergeFixture.base()
        var ours = base, theirs = base
        ours.editCellAt("purchase", "web") { cell in
            cell.evidence = .partial
            cell.sources.append("Entrevistas, n=8")
        }
        theirs.editCellAt("purchase", "web") { $0.sources.append("Analítica") }
        ours.setMetrics([StageMetric(name: "Conversión", value: 3.2, unit: "%")], forStageAt: 2)
        theirs.setMetrics([StageMetric(name: "Abandono", value: 69, unit: "%")], forStageAt: 2)
        let result = JourneyMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        let cell = result.merged.cellAt("purchase", "web")
        #expect(cell.evidence == .partial)
        #expect(cell.sources == ["Entrevistas, n=8", "Analítica"])
        #expect(result.merged.stages[2].metrics.map(\.name) == ["Conversión", "Abandono"])

        var other = base
        other.editCellAt("purchase", "web") { $0.evidence = .assumed }
        let clash = JourneyMerge.merge(base: base, ours: ours, theirs: other)
        #expect(clash.summaries == ["Cell Purchase × Web shop: evidence"])
        #expect(clash.conflicts.first?.ours == "partial")
        #expect(clash.conflicts.first?.theirs == "assumed")
    }
}
