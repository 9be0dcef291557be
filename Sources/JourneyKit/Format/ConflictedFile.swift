/// A `.journey` file with merge conflicts recorded in it (see ``ConflictMarkup``): its lines,
/// with the regions between `<<<<<<<` and `>>>>>>>` marker lines, each holding our lines, the
/// base's lines (after `|||||||`, when given) and their lines (after `=======`).
///
/// ``JourneyParser/parse(_:path:)-(String,_)`` rejects such a file, with
/// `path:line:column: unresolved merge conflict` for each region; this type reads it instead, as
/// git's own marker lines are read: the file with our side of every region is ``ours()``, with
/// their side ``theirs()``, and ``merge()`` merges the three versions again for a review that
/// takes a side conflict by conflict.
///
/// ```swift
/// if ConflictedFile.hasMarkers(bytes) {
///     let file = try ConflictedFile(bytes, path: "shop.journey")
///     let clean = try file.map(taking: .theirs)
/// }
/// ```
///
/// Any label may follow a marker (`<<<<<<< HEAD`, `>>>>>>> feature`), and the base part may be
/// missing, so that files git merged line by line read too.
public struct ConflictedFile: Sendable {
    /// One region between marker lines.
    public struct Region: Sendable, Equatable {
        /// The line of its `<<<<<<<` marker, from 1.
        public var line: Int
        /// Our lines.
        public var ours: [String]
        /// The base's lines; empty when the region has no `|||||||` part.
        public var base: [String]
        /// Their lines.
        public var theirs: [String]
    }

    /// One piece of the file: lines outside any region, or a region.
    enum Piece: Sendable {
        case common([String])
        case region(Region)
    }

    /// The file's path, for messages.
    public let path: String
    /// The file in order.
    let pieces: [Piece]

    /// The regions, in file order.
    public var regions: [Region] {
        pieces.compactMap { if case .region(let region) = $0 { region } else { nil } }
    }

    /// Whether any line of the bytes starts with `<<<<<<<`: the quick test before reading a file
    /// as conflicted.
    public static func hasMarkers(_ bytes: [UInt8]) -> Bool {
        var atLineStart = true
        var run = 0
        for byte in bytes {
            if byte == 0x3C, atLineStart || run > 0 {
                run += 1
                if run == 7 { return true }
                atLineStart = false
                continue
            }
            run = 0
            atLineStart = byte == 0x0A
        }
        return false
    }

    /// The kind of marker a line is, if any: seven of `<`, `|`, `=` or `>` at its start, then
    /// nothing or a space and a label.
    static func marker(_ line: Substring) -> Character? {
        guard let first = line.first, "<|=>".contains(first) else { return nil }
        let body = line.last == "\r" ? line.dropLast() : line
        guard body.count >= 7, body.prefix(7).allSatisfy({ $0 == first }) else { return nil }
        let rest = body.dropFirst(7)
        guard rest.isEmpty || rest.first == " " else { return nil }
        if first == "=" && !rest.isEmpty { return nil }
        return first
    }

    /// Reads the regions of a file's text; a marker out of place is an error naming its line.
    public init(_ bytes: [UInt8], path: String) throws(DiagnosticError) {
        self.path = path
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        enum Part { case ours, base, theirs }
        var pieces: [Piece] = []
        var common: [String] = []
        var region: Region?
        var part = Part.ours
        func problem(_ message: JourneyReaderStrings, _ line: Int) -> DiagnosticError {
            DiagnosticError(.journey(message), at: FileLocation(path: path, line: line, column: 1))
        }
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            let kind = Self.marker(line)
            guard var open = region else {
                switch kind {
                case "<":
                    if !common.isEmpty { pieces.append(.common(common)) }
                    common = []
                    region = Region(line: number, ours: [], base: [], theirs: [])
                    part = .ours
                case "|", "=", ">":
                    throw problem(.markerOutsideConflict, number)
                default:
                    common.append(String(line))
                }
                continue
            }
            switch (kind, part) {
            case ("|", .ours): part = .base
            case ("=", .ours), ("=", .base): part = .theirs
            case (">", .theirs):
                pieces.append(.region(open))
                region = nil
                continue
            case ("<", _), ("|", _), ("=", _), (">", _):
                throw problem(.markerOutOfPlace, number)
            default:
                switch part {
                case .ours: open.ours.append(String(line))
                case .base: open.base.append(String(line))
                case .theirs: open.theirs.append(String(line))
                }
            }
            region = open
        }
        if let open = region {
            throw problem(.unclosedConflict, open.line)
        }
        if !common.isEmpty { pieces.append(.common(common)) }
        self.pieces = pieces
    }

    /// The file's text with one part of every region: ours, the base's, or theirs.
    public func text(taking part: ConflictPart) -> String {
        var lines: [String] = []
        for piece in pieces {
            switch piece {
            case .common(let common): lines += common
            case .region(let region):
                switch part {
                case .ours: lines += region.ours
                case .base: lines += region.base
                case .theirs: lines += region.theirs
                }
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// The map with one side of every region, as resolving every region by hand that way gives.
    public func map(taking side: MergeSide) throws(DiagnosticError) -> JourneyMap {
        try JourneyParser.parse(text(taking: side == .ours ? .ours : .theirs), path: path)
    }

    /// Ours, theirs and the base merged again, for a review that takes a side conflict by
    /// conflict. A base that does not read as a map (a region without a base part, say) counts as
    /// an empty map, so that every difference between the sides is a conflict.
    public func merge() throws(DiagnosticError) -> (result: MergeResult, theirs: JourneyMap) {
        let ours = try map(taking: .ours)
        let theirs = try map(taking: .theirs)
        let base = (try? JourneyParser.parse(text(taking: .base), path: path)) ?? JourneyMap()
        return (JourneyMerge.merge(base: base, ours: ours, theirs: theirs), theirs)
    }

    /// The diagnostics a strict parse gives for the regions: `unresolved merge conflict` at each
    /// `<<<<<<<` line.
    public var diagnostics: [Diagnostic] {
        regions.map { Diagnostic(.journey(.unresolvedConflict), at: FileLocation(path: path, line: $0.line, column: 1)) }
    }
}

/// Which part of a conflict region to keep.
public enum ConflictPart: Sendable, Equatable {
    /// Our lines.
    case ours
    /// The base's lines.
    case base
    /// Their lines.
    case theirs
}
