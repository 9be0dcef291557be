import Foundation

/// Reading a large file on two cores.
///
/// The declarations before the first cell block (title, stages, touchpoints: a small part of a
/// large map) are read first, on one core. The cell blocks after them are then cut in two at a
/// block header near their middle, and each half is checked for UTF-8 and read by a reader of
/// its own, both starting from the declarations, so that both know every key declared so far. The
/// second half's stages, touchpoints, cells, extra blocks and problems are then appended to the
/// first's, in file order, exactly as one reader going through the whole file would have them:
/// the same map, and the same problems at the same lines and columns.
extension JourneyReader {
    /// Files smaller than this are read on one core: starting a second costs more than it saves.
    static let parallelThreshold = 1 << 20

    /// Reads the file on two cores when it is large and has the usual shape; returns `false`
    /// (having read nothing) when it should be read on one.
    mutating func readInParallel(from start: Int) throws(DiagnosticError) -> Bool {
        let count = bytes.count
        guard count >= Self.parallelThreshold, ProcessInfo.processInfo.activeProcessorCount > 1,
              let firstCell = lineStarting(with: "[cell ", from: start, to: count / 2),
              let split = lineStarting(with: "[", from: firstCell + (count - firstCell) / 2, to: count),
              split > firstCell
        else { return false }

        try validate(0..<firstCell)
        readLines(from: start, to: firstCell)
        if stopped {
            try validate(firstCell..<count)
            return true
        }
        let prefixStages = stages.count, prefixTouchpoints = touchpoints.count
        var second = self
        second.startSecondPart()

        let parts = withUnsafeMutablePointer(to: &self) { first in
            withUnsafeMutablePointer(to: &second) { second in
                let parts = HalfReaders(first: first, second: second)
                DispatchQueue.concurrentPerform(iterations: 2) { part in
                    if part == 0 {
                        parts.firstBad = parts.first.pointee.firstInvalidOffset(in: firstCell..<split)
                        guard parts.firstBad == nil else { return }
                        parts.first.pointee.readLines(from: firstCell, to: split)
                        // What the block header at `split` would do: finish the block before it.
                        parts.first.pointee.finishPending()
                        parts.first.pointee.storeCurrentCell()
                    } else {
                        parts.secondBad = parts.second.pointee.firstInvalidOffset(in: split..<count)
                        guard parts.secondBad == nil else { return }
                        parts.second.pointee.lineNumber += parts.second.pointee.source.lineFeedCount(from: firstCell, to: split)
                        parts.second.pointee.readLines(from: split, to: count)
                        parts.second.pointee.finishPending()
                        parts.second.pointee.storeCurrentCell()
                    }
                }
                return parts
            }
        }
        if let bad = parts.firstBad ?? parts.secondBad { throw badUTF8Error(at: bad) }
        absorb(second, prefixStages: prefixStages, prefixTouchpoints: prefixTouchpoints)
        return true
    }

    /// The offset of the first line in `from..<to` (a line's start, `from` itself excepted unless it
    /// follows a line feed) whose text starts with `prefix`.
    func lineStarting(with prefix: StaticString, from: Int, to: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let length = prefix.utf8CodeUnitCount
        var position = from
        while position < to {
            guard let found = memchr(base + position, 0x0A, to - position) else { return nil }
            let lineStart = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            if lineStart + length <= bytes.count, source.equals(prefix, from: lineStart, to: lineStart + length) {
                return lineStart
            }
            position = lineStart
        }
        return nil
    }

    /// Makes a copy of the reader, having read the declarations, ready to read from a block header on.
    mutating func startSecondPart() {
        diagnostics = []
        cellChunks = []
        cellCount = 0
        currentCell = nil
        pending = nil
        unresolvedKeys = []
        extraBlocks = []
        lastCellStage = -1
        lastCellTouchpoint = -1
        context = .skipped
    }

    /// Appends what `second` read after the declarations to what this reader read.
    mutating func absorb(_ second: JourneyReader, prefixStages: Int, prefixTouchpoints: Int) {
        let stageShift = stages.count - prefixStages
        let touchpointShift = touchpoints.count - prefixTouchpoints
        let unresolvedShift = unresolvedKeys.count
        // Problems first: once there are too many, the second half is not wanted.
        // (`report` stops at the same problem as one reader would, and says there are too many.)
        for diagnostic in second.diagnostics where !stopped {
            report(diagnostic.problem, location: diagnostic.location)
        }
        guard !stopped else { return }
        if second.stopped { stopped = true }
        stages.append(contentsOf: second.stages[prefixStages...])
        touchpoints.append(contentsOf: second.touchpoints[prefixTouchpoints...])
        unresolvedKeys.append(contentsOf: second.unresolvedKeys)
        extraBlocks.append(contentsOf: second.extraBlocks)
        @inline(__always) func remap(_ index: Int, prefix: Int, shift: Int) -> Int {
            index < 0 ? ~(~index + unresolvedShift) : (index < prefix ? index : index + shift)
        }
        for var chunk in second.cellChunks {
            if stageShift != 0 || touchpointShift != 0 || unresolvedShift != 0 {
                for index in chunk.indices {
                    chunk[index].stage = remap(chunk[index].stage, prefix: prefixStages, shift: stageShift)
                    chunk[index].touchpoint = remap(chunk[index].touchpoint, prefix: prefixTouchpoints, shift: touchpointShift)
                }
            }
            cellChunks.append(chunk)
        }
        cellCount += second.cellCount
        lineNumber = second.lineNumber
        lineStart = second.lineStart
    }
}

/// The two readers of a parallel read, and where each found bad UTF-8: each thread touches only
/// its own half's reader and result, and the caller reads them after both threads have finished.
private final class HalfReaders: @unchecked Sendable {
    let first: UnsafeMutablePointer<JourneyReader>
    let second: UnsafeMutablePointer<JourneyReader>
    var firstBad: Int?
    var secondBad: Int?

    init(first: UnsafeMutablePointer<JourneyReader>, second: UnsafeMutablePointer<JourneyReader>) {
        self.first = first
        self.second = second
    }
}

extension JourneySource {
    /// How many line feeds `start..<end` holds, eight bytes at a time.
    func lineFeedCount(from start: Int, to end: Int) -> Int {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return 0 }
        var count = 0
        var index = start
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let feeds: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
        while index + 8 <= end {
            let word = (base + index).loadUnaligned(as: UInt64.self) ^ feeds
            // A byte of `word` is zero exactly where the file has a line feed.
            let nonzero = ((word & lows) &+ lows) | word
            count += (~nonzero & ~lows).nonzeroBitCount
            index += 8
        }
        while index < end {
            if bytes[index] == 0x0A { count += 1 }
            index += 1
        }
        return count
    }
}
