/// A merge with conflicts written as one `.journey` file, with git-style marker lines around the
/// lines on which the two sides differ, so that git sees it as conflicted, a person can resolve
/// it in a text editor, and ``ConflictedFile`` can read it back.
///
/// ```
/// [cell purchase web]
/// <<<<<<< ours
/// note: Pays by card
/// ||||||| base
/// note: Pays
/// =======
/// note: Pays with PayPal
/// >>>>>>> theirs
/// emotion: -1
/// ```
///
/// Everything merged cleanly is written once, in canonical form. Each marked region holds our
/// lines, the base's lines for the same place, and their lines; keeping the lines of one side
/// (and deleting the markers) in every region gives exactly the map that taking that side for
/// every conflict gives (``MergeResult/resolved(taking:)``).
///
/// See <doc:Merging> and <doc:JourneyFileFormat>.
public enum ConflictMarkup {
    /// The line that opens a region, followed by our lines.
    public static let oursMarker = "<<<<<<< ours"
    /// The line before the base's lines.
    public static let baseMarker = "||||||| base"
    /// The line before their lines.
    public static let separatorMarker = "======="
    /// The line that closes a region.
    public static let theirsMarker = ">>>>>>> theirs"

    /// The text of a merge: the canonical text of ``MergeResult/merged`` when there is no
    /// conflict, otherwise the merge with every conflict marked.
    public static func text(base: JourneyMap, result: MergeResult) -> String {
        let ours = JourneyWriter.text(for: result.merged)
        guard result.hasConflicts else { return ours }
        let theirs = JourneyWriter.text(for: result.resolved(taking: .theirs))
        return text(base: JourneyWriter.text(for: base), ours: ours, theirs: theirs)
    }

    /// Marks where two canonical texts differ, block by block, with the base text's lines for each place.
    static func text(base: String, ours: String, theirs: String) -> String {
        let oursBlocks = TextBlock.split(ours)
        let theirsBlocks = TextBlock.split(theirs)
        var baseBlocks: [Substring: TextBlock] = [:]
        for block in TextBlock.split(base) where baseBlocks[block.header] == nil { baseBlocks[block.header] = block }

        var output = Output()
        var oursIndex = 0
        var theirsIndex = 0
        func emitMatched(until end: Int) {
            while oursIndex < end {
                let mine = oursBlocks[oursIndex]
                let other = theirsBlocks[theirsIndex]
                if mine.lines == other.lines {
                    output.lines += mine.lines
                } else {
                    output.markLines(mine.lines, other.lines, base: baseBlocks[mine.header]?.lines ?? [])
                }
                oursIndex += 1
                theirsIndex += 1
            }
        }
        // Blocks are matched by their header line; a block only one side has is a region of its own.
        for hunk in MergeSequenceDiff.hunks(from: oursBlocks.map(\.header), to: theirsBlocks.map(\.header)) {
            emitMatched(until: hunk.start)
            let mine = oursBlocks[hunk.start..<hunk.end]
            let others = theirsBlocks[theirsIndex..<(theirsIndex + hunk.items.count)]
            var region = Region()
            for block in mine {
                region.ours += block.lines
                region.base += baseBlocks[block.header]?.lines ?? []
            }
            for block in others {
                region.theirs += block.lines
                if mine.allSatisfy({ $0.header != block.header }) { region.base += baseBlocks[block.header]?.lines ?? [] }
            }
            output.append(region)
            oursIndex = hunk.end
            theirsIndex += hunk.items.count
        }
        emitMatched(until: oursBlocks.count)
        return output.lines.joined(separator: "\n") + "\n"
    }

    /// The lines of the marked text being written.
    private struct Output {
        var lines: [Substring] = []

        /// Writes a region with its markers.
        mutating func append(_ region: Region) {
            guard !region.isEmpty else { return }
            lines.append(Substring(oursMarker))
            lines += region.ours
            lines.append(Substring(baseMarker))
            lines += region.base
            lines.append(Substring(separatorMarker))
            lines += region.theirs
            lines.append(Substring(theirsMarker))
        }

        /// Writes one block whose lines differ between the two sides, marking each difference.
        ///
        /// A region's base lines are found among the base's lines of the same fields: the lines
        /// between the nearest lines of those fields around the region that the base kept.
        mutating func markLines(_ ours: [Substring], _ theirs: [Substring], base: [Substring]) {
            let oursKeys = ConflictMarkup.fieldKeys(of: ours)
            let theirsKeys = ConflictMarkup.fieldKeys(of: theirs)
            let baseKeys = ConflictMarkup.fieldKeys(of: base)
            var index = 0
            var shift = 0
            for hunk in MergeSequenceDiff.hunks(from: ours, to: theirs) {
                lines += ours[index..<hunk.start]
                let theirsStart = hunk.start + shift
                let keys = Set(oursKeys[hunk.start..<hunk.end]).union(theirsKeys[theirsStart..<(theirsStart + hunk.items.count)])
                let mine = ours.indices.filter { keys.contains(oursKeys[$0]) }
                let older = base.indices.filter { keys.contains(baseKeys[$0]) }.map { base[$0] }
                let low = mine.count { $0 < hunk.start }
                let high = mine.count { $0 < hunk.end }
                let matched = ConflictMarkup.matches(of: mine.map { ours[$0] }, in: older)
                let before = matched[..<low].last { $0 != nil }.flatMap { $0 } ?? -1
                let after = matched[high...].first { $0 != nil }.flatMap { $0 } ?? older.count
                append(Region(ours: Array(ours[hunk.start..<hunk.end]), base: after > before + 1 ? Array(older[(before + 1)..<after]) : [],
                              theirs: hunk.items))
                index = hunk.end
                shift += hunk.items.count - (hunk.end - hunk.start)
            }
            lines += ours[index...]
        }
    }

    /// The field each line belongs to: its key, the key of the field a `|` line continues, the
    /// header for a block header, empty for a blank line.
    fileprivate static func fieldKeys(of lines: [Substring]) -> [Substring] {
        var keys: [Substring] = []
        keys.reserveCapacity(lines.count)
        var current: Substring = ""
        for line in lines {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty {
                current = ""
            } else if trimmed.first == "[" {
                current = trimmed
            } else if trimmed.first != "|" {
                current = trimmed.prefix { $0 != ":" }
            }
            keys.append(current)
        }
        return keys
    }

    /// For each line of `lines`, the index of the same line in `base` when the two are aligned
    /// (a longest common subsequence), or `nil` for a line the base does not have there.
    fileprivate static func matches(of lines: [Substring], in base: [Substring]) -> [Int?] {
        var result = [Int?](repeating: nil, count: lines.count)
        var index = 0
        var shift = 0
        for hunk in MergeSequenceDiff.hunks(from: lines, to: base) {
            while index < hunk.start {
                result[index] = index + shift
                index += 1
            }
            shift += hunk.items.count - (hunk.end - hunk.start)
            index = hunk.end
        }
        while index < lines.count {
            result[index] = index + shift
            index += 1
        }
        return result
    }

    /// The lines of one marked region being gathered.
    private struct Region {
        var ours: [Substring] = []
        var base: [Substring] = []
        var theirs: [Substring] = []
        var isEmpty: Bool { ours.isEmpty && theirs.isEmpty }
    }
}

/// A block of canonical `.journey` text: its header line (empty for the lines before the first
/// block) and its lines, header and the blank line before the next block included.
struct TextBlock {
    var header: Substring
    var lines: [Substring]

    /// Splits canonical text (ending with a line end) into blocks.
    static func split(_ text: String) -> [TextBlock] {
        var blocks = [TextBlock(header: "", lines: [])]
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        for line in lines {
            if line.first == "[" {
                blocks.append(TextBlock(header: line, lines: [line]))
            } else {
                blocks[blocks.count - 1].lines.append(line)
            }
        }
        return blocks
    }
}
