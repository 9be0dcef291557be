@testable import JourneyKit
import Testing

/// The pieces the merge is built from: sequence differences, list and line merges, key order.
@Suite("Merge lists and order")
struct MergeListTests {
    private func merge(_ base: [String], _ ours: [String], _ theirs: [String], _ style: MergeListMerger.Style = .items) -> MergeOutcome<[String]> {
        MergeListMerger.merge(base: base, ours: ours, theirs: theirs, style: style)
    }

    private func clean(_ outcome: MergeOutcome<[String]>) -> [String]? {
        if case .clean(let value) = outcome { return value }
        return nil
    }

    private func candidates(_ outcome: MergeOutcome<[String]>) -> (ours: [String], theirs: [String])? {
        if case .conflict(let ours, let theirs) = outcome { return (ours, theirs) }
        return nil
    }

    @Test func hunksDescribeTheChangeExactly() {
        let base = ["a", "b", "c", "d", "e"]
        let other = ["a", "x", "c", "e", "f"]
        let hunks = MergeSequenceDiff.hunks(from: base, to: other)
        #expect(hunks == [
            MergeHunk(start: 1, end: 2, items: ["x"]),
            MergeHunk(start: 3, end: 4, items: []),
            MergeHunk(start: 5, end: 5, items: ["f"]),
        ])
        #expect(MergeSequenceDiff.hunks(from: base, to: base).isEmpty)
        #expect(MergeSequenceDiff.hunks(from: [], to: ["a"]) == [MergeHunk(start: 0, end: 0, items: ["a"])])
        // Applying the hunks gives the other sequence, for many random pairs.
        var random = MapGenerator.SeededRandom(seed: 11)
        for _ in 0..<300 {
            let left = (0..<Int.random(in: 0...8, using: &random)).map { _ in ["a", "b", "c", "d"].randomElement(using: &random)! }
            let right = (0..<Int.random(in: 0...8, using: &random)).map { _ in ["a", "b", "c", "e"].randomElement(using: &random)! }
            var applied: [String] = []
            var position = 0
            for hunk in MergeSequenceDiff.hunks(from: left, to: right) {
                #expect(hunk.start >= position)
                applied += left[position..<hunk.start]
                applied += hunk.items
                position = hunk.end
            }
            applied += left[position...]
            #expect(applied == right, "\(left) → \(right)")
        }
    }

    @Test func itemListsKeepEveryAdditionAndDeletion() {
        #expect(clean(merge(["a", "b"], ["a", "b", "x"], ["a", "b", "y"])) == ["a", "b", "x", "y"])
        #expect(clean(merge(["a", "b"], ["x", "a", "b"], ["a", "y", "b"])) == ["x", "a", "y", "b"])
        #expect(clean(merge(["a", "b", "c"], ["b", "c"], ["a", "b"])) == ["b"])
        #expect(clean(merge(["a", "b", "c"], ["a", "c"], ["a", "c"])) == ["a", "c"])
        #expect(clean(merge(["a", "b", "c"], ["a", "B", "c"], ["a", "b", "c", "d"])) == ["a", "B", "c", "d"])
        // Added inside a part the other side deleted: kept.
        #expect(clean(merge(["a", "b", "c"], ["a"], ["a", "b", "x", "c"])) == ["a", "x"])
        // The same item added on both sides, even at different places, is kept once.
        #expect(clean(merge(["a", "b"], ["x", "a", "b"], ["a", "b", "x"])) == ["x", "a", "b"])
        // Duplicates the base had stay as they were.
        #expect(clean(merge(["a", "a"], ["a", "a", "b"], ["a", "a"])) == ["a", "a", "b"])
    }

    @Test func itemListsConflictOnlyWhereAnItemIsRewrittenDifferently() throws {
        let edited = try #require(candidates(merge(["a", "b", "c"], ["a", "B1", "c", "x"], ["a", "B2", "c"])))
        #expect(edited.ours == ["a", "B1", "c", "x"])
        #expect(edited.theirs == ["a", "B2", "c", "x"])
        // An item theirs adds that ours added only in the clashing part is kept on theirs' side, once on ours'.
        let addedInClash = try #require(candidates(merge(["a", "b"], ["x", "b"], ["y", "b", "x"])))
        #expect(addedInClash.ours == ["x", "b"])
        #expect(addedInClash.theirs == ["y", "b", "x"])
        let deleted = try #require(candidates(merge(["a", "b", "c"], ["a", "c"], ["a", "B", "c"])))
        #expect(deleted.ours == ["a", "c"])
        #expect(deleted.theirs == ["a", "B", "c"])
    }

    @Test func linesConflictWhereverBothSidesChangeTheSamePlace() throws {
        #expect(clean(merge(["1", "2", "3"], ["1!", "2", "3"], ["1", "2", "3!"], .lines)) == ["1!", "2", "3!"])
        #expect(clean(merge(["1", "2"], ["1", "2", "x"], ["0", "1", "2"], .lines)) == ["0", "1", "2", "x"])
        let added = try #require(candidates(merge(["1"], ["1", "x"], ["1", "y"], .lines)))
        #expect(added.ours == ["1", "x"])
        #expect(added.theirs == ["1", "y"])
        #expect(candidates(merge(["1", "2", "3"], ["1", "3"], ["1", "2!", "3"], .lines)) != nil)
        // The same deletion on both sides is made once, beside another change.
        #expect(clean(merge(["1", "2", "3"], ["1", "3"], ["1", "3", "x"], .lines)) == ["1", "3", "x"])
        #expect(clean(merge(["1", "2"], ["1", "2!"], ["1", "2!"], .lines)) == ["1", "2!"])
    }

    @Test func orderFollowsOursUnlessOnlyTheirsMoved() {
        #expect(MergeOrder.merge(base: ["a", "b", "c"], ours: ["a", "x", "b", "c"], theirs: ["a", "b", "y", "c"])
            == ["a", "x", "b", "y", "c"])
        // Both add after the same key: ours first.
        #expect(MergeOrder.merge(base: ["a", "b"], ours: ["a", "x", "b"], theirs: ["a", "y", "b"]) == ["a", "x", "y", "b"])
        #expect(MergeOrder.merge(base: ["a"], ours: ["x", "a"], theirs: ["y", "a"]) == ["x", "y", "a"])
        // Only theirs moved: its order, ours' additions after their predecessors, still first.
        #expect(MergeOrder.merge(base: ["a", "b", "c"], ours: ["a", "x", "b", "c"], theirs: ["c", "a", "y", "b"])
            == ["c", "a", "x", "y", "b"])
        // Both moved: ours.
        #expect(MergeOrder.merge(base: ["a", "b", "c"], ours: ["b", "a", "c"], theirs: ["a", "c", "b"]) == ["b", "a", "c"])
        // Keys deleted on one side keep a place, in case a conflict keeps them.
        #expect(MergeOrder.merge(base: ["a", "b", "c"], ours: ["a", "c"], theirs: ["a", "b", "c"]) == ["a", "b", "c"])
    }
}
