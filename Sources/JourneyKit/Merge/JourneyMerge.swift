/// The three-way merge of journey maps: two versions that both started from a third (the
/// *base*) combined cell by cell, field by field, so that nothing either side did is lost.
///
/// The editor uses it when the file changed on disk since it was read (base: the version read,
/// ours: the editor's map, theirs: the file now); `journey merge` uses it as a git merge driver.
///
/// ```swift
/// let base = try JourneyParser.parse(readText, path: "shop.journey")
/// let result = JourneyMerge.merge(base: base, ours: editorMap, theirs: mapOnDisk)
/// if result.hasConflicts {
///     for conflict in result.conflicts {
///         print(conflict.summary, conflict.ours ?? "(none)", conflict.theirs ?? "(none)")
///     }
/// }
/// let saved = result.resolved([0: .theirs])   // the first conflict from theirs, the rest ours
/// ```
///
/// ## The rules
///
/// Think of git, at the level of the map rather than of lines:
///
/// - Stages and touchpoints are matched by their keys, which renames keep.
/// - Every field merges on its own: the map's title, persona, scenario, kind and unknown fields;
///   a stage's name, goal and unknown fields; a touchpoint's name, channel and unknown fields;
///   a cell's note, emotion (with its feeling word), pain points, opportunities and unknown
///   fields. A field changed on one side takes that side; changed the same on both is fine;
///   changed differently on both is a ``MergeConflict``.
/// - Pain points and opportunities merge item by item: items added on either side are kept
///   (ours first where both added at the same place, an item both added once), items deleted on
///   either side are deleted. Only an item rewritten on one side and rewritten differently or
///   deleted on the other makes the list a conflict.
/// - Notes merge line by line: changes to different lines combine; changes to the same lines (or
///   additions at the same place) are a conflict.
/// - Stages and touchpoints added on either side are kept: ours in our order, theirs each after
///   its predecessor in their order. Added on both sides with the same key, they merge field by
///   field as if the base had them empty.
/// - Deleted on one side and unchanged on the other: deleted. Deleted on one side and changed on
///   the other (itself or any of its cells): a conflict; taking the side that kept it keeps it
///   with its cells from that side.
/// - Moves on one side are applied. When both sides reordered, ours' order wins; that is not a
///   conflict, since nothing is lost.
/// - Names must stay unique (trimmed, ignoring case). When two different stages (or touchpoints)
///   end up with the same name, both are kept, the one not named so by ours becomes `Name (2)`,
///   and a conflict lets the user give the name to the other one instead.
///
/// The merge is deterministic, takes time about linear in the size of the maps, and numbers the
/// conflicts in document order: the map's fields, stages, touchpoints, then cells a stage at a time.
public enum JourneyMerge {
    /// Merges `ours` and `theirs`, two versions changed from `base`.
    ///
    /// - Returns: the merged map (conflicts taking ours), the conflicts, and the means to resolve them.
    public static func merge(base: JourneyMap, ours: JourneyMap, theirs: JourneyMap) -> MergeResult {
        var engine = MergeEngine(base: base, ours: ours, theirs: theirs)
        let (plan, conflicts, identifiers) = engine.run()
        return MergeResult(plan: plan, conflicts: conflicts, identifiers: identifiers)
    }
}
