import Foundation

/// The state of one parse: a line-by-line reader over UTF-8 bytes that collects the blocks it
/// finds and then builds the map from them.
struct JourneyReader {
    /// The text being read; empty once ``detachText()`` has let it go.
    private(set) var bytes: UnsafeBufferPointer<UInt8>
    private(set) var source: JourneySource
    let path: String
    var diagnostics: [Diagnostic] = []
    var stopped = false

    var lineNumber = 0
    var lineStart = 0

    // What the file declares, collected before the map is built.
    var sawHeader = false
    var title: String?
    var persona: String?
    var scenario: String?
    var kind: JourneyKind = .currentState
    var topExtras: [ExtraField] = []
    var stages: [PendingStage] = []
    var touchpoints: [PendingTouchpoint] = []
    /// The cells read so far, in file order, in chunks that building the map frees one by one.
    var cellChunks: [[PendingCell]] = []
    var cellCount = 0
    /// The cell block being read, stored in `cellChunks` when the next block starts.
    var currentCell: PendingCell?
    /// Stage and touchpoint keys declared so far, to their first block's index.
    var stageKeyIndex: [String: Int] = [:]
    var touchpointKeyIndex: [String: Int] = [:]
    /// Keys named by cells before any block declared them, resolved when the map is built.
    var unresolvedKeys: [String] = []
    /// Where in the file each stage's and touchpoint's key stands, parallel to `stages` and `touchpoints`.
    var stageKeyRanges: [Range<Int>] = []
    var touchpointKeyRanges: [Range<Int>] = []
    /// The stage and touchpoint of the last cell whose keys were declared before it, or -1: cells
    /// usually come stage by stage, touchpoint by touchpoint, so the next cell's keys are guessed
    /// from them and checked byte by byte before any string is made.
    var lastCellStage = -1
    var lastCellTouchpoint = -1
    var extraBlocks: [ExtraBlock] = []

    /// The block that fields currently belong to.
    var context: Context = .top
    /// The line on which each known field was first seen in the current block, or 0.
    var seenOnLine = [Int](repeating: 0, count: FieldKey.allCases.count)
    /// A field whose value continues on `|` lines.
    var pending: PendingValue?
    /// Whether the lines being read are inside a merge conflict (between `<<<<<<<` and
    /// `>>>>>>>`), which is reported once and whose lines are skipped.
    var inMergeConflict = false

    enum Context {
        case top, stage(Int), touchpoint(Int), cell, extra(Int), skipped
    }

    struct PendingStage {
        var key: String
        var header: FileLocation
        var name: String?
        var nameLocation: FileLocation?
        var goal: String?
        var metrics: [StageMetric] = []
        var extras: [ExtraField] = []
    }

    struct PendingTouchpoint {
        var key: String
        var header: FileLocation
        var name: String?
        var nameLocation: FileLocation?
        var channel: String?
        var extras: [ExtraField] = []
    }

    /// A cell block: its stage and touchpoint as the index of the block declaring them, or, for a
    /// key not declared before the cell, `~n` for `unresolvedKeys[n]`.
    struct PendingCell {
        var stage: Int
        var touchpoint: Int
        var line: Int
        var column: Int
        var cell = Cell()
    }

    static let cellChunkSize = 4096

    struct PendingValue {
        var key: FieldKey?
        var rawKey: String
        var location: FileLocation
        var text: [UInt8] = []
        var lines = 0
    }

    init(bytes: UnsafeBufferPointer<UInt8>, path: String) {
        self.bytes = bytes
        self.source = JourneySource(bytes: bytes)
        self.path = path
    }

    // MARK: Driving

    mutating func read() throws(DiagnosticError) -> JourneyMap {
        try readText()
        return try buildMap()
    }

    /// Reads the whole text: every block and value is collected (each value a copy of its bytes)
    /// and every problem in the text reported. Throws when there is one.
    mutating func readText() throws(DiagnosticError) {
        var position = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
        if try !readInParallel(from: position) {
            try validate(0..<bytes.count)
            readLines(from: position, to: bytes.count)
        }
        finishPending()
        storeCurrentCell()
        if !sawHeader && !stopped {
            report(.journey(.emptyFile), line: 1, column: 1)
        }
        guard diagnostics.isEmpty else { throw DiagnosticError(diagnostics) }
    }

    /// Lets go of the text once ``readText()`` has read it: building the map needs only what was
    /// collected, so the caller may free the text first (for a large file, a third of the memory
    /// the map takes).
    mutating func detachText() {
        bytes = UnsafeBufferPointer(start: nil, count: 0)
        source = JourneySource(bytes: bytes)
    }

    /// Builds the map from what ``readText()`` collected, or throws the problems that only the
    /// whole map shows (keys no block declares, cells given twice, names used twice).
    mutating func buildMap() throws(DiagnosticError) -> JourneyMap {
        let map = build()
        guard diagnostics.isEmpty else {
            // In file order, with "too many problems" last when the list was cut short.
            var sorted = diagnostics
            let tooMany = stopped && sorted.count > JourneyFormat.maximumDiagnostics ? sorted.removeLast() : nil
            sorted.sort { $0.location < $1.location }
            if let tooMany { sorted.append(tooMany) }
            throw DiagnosticError(sorted)
        }
        return map
    }

    /// Throws the bad-UTF-8 error for the first ill-formed byte in `range`, if any.
    func validate(_ range: Range<Int>) throws(DiagnosticError) {
        if let bad = firstInvalidOffset(in: range) { throw badUTF8Error(at: bad) }
    }

    /// The offset of the first ill-formed UTF-8 byte in `range` (which must start and end on character boundaries).
    func firstInvalidOffset(in range: Range<Int>) -> Int? {
        UTF8Validation.firstInvalidOffset(in: UnsafeBufferPointer(rebasing: bytes[range])).map { $0 + range.lowerBound }
    }

    func badUTF8Error(at bad: Int) -> DiagnosticError {
        DiagnosticError(.journey(.invalidUTF8(byte: bytes[bad])), at: locationOfOffset(bad))
    }

    /// Reads the lines of `start..<end`, where `start` begins a line and `end` ends one (or the file).
    mutating func readLines(from start: Int, to end: Int) {
        var position = start
        while position < end && !stopped {
            var lineEnd = end
            if let base = bytes.baseAddress, let found = memchr(base + position, 0x0A, end - position) {
                lineEnd = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            lineNumber += 1
            lineStart = position
            var contentEnd = lineEnd
            if contentEnd > position && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            readLine(from: position, to: contentEnd)
            position = lineEnd + 1
        }
    }

    mutating func readLine(from start: Int, to end: Int) {
        if lineNumber == 1 {
            readFormatLine(from: start, to: end)
            return
        }
        if _slowPath(inMergeConflict) {
            skipConflictLine(from: start, to: end)
            return
        }
        var first = start
        while first < end && (bytes[first] == 0x20 || bytes[first] == 0x09) { first += 1 }
        if first == end {
            finishPending()
            return
        }
        switch bytes[first] {
        case UInt8(ascii: "<") where first == start && isMergeMarker(from: start, to: end):
            finishPending()
            report(.journey(.unresolvedConflict), at: start)
            inMergeConflict = true
        case UInt8(ascii: "|"):
            readContinuation(from: first, to: end)
        case UInt8(ascii: "["):
            finishPending()
            readBlockHeader(from: first, to: end)
        case UInt8(ascii: "#"):
            finishPending()
            report(
                .journey(.commentLine),
                at: first)
        default:
            finishPending()
            readField(from: first, to: end)
        }
    }

    mutating func readFormatLine(from start: Int, to end: Int) {
        sawHeader = true
        let expected = "journey \(JourneyFormat.version)"
        let trimmed = source.trimmedEnd(start, end)
        if trimmed - start == expected.utf8.count, source.string(from: start, to: trimmed) == expected { return }
        if let base = bytes.baseAddress, let found = memchr(base + start, 0x0D, end - start) {
            report(
                .journey(.loneCarriageReturn),
                at: base.distance(to: found.assumingMemoryBound(to: UInt8.self)))
            stopped = true
            return
        }
        // "journey" and a version number, separated by spaces.
        var parts: [String] = []
        var index = start
        while index < trimmed && parts.count < 3 {
            while index < trimmed && bytes[index] == 0x20 { index += 1 }
            guard index < trimmed else { break }
            let partStart = index
            while index < trimmed && bytes[index] != 0x20 { index += 1 }
            parts.append(source.string(from: partStart, to: index))
        }
        if parts.count == 2, parts[0] == "journey", let version = Int(parts[1]) {
            if version > JourneyFormat.version {
                report(
                    .journey(.newerVersion(version)),
                    at: start)
            } else {
                report(.journey(.unknownVersion(JourneyReader.excerpt(parts[1]))), at: start)
            }
        } else {
            report(.journey(.notJourneyFile), at: start)
        }
        stopped = true
    }


    // MARK: Helpers

    /// A line inside a merge conflict: skipped, the `>>>>>>>` line ending the conflict.
    @inline(never)
    mutating func skipConflictLine(from start: Int, to end: Int) {
        if end - start >= 7, bytes[start] == UInt8(ascii: ">"), isMergeMarker(from: start, to: end) { inMergeConflict = false }
    }

    /// Whether the line is a merge conflict marker: seven of the same `<` or `>`, then the end
    /// of the line or a space (see ``ConflictedFile``).
    func isMergeMarker(from start: Int, to end: Int) -> Bool {
        guard end - start >= 7 else { return false }
        let first = bytes[start]
        for index in (start + 1)..<(start + 7) where bytes[index] != first { return false }
        return end - start == 7 || bytes[start + 7] == 0x20
    }

    /// Text from the file as a message quotes it: at most 40 characters, then `…`, so that a
    /// huge value or key cannot make a huge message.
    static func excerpt(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let cut = scalars.index(scalars.startIndex, offsetBy: 40, limitedBy: scalars.endIndex), cut != scalars.endIndex else {
            return text
        }
        return String(scalars[..<cut]) + "…"
    }

    static func isFieldKeyStart(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }

    static func isFieldKeyByte(_ byte: UInt8) -> Bool {
        isFieldKeyStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }

    // MARK: Locations and problems

    /// The location of a byte offset on the current line.
    ///
    /// `mutating` only so that it borrows the reader: a non-mutating call from the reader's
    /// mutating methods copies the whole reader in unoptimised builds.
    mutating func location(at offset: Int) -> FileLocation {
        FileLocation(path: path, line: lineNumber, column: source.column(of: offset, lineStart: lineStart))
    }

    /// The location of any byte offset in the file, counting lines from the start (used once, for bad UTF-8).
    func locationOfOffset(_ offset: Int) -> FileLocation {
        var line = 1
        var start = 0
        for index in 0..<offset where bytes[index] == 0x0A {
            line += 1
            start = index + 1
        }
        var column = 1
        var index = start
        if start == 0, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return FileLocation(path: path, line: line, column: column)
    }

    mutating func report(_ message: DiagnosticStrings, at offset: Int) {
        guard !stopped else { return }
        report(message, location: location(at: offset))
    }

    mutating func report(_ message: DiagnosticStrings, at location: FileLocation) {
        report(message, location: location)
    }

    mutating func report(_ message: DiagnosticStrings, line: Int, column: Int) {
        report(message, location: FileLocation(path: path, line: line, column: column))
    }

    mutating func report(_ message: DiagnosticStrings, location: FileLocation) {
        guard !stopped else { return }
        if diagnostics.count >= JourneyFormat.maximumDiagnostics {
            diagnostics.append(Diagnostic(.tooManyProblems, at: location))
            stopped = true
            return
        }
        diagnostics.append(Diagnostic(message, at: location))
    }
}
