import Foundation
import Testing
@testable import JourneyKit

/// The bundled example maps and templates as bytes: the seeds that the fuzz tests mutate.
enum FuzzCorpus {
    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    /// The names of every bundled map, examples first: `examples/cat-mug-shop`, `templates/blank`…
    static func names() throws -> [String] {
        guard let root = BundledMapFolder.defaultRoot() else { throw Missing(description: "the bundled assets were not found") }
        var names: [String] = []
        for folder in [BundledMapFolder.examples, .templates] {
            names += try folder.names(in: root).map { "\(folder.rawValue)/\($0)" }
        }
        return names
    }

    /// The bytes of a bundled map, named `folder/name` or just `name`.
    static func file(named name: String) throws -> [UInt8] {
        guard let root = BundledMapFolder.defaultRoot() else { throw Missing(description: "the bundled assets were not found") }
        let parts = name.split(separator: "/").map(String.init)
        let folders: [BundledMapFolder] = parts.count == 2 ? BundledMapFolder(rawValue: parts[0]).map { [$0] } ?? [] : BundledMapFolder.allCases
        for folder in folders {
            let url = folder.fileURL(for: parts[parts.count - 1], in: root)
            if let data = FileManager.default.contents(atPath: url.path) { return [UInt8](data) }
        }
        throw Missing(description: "no bundled map named \(name)")
    }

    /// Every bundled map's bytes.
    static func all() throws -> [[UInt8]] {
        try names().map(file(named:))
    }
}

/// Makes deterministic mutants of a file: bit flips, inserted and deleted bytes, duplicated,
/// swapped and deleted lines, splices with another file, control characters, multi-byte
/// sequences (valid and not), and pieces of the grammar dropped in at random.
struct Mutator {
    var random: MapGenerator.SeededRandom
    /// Pieces worth dropping into the input, for the format at hand.
    var tokens: [[UInt8]]

    init(seed: UInt64, tokens: [String]) {
        random = MapGenerator.SeededRandom(seed: seed)
        self.tokens = tokens.map { Array($0.utf8) }
    }

    static let journeyTokens = [
        "[", "]", "|", ":", ": ", "\"", "\\", "\\u{", "\\u{1B}", "\\u{D800}", "\\n", "#", " ", "\t", "\n", "\r\n", "\r", "\n\n",
        "journey 1\n", "journey 2\n", "[stage x]\n", "[touchpoint y]\n", "[cell x y]\n", "[backstage z]\n", "name: N\n", "note:\n  | a\n",
        "emotion: +3\n", "emotion: -2\n", "pain: p\n", "opportunity: o\n", "title: t\n", "kind: future-state\n", "x-field: v\n", "  | more\n",
        "\"quoted \\\"value\\\"\"", "goal: g\n", "channel: c\n", "feeling: ok\n",
    ]

    static let jsonTokens = [
        "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800", "\\udc00", "\\u00e9", "null", "true", "false", "0", "-1", "1e5", "2.0",
        "NaN", "\"stage\"", "\"name\": \"N\"", "\"cells\": []", "{\"name\": \"x\"}", "\"emotion\": 3", " ", "\n", "\r\n", "\t", "//", "'",
    ]

    static let controls: [[UInt8]] = (0..<0x20).map { [UInt8($0)] } + [[0x7F], [0xC2, 0x85], [0xC2, 0x9B], [0xC2, 0x80]]

    static let multibyte: [[UInt8]] = [
        Array("é".utf8), Array("🙂".utf8), Array("\u{202E}".utf8), Array("\u{FEFF}".utf8), Array("\u{2028}".utf8), Array("中".utf8),
        Array("👩‍💻".utf8), Array("e\u{301}".utf8), Array("\u{200B}".utf8), Array("\u{10FFFF}".utf8),
        // Not UTF-8: truncated, overlong, surrogate, out of range, stray.
        [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x99], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xFF], [0xFE], [0x80], [0xBF], [0xF8, 0x88, 0x80, 0x80, 0x80],
    ]

    private mutating func index(_ count: Int) -> Int { count == 0 ? 0 : Int.random(in: 0..<count, using: &random) }

    /// Offsets where lines start, and the end.
    private func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A && offset + 1 < bytes.count { starts.append(offset + 1) }
        return starts
    }

    private mutating func lineRange(_ bytes: [UInt8]) -> Range<Int> {
        let starts = lineStarts(bytes)
        let line = index(starts.count)
        return starts[line]..<(line + 1 < starts.count ? starts[line + 1] : bytes.count)
    }

    /// One to four mutations of `input`, sometimes splicing with one of `others`.
    mutating func mutant(of input: [UInt8], others: [[UInt8]]) -> [UInt8] {
        var bytes = input
        for _ in 0...index(4) { mutate(&bytes, others: others) }
        return bytes
    }

    mutating func mutate(_ bytes: inout [UInt8], others: [[UInt8]]) {
        let at = index(bytes.count + 1)
        switch index(13) {
        case 0:
            guard !bytes.isEmpty else { return }
            bytes[index(bytes.count)] ^= UInt8(1) << UInt8(index(8))
        case 1:
            bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: at)
        case 2:
            guard !bytes.isEmpty else { return }
            let start = index(bytes.count)
            bytes.removeSubrange(start..<min(bytes.count, start + 1 + index(8)))
        case 3:
            let range = lineRange(bytes)
            let line = Array(bytes[range])
            let target = lineStarts(bytes)[index(lineStarts(bytes).count)]
            bytes.insert(contentsOf: line.last == 0x0A || line.isEmpty ? line : line + [0x0A], at: target)
        case 4:
            let starts = lineStarts(bytes)
            guard starts.count > 2 else { return }
            var lines = starts.indices.map { Array(bytes[starts[$0]..<($0 + 1 < starts.count ? starts[$0 + 1] : bytes.count)]) }
            if lines[lines.count - 1].last != 0x0A { lines[lines.count - 1].append(0x0A) }
            lines.swapAt(index(lines.count), index(lines.count))
            bytes = lines.flatMap { $0 }
        case 5:
            bytes.removeSubrange(lineRange(bytes))
        case 6:
            guard let other = others.randomElement(using: &random) else { return }
            if Bool.random(using: &random) {
                // At line boundaries: the head of one file, the tail of the other.
                let mine = lineStarts(bytes), theirs = lineStarts(other)
                bytes = Array(bytes[..<mine[index(mine.count)]]) + Array(other[theirs[index(theirs.count)]...])
            } else {
                bytes = Array(bytes[..<at]) + Array(other[index(other.count + 1)...])
            }
        case 7:
            bytes.insert(contentsOf: Mutator.controls[index(Mutator.controls.count)], at: at)
        case 8:
            bytes.insert(contentsOf: Mutator.multibyte[index(Mutator.multibyte.count)], at: at)
        case 9, 10:
            bytes.insert(contentsOf: tokens[index(tokens.count)], at: at)
        case 11:
            // Replace a byte by a piece of the grammar.
            guard !bytes.isEmpty else { return }
            let position = index(bytes.count)
            bytes.replaceSubrange(position...position, with: tokens[index(tokens.count)])
        default:
            // Change the line ends: all CRLF, or one line's.
            if Bool.random(using: &random) {
                bytes = bytes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
            } else {
                let range = lineRange(bytes)
                if range.upperBound > 0, bytes[range.upperBound - 1] == 0x0A { bytes.insert(0x0D, at: range.upperBound - 1) }
            }
        }
    }
}

/// Seeded, deterministic mutations of the bundled maps and of their JSON form, fed to the readers:
/// they never crash; a refusal names a place inside the input; whatever they accept writes back
/// to a fixed point and reads back equal.
@Suite("Parser fuzz")
struct ParserFuzzTests {
    /// Mutants of a seed file of `size` bytes: more of the small templates than of the large
    /// examples, so that the suite takes a few seconds in a debug build. The same every run.
    static func mutantCount(forSize size: Int) -> Int {
        min(150, max(25, 250_000 / max(size, 1)))
    }

    /// The number of columns of each line, counting as the readers do (every byte that is not a
    /// UTF-8 continuation byte), for checking that a reported place lies inside the input.
    static func lineWidths(_ bytes: [UInt8]) -> [Int] {
        var widths = [0]
        for byte in bytes {
            if byte == 0x0A {
                widths.append(0)
            } else if byte & 0xC0 != 0x80 {
                widths[widths.count - 1] += 1
            }
        }
        return widths
    }

    /// Records an issue for any diagnostic whose place lies outside `bytes`.
    static func checkLocations(_ error: DiagnosticError, in bytes: [UInt8], path: String, what: String) {
        let widths = lineWidths(bytes)
        for diagnostic in error.diagnostics {
            let location = diagnostic.location
            let inside = location.path == path && location.line >= 1 && location.line <= widths.count
                && location.column >= 1 && location.column <= widths[location.line - 1] + 1
            #expect(inside, "\(what): \(diagnostic) lies outside the input (\(widths.count) lines)")
            #expect(!diagnostic.message.isEmpty)
        }
    }

    /// Checks that `map` writes and reads back to a fixed point: `parse(write(m)) == m` and
    /// `write(parse(write(m))) == write(m)`.
    static func checkRoundTrip(_ map: JourneyMap, what: String) {
        let written = JourneyWriter.bytes(for: map)
        do {
            let again = try JourneyParser.parse(written, path: "written.journey")
            #expect(again == map, "\(what): parse(write(m)) != m")
            #expect(JourneyWriter.bytes(for: again) == written, "\(what): write(parse(write(m))) != write(m)")
        } catch {
            Issue.record("\(what): the written map does not read back: \(error)")
        }
    }

    @Test("mutants of a bundled map: never a crash, a located error or a map that round-trips", arguments: try FuzzCorpus.names())
    func journeyMutants(name: String) throws {
        let seed = try FuzzCorpus.file(named: name)
        let others = try FuzzCorpus.all()
        var mutator = Mutator(seed: UInt64(truncatingIfNeeded: name.utf8.reduce(5381) { $0 &* 33 &+ Int($1) }), tokens: Mutator.journeyTokens)
        var read = 0
        let count = Self.mutantCount(forSize: seed.count)
        for round in 0..<count {
            let mutant = mutator.mutant(of: seed, others: others)
            let what = "\(name) mutant \(round)"
            let map: JourneyMap
            do {
                map = try JourneyParser.parse(mutant, path: "mutant.journey")
            } catch {
                Self.checkLocations(error, in: mutant, path: "mutant.journey", what: what)
                continue
            }
            read += 1
            Self.checkRoundTrip(map, what: what)
        }
        // Enough mutants are still maps for the round trip to be tested too.
        #expect(read >= count / 20, "only \(read) of \(count) mutants of \(name) were read")
    }

    @Test("mutants of a bundled map's JSON: never a crash, a located error or a map that round-trips", arguments: try FuzzCorpus.names())
    func jsonMutants(name: String) throws {
        let seedMap = try JourneyParser.parse(try FuzzCorpus.file(named: name))
        let seed = Array(JSONInterchange.encode(seedMap).utf8)
        let others = try FuzzCorpus.all().map { Array(JSONInterchange.encode(try JourneyParser.parse($0)).utf8) }
        var mutator = Mutator(seed: UInt64(truncatingIfNeeded: name.utf8.reduce(7919) { $0 &* 31 &+ Int($1) }), tokens: Mutator.jsonTokens)
        var read = 0
        let count = Self.mutantCount(forSize: try FuzzCorpus.file(named: name).count)
        for round in 0..<count {
            let mutant = mutator.mutant(of: seed, others: others)
            let what = "\(name) JSON mutant \(round)"
            let map: JourneyMap
            do {
                map = try JSONInterchange.decode(mutant, path: "mutant.json")
            } catch {
                Self.checkLocations(error, in: mutant, path: "mutant.json", what: what)
                continue
            }
            read += 1
            let encoded = JSONInterchange.encode(map)
            let again = try? JSONInterchange.decode(encoded, path: "encoded.json")
            #expect(again == map, "\(what): decode(encode(m)) != m")
            #expect(again.map(JSONInterchange.encode) == encoded, "\(what): encode(decode(encode(m))) != encode(m)")
            // What JSON gives can be saved as a .journey file.
            Self.checkRoundTrip(map, what: what)
        }
        #expect(read >= count / 40, "only \(read) of \(count) JSON mutants of \(name) were read")
    }

    @Test("random bytes and random lines of the grammar", arguments: 0..<4)
    func randomInput(seed: Int) {
        var random = MapGenerator.SeededRandom(seed: UInt64(seed) &* 0x5851_F42D)
        let pieces = Mutator.journeyTokens.map { Array($0.utf8) } + Mutator.controls + Mutator.multibyte
        for round in 0..<400 {
            var bytes: [UInt8] = round % 2 == 0 ? Array("journey 1\n".utf8) : []
            for _ in 0..<Int.random(in: 0...60, using: &random) {
                if Bool.random(using: &random) {
                    bytes += pieces.randomElement(using: &random) ?? []
                } else {
                    bytes.append(UInt8.random(in: 0...255, using: &random))
                }
            }
            for (reader, path) in [(0, "random.journey"), (1, "random.json")] {
                let what = "random input \(seed)/\(round) as \(path)"
                do {
                    let map = reader == 0 ? try JourneyParser.parse(bytes, path: path) : try JSONInterchange.decode(bytes, path: path)
                    Self.checkRoundTrip(map, what: what)
                } catch {
                    Self.checkLocations(error, in: bytes, path: path, what: what)
                }
            }
        }
    }
}
