/// Reading just what a first screen shows.
extension JourneyReader {
    /// Reads the declarations before the first cell block and the cells of the first
    /// `stageLimit` stages and `touchpointLimit` touchpoints, skipping the rest of the file;
    /// `nil` when the file does not have the usual shape (declarations first, then cells stage by
    /// stage) or when what was read has a problem.
    ///
    /// A preview is for painting a first screen only: it is not the map (later cells, problems
    /// later in the file are not seen), so nothing may be saved or computed from it.
    ///
    /// With `isStartOfFile`, the bytes are only the file's start, and the preview is `nil` unless
    /// the first cell of a stage beyond the first `stageLimit` is in them (every cell before it
    /// is then whole).
    mutating func readPreview(stageLimit: Int, touchpointLimit: Int, isStartOfFile: Bool = false) -> JourneyMap? {
        let count = bytes.count
        var start = 0
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        guard let firstCell = lineStarting(with: "[cell ", from: start, to: count),
              firstInvalidOffset(in: 0..<firstCell) == nil else { return nil }
        readLines(from: start, to: firstCell)
        guard diagnostics.isEmpty, !stopped else { return nil }
        let wantedStages = min(stageLimit, stageKeyRanges.count)
        let wantedTouchpoints = min(touchpointLimit, touchpointKeyRanges.count)
        var header = firstCell
        var stage = 0
        var reachedLaterStage = false
        while header < count {
            let next = lineStarting(with: "[", from: header, to: count) ?? count
            if let (stageWord, touchpointWord) = cellKeys(at: header, before: next) {
                // Cells come stage by stage: the first cell of a later stage ends the preview.
                while stage < wantedStages, !source.equals(stageKeyRanges[stage], from: stageWord.lowerBound, to: stageWord.upperBound) {
                    stage += 1
                }
                guard stage < wantedStages else {
                    reachedLaterStage = true
                    break
                }
                if (0..<wantedTouchpoints).contains(where: { source.equals(touchpointKeyRanges[$0], from: touchpointWord.lowerBound, to: touchpointWord.upperBound) }) {
                    guard firstInvalidOffset(in: header..<next) == nil else { return nil }
                    readLines(from: header, to: next)
                    finishPending()
                    storeCurrentCell()
                }
            }
            header = next
        }
        guard diagnostics.isEmpty, reachedLaterStage || !isStartOfFile else { return nil }
        let map = build()
        return diagnostics.isEmpty ? map : nil
    }

    /// The stage and touchpoint keys of a `[cell STAGE TOUCHPOINT]` header at `start`, if it is one.
    func cellKeys(at start: Int, before end: Int) -> (Range<Int>, Range<Int>)? {
        guard source.equals("[cell ", from: start, to: min(start + 6, end)) else { return nil }
        var index = start + 6
        let stageStart = index
        while index < end && bytes[index] != 0x20 && bytes[index] != 0x5D && bytes[index] != 0x0A { index += 1 }
        let stageEnd = index
        while index < end && bytes[index] == 0x20 { index += 1 }
        let touchpointStart = index
        while index < end && bytes[index] != 0x20 && bytes[index] != 0x5D && bytes[index] != 0x0A { index += 1 }
        guard stageEnd > stageStart, index > touchpointStart else { return nil }
        return (stageStart..<stageEnd, touchpointStart..<index)
    }
}
