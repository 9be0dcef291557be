import Foundation
import Testing
@testable import JourneyKit

/// Input made to break the readers: bytes that are not UTF-8, control characters, enormous lines,
/// files and nesting, repeated keys and blocks, odd line ends, truncated files.
///
/// Each input is either read correctly or refused with an error that names `path:line:column`
/// and says what is wrong. The inputs are big enough (10 MB lines, 100,000 blocks, 1,000,000
/// lines) that a quadratic path in a reader would make this suite obviously slow (minutes);
/// with linear readers each test takes about a second at most in a debug build.
@Suite("Hostile input")
struct HostileInputTests {
    static let path = "hostile.journey"

    // MARK: Helpers

    private func parse(_ bytes: [UInt8]) -> Result<JourneyMap, DiagnosticError> {
        Result { () throws(DiagnosticError) in try JourneyParser.parse(bytes, path: Self.path) }
    }

    private func parse(_ text: String) -> Result<JourneyMap, DiagnosticError> {
        parse(Array(text.utf8))
    }

    /// Expects the input to be refused with a first error at `line:column` whose message contains
    /// `message`, printed as `path:line:column: message`; returns the error for more checks.
    @discardableResult
    private func expectRefused(
        _ bytes: [UInt8], line: Int, column: Int, _ message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) -> DiagnosticError? {
        switch parse(bytes) {
        case .success:
            Issue.record("expected an error at \(line):\(column) containing '\(message)', but the input was read", sourceLocation: sourceLocation)
            return nil
        case .failure(let error):
            let first = error.diagnostics[0]
            #expect(first.location.line == line && first.location.column == column,
                    "expected \(line):\(column), got \(first)", sourceLocation: sourceLocation)
            #expect(first.message.contains(message), "expected '\(message)' in \(first)", sourceLocation: sourceLocation)
            #expect(first.description.hasPrefix("\(Self.path):\(line):\(column): "), sourceLocation: sourceLocation)
            // No message may be huge, whatever the input: quoted text is shortened.
            for diagnostic in error.diagnostics {
                #expect(diagnostic.message.utf8.count < 400, "a long message: \(diagnostic.message.prefix(200))…", sourceLocation: sourceLocation)
            }
            return error
        }
    }

    @discardableResult
    private func expectRefused(
        _ text: String, line: Int, column: Int, _ message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) -> DiagnosticError? {
        expectRefused(Array(text.utf8), line: line, column: column, message, sourceLocation: sourceLocation)
    }

    /// Expects the input to be read; checks that writing the map and reading it back gives the same
    /// map and the same text again. Returns the map.
    @discardableResult
    private func expectRead(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> JourneyMap? {
        switch parse(bytes) {
        case .failure(let error):
            Issue.record("expected the input to be read, got \(String(describing: error).prefix(500))", sourceLocation: sourceLocation)
            return nil
        case .success(let map):
            let written = JourneyWriter.bytes(for: map)
            switch parse(written) {
            case .failure(let error):
                Issue.record("the written map does not read back: \(String(describing: error).prefix(500))", sourceLocation: sourceLocation)
            case .success(let again):
                #expect(again == map, "parse(write(m)) != m", sourceLocation: sourceLocation)
                #expect(JourneyWriter.bytes(for: again) == written, "write(parse(write(m))) != write(m)", sourceLocation: sourceLocation)
            }
            return map
        }
    }

    @discardableResult
    private func expectRead(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> JourneyMap? {
        expectRead(Array(text.utf8), sourceLocation: sourceLocation)
    }

    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// A small valid map's text, with a cell, to build hostile variants on.
    static let small = """
        journey 1
        title: Cat mug shop
        kind: current-state

        [stage awareness]
        name: Awareness

        [touchpoint web]
        name: Web shop

        [cell awareness web]
        note: Sees the mug
        emotion: +1

        """

    // MARK: Invalid UTF-8

    @Test("invalid UTF-8 is refused at the line and column of the first bad byte", arguments: [
        // (bytes after "title: ab", the bad byte, what it is)
        ([0x80], 0x80, "a lone continuation byte"),
        ([0xBF, 0x80], 0xBF, "two lone continuation bytes"),
        ([0xC0, 0x80], 0xC0, "an overlong NUL"),
        ([0xC1, 0xBF], 0xC1, "an overlong two-byte form"),
        ([0xE0, 0x80, 0xAF], 0xE0, "an overlong three-byte '/'"),
        ([0xF0, 0x80, 0x80, 0xAF], 0xF0, "an overlong four-byte '/'"),
        ([0xED, 0xA0, 0x80], 0xED, "a high surrogate U+D800 in UTF-8"),
        ([0xED, 0xBF, 0xBF], 0xED, "a low surrogate U+DFFF in UTF-8"),
        ([0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80], 0xED, "a CESU-8 surrogate pair"),
        ([0xF4, 0x90, 0x80, 0x80], 0xF4, "a scalar above U+10FFFF"),
        ([0xF5, 0x80, 0x80, 0x80], 0xF5, "a lead byte above F4"),
        ([0xFF], 0xFF, "0xFF"),
        ([0xFE, 0xFF], 0xFE, "a UTF-16 byte order mark"),
        ([0xC3, 0x28], 0xC3, "a lead byte followed by ASCII"),
        ([0xE2, 0x82, 0x28], 0xE2, "a three-byte sequence cut by ASCII"),
    ] as [([UInt8], UInt8, String)])
    func invalidUTF8(sequence: [UInt8], bad: UInt8, what: String) {
        let badHex = String(format: "0x%02X", bad)
        // In the middle of a line: "title: ab" is nine characters, so the bad byte is column 10.
        expectRefused(bytes("journey 1\ntitle: ab") + sequence + bytes(" cd\n"), line: 2, column: 10,
                      "the file is not valid UTF-8: byte \(badHex) cannot stand here")
        // After multi-byte characters, columns count characters, not bytes.
        expectRefused(bytes("journey 1\n[stage s]\nname: ñ🙂é") + sequence + bytes("\n"), line: 3, column: 10,
                      "byte \(badHex)")
        // On the first line, after a byte order mark, which is not a column.
        expectRefused([0xEF, 0xBB, 0xBF] + bytes("jou") + sequence + bytes("rney 1\n"), line: 1, column: 4, "byte \(badHex)")
        // The JSON reader names the same place.
        let json = bytes("{\n  \"title\": \"ab") + sequence + bytes("\"\n}\n")
        #expect(throws: DiagnosticError.self) { try JSONInterchange.decode(json, path: "x.json") }
        do {
            _ = try JSONInterchange.decode(json, path: "x.json")
        } catch {
            #expect(error.diagnostics[0].location == FileLocation(path: "x.json", line: 2, column: 15))
            #expect(error.diagnostics[0].message.contains("not valid UTF-8: byte \(badHex)"))
        }
    }

    @Test("a multi-byte character cut by the end of the file is refused", arguments: [
        [0xC3], [0xE2], [0xE2, 0x82], [0xF0], [0xF0, 0x9F], [0xF0, 0x9F, 0x99],
    ] as [[UInt8]])
    func truncatedMultibyteAtEndOfFile(tail: [UInt8]) {
        expectRefused(bytes("journey 1\ntitle: café 🙂 ") + tail, line: 2, column: 15, "byte 0x\(String(format: "%02X", tail[0]))")
        // With a line end before the cut, on a line of its own.
        expectRefused(bytes("journey 1\ntitle: x\n") + tail, line: 3, column: 1, "not valid UTF-8")
    }

    @Test func invalidUTF8AfterALongValidPrefixIsFoundAndLocated() {
        // 200,000 lines of valid text, then a bad byte: the location is counted once, in linear time.
        var text = bytes("journey 1\n[stage s]\nname: S\n[touchpoint t]\nname: T\n[cell s t]\nnote:\n")
        for _ in 0..<200_000 { text += bytes("  | ¿Dónde está el carrito? 🛒\n") }
        text += bytes("  | ok") + [0xFF] + bytes("\n")
        expectRefused(text, line: 200_008, column: 7, "byte 0xFF")
    }

    // MARK: NUL and other control characters

    @Test func nulInAValue() {
        expectRefused("journey 1\ntitle: a\u{0}b\n", line: 2, column: 9, "a control character (NUL) cannot stand in a value")
        expectRefused("journey 1\ntitle: \"a\u{0}b\"\n", line: 2, column: 10, "a control character (NUL)")
        expectRefused("journey 1\n[stage s]\nname: S\n[touchpoint t]\nname: T\n[cell s t]\nnote:\n  | one\n  | t\u{0}wo\n",
                      line: 9, column: 6, "a control character (NUL)")
        // As an escape it is fine, and written back as one.
        let map = expectRead("journey 1\ntitle: \"a\\u{0}b\"\n")
        #expect(map?.title == "a\u{0}b")
    }

    @Test func nulInAKeyPosition() {
        expectRefused("journey 1\n\u{0}title: x\n", line: 2, column: 1, "a control character (NUL) cannot stand in a field key")
        expectRefused("journey 1\nti\u{0}tle: x\n", line: 2, column: 3, "a control character (NUL) cannot stand in a field key")
        expectRefused("journey 1\n  \u{0}\n", line: 2, column: 3, "a control character (NUL)")
        expectRefused("journey 1\n[stage a\u{0}b]\n", line: 2, column: 9, "a control character (NUL) cannot stand in a block header")
        expectRefused("journey 1\n[\u{0}]\n", line: 2, column: 2, "a control character (NUL)")
        expectRefused("\u{0}journey 1\n", line: 1, column: 1, "not a .journey file")
        expectRefused([UInt8](repeating: 0, count: 100_000), line: 1, column: 1, "not a .journey file")
        expectRefused(bytes("journey 1\n") + [UInt8](repeating: 0, count: 100_000), line: 2, column: 1, "a control character (NUL)")
    }

    @Test func otherControlCharactersInKeys() {
        expectRefused("journey 1\nti\u{1B}[2Jtle: x\n", line: 2, column: 3, "a control character (ESC) cannot stand in a field key")
        expectRefused("journey 1\n\u{7F}: x\n", line: 2, column: 1, "a control character (DEL)")
        expectRefused("journey 1\nno\u{85}te: x\n", line: 2, column: 3, "a control character (U+0085)")
        // The message never carries the raw control character to a terminal.
        let error = expectRefused("journey 1\n[stage \u{1B}]0;pwned\u{7}]\n", line: 2, column: 8, "a control character (ESC)")
        #expect(error.map { !String(describing: $0).contains("\u{1B}") } == true)
    }

    // MARK: Messages

    @Test func anUnknownEscapeIsQuotedAsAWholeCharacter() {
        // It used to quote the first byte of a multi-byte character, shown as U+FFFD.
        expectRefused("journey 1\ntitle: \"a\\éb\"\n", line: 2, column: 10, "unknown escape '\\é'")
        expectRefused("journey 1\ntitle: \"a\\🙂\"\n", line: 2, column: 10, "unknown escape '\\🙂'")
    }

    @Test func tooManyProblemsComesLastInFileOrder() throws {
        // Stages are checked before touchpoints, so the 51st problem found (a touchpoint's) lies
        // before the stages' in the file; the "too many problems" line still comes last.
        var text = "journey 1\n"
        for index in 0..<30 { text += "[touchpoint t]\nname: T\(index)\n" }
        for index in 0..<30 { text += "[stage s]\nname: S\(index)\n" }
        let error = try #require(expectRefused(text, line: 4, column: 1, "a second touchpoint with the key 't'"))
        #expect(error.diagnostics.count == JourneyFormat.maximumDiagnostics + 1)
        #expect(error.diagnostics.last?.message == "too many problems; stopping here")
        let located = error.diagnostics.dropLast().map(\.location)
        #expect(located == located.sorted())
    }

    // MARK: Enormous lines

    /// The piece that ``tenMegabytes`` repeats: ASCII, accents, an emoji, and a space at its end.
    private static let piece = "Compara precios en la tienda, duda, ¿vuelve mañana? 🙂 "
    private static let pieceCount = 10_000_000 / piece.utf8.count + 1

    /// Ten megabytes of text with no line break, mixing ASCII and multi-byte characters, ending with a space.
    private static let tenMegabytes = String(repeating: piece, count: pieceCount)
    /// The same without the space at its end.
    private static let tenMegabyteValue = String(tenMegabytes.dropLast())
    /// How many characters (columns) ``tenMegabytes`` has.
    private static let tenMegabyteColumns = piece.unicodeScalars.count * pieceCount
    /// One megabyte of ``tenMegabyteValue``.
    private static let oneMegabyteValue = String(repeating: piece, count: 1_000_000 / piece.utf8.count) + "fin"

    @Test func tenMegabyteNoteIsReadAndWrittenBack() throws {
        let note = Self.tenMegabyteValue
        let text = "journey 1\ntitle: T\nkind: current-state\n\n[stage s]\nname: S\n\n[touchpoint t]\nname: T\n\n[cell s t]\nnote: \(note)\nemotion: +1\n"
        let map = try JourneyParser.parse(text)
        #expect(map.cell(stage: 0, touchpoint: 0).note == note)
        #expect(map.cell(stage: 0, touchpoint: 0).emotion == Emotion(1))
        // The text is canonical: writing the map gives it back, so reading that gives the map again.
        #expect(JourneyWriter.text(for: map) == text)
    }

    @Test func aQuotedValueWithEscapesThroughout() throws {
        // A megabyte: writing a quoted value back goes a character at a time, slow in debug builds.
        let note = Self.oneMegabyteValue
        let quoted = "journey 1\ntitle: \"\\t" + note.replacingOccurrences(of: "🙂", with: "\\u{1F642}\\\"") + "\"\n"
        let map = try #require(expectRead(quoted))
        #expect(map.title == "\t" + note.replacingOccurrences(of: "🙂", with: "🙂\""))
    }

    @Test func errorAtTheEndOfATenMegabyteLineHasItsColumn() {
        let value = Self.tenMegabytes
        expectRefused("journey 1\ntitle: \(value)\u{1B}\n", line: 2, column: 8 + Self.tenMegabyteColumns, "a control character (ESC)")
        // An error on the line after it is on the right line, at column 1.
        expectRefused("journey 1\ntitle: \(value)\nkind: nope\n", line: 3, column: 1, "unknown map kind 'nope'")
    }

    @Test func unclosedTenMegabyteQuotedValue() {
        // Trailing spaces are not part of a value, so the missing quote is looked for before them.
        let trimmed = Self.tenMegabyteValue
        expectRefused("journey 1\ntitle: \"\(trimmed)   \n", line: 2, column: 8 + Self.tenMegabyteColumns, "must end with '\"'")
        expectRefused("journey 1\ntitle: \"\(trimmed)\u{7}\"\n", line: 2, column: 8 + Self.tenMegabyteColumns, "a control character (BEL)")
    }

    /// Ten megabytes of `x`.
    private static let garbage = String(repeating: "x", count: 10_000_000)

    @Test func tenMegabytesOfGarbageAsAField() {
        expectRefused("journey 1\n\(Self.garbage)\n", line: 2, column: 1, "expected a field such as")
        expectRefused("journey 1\n\(Self.garbage)\u{0}: x\n", line: 2, column: 10_000_001, "a control character (NUL) cannot stand in a field key")
    }

    @Test func tenMegabytesOfGarbageAsABlockHeader() {
        expectRefused("journey 1\n[\(Self.garbage)\n", line: 2, column: 10_000_002, "a block header must end with ']'")
        expectRefused("journey 1\n[stage \(Self.garbage)]\n", line: 2, column: 8, "is not a valid stage key")
    }

    @Test func tenMegabytesOfGarbageAsACommentOrContinuation() {
        expectRefused("journey 1\n#\(Self.garbage)\n", line: 2, column: 1, "may not start with '#'")
        expectRefused("journey 1\n|\(Self.garbage)\n", line: 2, column: 1, "a '|' line must follow a field")
    }

    @Test func tenMegabytesOfGarbageAsTheFirstLine() {
        expectRefused("\(Self.garbage)\n", line: 1, column: 1, "this is not a .journey file")
        expectRefused("journey \(String(repeating: "0", count: 1_000_000))2\n", line: 1, column: 1, "format version")
    }

    @Test func aMillionRandomCharactersOnOneLine() {
        // Characters drawn at random from the format's punctuation, letters and multi-byte characters.
        var random = MapGenerator.SeededRandom(seed: 10)
        let alphabet = Array("abc:[]|\"\\ \t#é🙂\u{202E}{}-_".unicodeScalars)
        var line = String.UnicodeScalarView()
        for _ in 0..<1_000_000 { line.append(alphabet.randomElement(using: &random) ?? "x") }
        for prefix in ["", "title: ", "title: \"", "[", "  | "] {
            switch parse("journey 1\n\(prefix)" + String(line) + "\n") {
            case .success: break
            case .failure(let error):
                #expect(error.diagnostics.allSatisfy { $0.location.line == 2 && $0.location.column >= 1 && $0.location.column <= 1_000_010 })
            }
        }
    }

    // MARK: Many blocks, many fields

    @Test func oneHundredThousandStagesAreReadAndWrittenBack() throws {
        var text = "journey 1\ntitle: Long journey\nkind: current-state\n"
        for index in 0..<100_000 {
            text += "\n[stage s\(index)]\nname: S\(index)\n"
        }
        text += "\n[touchpoint web]\nname: Web\n"
        for index in stride(from: 0, to: 100_000, by: 100) {
            text += "\n[cell s\(index) web]\nnote: Note \(index)\nemotion: -2\n"
        }
        let map = try JourneyParser.parse(text)
        #expect(map.stages.count == 100_000)
        #expect(map.touchpoints.count == 1)
        #expect(map.nonEmptyCellCount == 1_000)
        #expect(map.stages[99_999].name == "S99999")
        #expect(map.stages[99_999].key == "s99999")
        #expect(map.cell(stage: 99_900, touchpoint: 0).note == "Note 99900")
        // The text was canonical: writing the map gives it back byte for byte, so reading that
        // gives the same map again.
        #expect(JourneyWriter.text(for: map) == text)
    }

    private static let cellHead = "journey 1\n[stage s]\nname: S\n[touchpoint t]\nname: T\n[cell s t]\n"

    @Test func aFieldRepeatedOneHundredThousandTimes() throws {
        // A field that may appear once: refused, with at most 50 problems and a last "too many".
        let error = try #require(expectRefused(Self.cellHead + String(repeating: "note: again\n", count: 100_000),
                                               line: 8, column: 1, "'note' appears twice in this block (first on line 7)"))
        #expect(error.diagnostics.count == JourneyFormat.maximumDiagnostics + 1)
        #expect(error.diagnostics.last?.message == "too many problems; stopping here")
        // At the top of the file.
        expectRefused("journey 1\n" + String(repeating: "title: T\n", count: 100_000), line: 3, column: 1, "'title' appears twice")
    }

    @Test func aRepeatableFieldRepeatedOneHundredThousandTimes() throws {
        var pains = Self.cellHead
        for index in 0..<100_000 { pains += "pain: Pain \(index)\n" }
        let map = try #require(expectRead(pains))
        #expect(map.cell(stage: 0, touchpoint: 0)[list: .painPoints].count == 100_000)
        #expect(map.cell(stage: 0, touchpoint: 0)[list: .painPoints].last == "Pain 99999")
    }

    @Test func anUnknownFieldRepeatedOneHundredThousandTimes() throws {
        let map = try #require(expectRead(Self.cellHead + String(repeating: "x-owner: Marketing\n", count: 100_000)))
        #expect(map.cell(stage: 0, touchpoint: 0).extraFields.count == 100_000)
    }

    @Test func aStageHeaderRepeatedOneHundredThousandTimes() throws {
        let error = try #require(expectRefused("journey 1\n" + String(repeating: "[stage a]\nname: A\n", count: 100_000),
                                               line: 4, column: 1, "a second stage with the key 'a' (first on line 2)"))
        #expect(error.diagnostics.count == JourneyFormat.maximumDiagnostics + 1)
        #expect(error.diagnostics.last?.message == "too many problems; stopping here")
        // The same name under other keys.
        var names = "journey 1\n"
        for index in 0..<30_000 { names += "[stage s\(index)]\nname: A\n" }
        expectRefused(names, line: 5, column: 1, "there is already a stage named 'A'")
        expectRefused("journey 1\n" + String(repeating: "[stage a]\n", count: 100_000), line: 2, column: 1, "stage 'a' has no name")
    }

    @Test func aTouchpointKeyRepeatedOneHundredThousandTimes() {
        var keys = "journey 1\n"
        for index in 0..<100_000 { keys += "[touchpoint t]\nname: T\(index)\n" }
        expectRefused(keys, line: 4, column: 1, "a second touchpoint with the key 't' (first on line 2)")
    }

    @Test func aCellHeaderRepeatedOneHundredThousandTimes() {
        expectRefused("journey 1\n[stage s]\nname: S\n[touchpoint t]\nname: T\n" + String(repeating: "[cell s t]\nnote: n\n", count: 100_000),
                      line: 8, column: 1, "a second block for the cell 's t' (first on line 6)")
    }

    @Test func anUnknownBlockRepeatedOneHundredThousandTimes() throws {
        let text = "journey 1\ntitle: T\nkind: current-state\n" + String(repeating: "\n[backstage x]\nsystem: ERP\n", count: 100_000)
        let map = try JourneyParser.parse(text)
        #expect(map.extraBlocks.count == 100_000)
        #expect(JourneyWriter.text(for: map) == text)
    }

    @Test func aBlockWithAMillionEmptyLines() throws {
        let blank = String(repeating: "\n", count: 1_000_000)
        let map = try #require(expectRead("journey 1\n[stage s]\(blank)name: S\(blank)goal: G\(blank)"))
        #expect(map.stages.first?.name == "S")
        #expect(map.stages.first?.goal == "G")
        // Blank lines end a multi-line value; a '|' after them is on its own, on the right line.
        expectRefused("journey 1\n[stage s]\nname:\n  | one\(blank)  | two\n", line: 1_000_004, column: 3, "a '|' line must follow a field")
    }

    @Test func aMillionBlankLinesOfWhiteSpaceOrCRLF() {
        #expect(expectRead("journey 1\n[stage s]\n" + String(repeating: " \t \r\n", count: 1_000_000) + "name: S\n")?.stages.count == 1)
        expectRefused("journey 1\n" + String(repeating: "\r\n", count: 1_000_000) + "bad\n", line: 1_000_002, column: 1, "expected a field")
    }

    // MARK: Truncated files

    /// Parses `bytes` cut at each of `cuts`: each cut gives a map that round-trips, or errors inside the input.
    private func checkCuts(of bytes: [UInt8], at cuts: some Sequence<Int>, name: String) throws -> (read: Int, refused: Int) {
        var read = 0, refused = 0
        for cut in cuts {
            let prefix = Array(bytes[..<cut])
            switch parse(prefix) {
            case .success(let map):
                read += 1
                let written = JourneyWriter.bytes(for: map)
                let again = try JourneyParser.parse(written, path: "again")
                #expect(again == map && JourneyWriter.bytes(for: again) == written, "\(name) cut at \(cut)")
            case .failure(let error):
                refused += 1
                ParserFuzzTests.checkLocations(error, in: prefix, path: Self.path, what: "\(name) cut at \(cut)")
            }
        }
        return (read, refused)
    }

    @Test("a template cut at every byte offset gives a map or a located error", arguments: [
        "blank", "five-stage", "six-stage-es", "email-lifecycle-es",
    ])
    func templateTruncatedAtEveryOffset(name: String) throws {
        let bytes = try FuzzCorpus.file(named: "templates/\(name)")
        let (read, refused) = try checkCuts(of: bytes, at: 0...bytes.count, name: name)
        #expect(read > 0 && refused > 0)
    }

    @Test("an example cut at every line end and inside multi-byte characters", arguments: ["cat-mug-shop", "academia-online"])
    func exampleTruncatedAtLineEndsAndInsideCharacters(name: String) throws {
        let bytes = try FuzzCorpus.file(named: "examples/\(name)")
        var cuts: [Int] = [0, 1, bytes.count]
        var continuations = 0
        for (offset, byte) in bytes.enumerated() {
            if byte == 0x0A { cuts += [offset, offset + 1] }
            if byte & 0xC0 == 0x80 {
                // Inside a multi-byte character: every third one, to keep the test quick in debug builds.
                if continuations % 3 == 0 { cuts.append(offset) }
                continuations += 1
            }
        }
        let (read, refused) = try checkCuts(of: bytes, at: cuts, name: name)
        #expect(read > 0 && refused > 0)
    }

    // MARK: Line ends, byte order marks, tabs

    @Test func crlfLineEndsEverywhereOrMixed() throws {
        for name in ["cat-mug-shop", "academia-online"] {
            let bytes = try FuzzCorpus.file(named: name)
            let original = try JourneyParser.parse(bytes)
            var crlf: [UInt8] = []
            var mixed: [UInt8] = []
            var lineIndex = 0
            for byte in bytes {
                if byte == 0x0A {
                    crlf += [0x0D, 0x0A]
                    mixed += lineIndex % 2 == 0 ? [0x0D, 0x0A] : [0x0A]
                    lineIndex += 1
                } else {
                    crlf.append(byte)
                    mixed.append(byte)
                }
            }
            #expect(expectRead(crlf) == original)
            #expect(expectRead(mixed) == original)
            // Writing gives LF line ends again.
            #expect(JourneyWriter.bytes(for: original) == bytes)
        }
        // A CRLF file's error columns do not count the CR.
        expectRefused("journey 1\r\ntitle: x\r\nkind: odd\r\n", line: 3, column: 1, "unknown map kind 'odd'")
        expectRefused("journey 1\r\ntitle: \"open\r\n", line: 2, column: 13, "must end with '\"'")
        // The last line may end with CR and no LF.
        #expect(expectRead("journey 1\r\ntitle: x\r")?.title == "x")
    }

    @Test func loneCarriageReturns() {
        // Old Mac line ends: the whole file is one line.
        expectRefused("journey 1\rtitle: x\rkind: current-state\r", line: 1, column: 10, "carriage return")
        // Inside a value, a key or a header.
        expectRefused("journey 1\ntitle: a\rb\n", line: 2, column: 9, "a control character (carriage return) cannot stand in a value")
        expectRefused("journey 1\nti\rtle: x\n", line: 2, column: 3, "a control character (carriage return) cannot stand in a field key")
        expectRefused("journey 1\n[stage a\rb]\n", line: 2, column: 9, "a control character (carriage return)")
        // Two CRs before the LF: one belongs to the line end, the other is refused.
        expectRefused("journey 1\ntitle: x\r\r\n", line: 2, column: 9, "a control character (carriage return)")
        expectRefused("journey 1\n\r\r\n", line: 2, column: 1, "a control character (carriage return)")
        // As an escape it is fine.
        #expect(expectRead("journey 1\ntitle: \"a\\rb\"\n")?.title == "a\rb")
    }

    @Test func byteOrderMarks() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let file = try FuzzCorpus.file(named: "cat-mug-shop")
        #expect(expectRead(bom + file) == (try JourneyParser.parse(file)))
        #expect(expectRead(bom + Array(Self.small.replacingOccurrences(of: "\n", with: "\r\n").utf8)) == (try JourneyParser.parse(Self.small)))
        expectRefused(bom, line: 1, column: 1, "the file is empty")
        expectRefused(bom + bytes("journey 2\n"), line: 1, column: 1, "version 2")
        expectRefused(bom + bytes("journey 1\nkind: x\n"), line: 2, column: 1, "unknown map kind")
        // A second mark, or one further down, is not a line end or white space.
        expectRefused(bom + bom + bytes("journey 1\n"), line: 1, column: 1, "not a .journey file")
        expectRefused(bytes("journey 1\n") + bom + bytes("title: x\n"), line: 2, column: 1, "expected a field")
        // Inside a value it is kept, and written back escaped.
        #expect(expectRead(bytes("journey 1\ntitle: a") + bom + bytes("b\n"))?.title == "a\u{FEFF}b")
    }

    @Test func tabs() throws {
        let text = "journey 1\n\ttitle:\t\tCat\tmug\t\n[stage\ts]\t\n\t name:\tS\n[touchpoint\t\tt]\nname: T\n[cell\ts\tt]\n\tnote:\n\t|\tindented\n\t| x\n"
        let map = try #require(expectRead(text))
        #expect(map.title == "Cat\tmug")
        #expect(map.stages.first?.key == "s")
        #expect(map.cell(stage: 0, touchpoint: 0).note == "\tindented\nx")
        expectRefused("journey 1\ntitle\t: x\n", line: 2, column: 1, "expected a field")
        // A line of tabs only is blank.
        #expect(expectRead("journey 1\n" + String(repeating: "\t", count: 1_000_000) + "\ntitle: x\n")?.title == "x")
    }

    // MARK: Long keys

    @Test func veryLongKeys() throws {
        let long = String(repeating: "k", count: 1_000_000)
        // An unknown field with a huge key is kept and written back.
        let map = try #require(expectRead("journey 1\n\(long): v\n"))
        #expect(map.extraFields.first?.key == long)
        // A stage key is limited to 64 characters; the message quotes it shortened.
        #expect(expectRead("journey 1\n[stage \(String(repeating: "a", count: 64))]\nname: S\n")?.stages.count == 1)
        expectRefused("journey 1\n[stage \(String(repeating: "a", count: 65))]\nname: S\n", line: 2, column: 8, "is not a valid stage key")
        expectRefused("journey 1\n[stage \(long)]\nname: S\n", line: 2, column: 8, "is not a valid stage key")
        expectRefused("journey 1\n[cell a \(long)]\n", line: 2, column: 9, "is not a valid touchpoint key")
        expectRefused("journey 1\n[\(long)é]\n", line: 2, column: 2, "is not a block kind")
        // An unknown block kind with a huge header is kept.
        #expect(expectRead("journey 1\n[\(long) x]\n")?.extraBlocks.first?.header == "\(long) x")
        // Huge values in messages are shortened, too.
        expectRefused("journey 1\nkind: \(long)\n", line: 2, column: 1, "unknown map kind")
        expectRefused("journey 1\n[stage s]\nname: S\n[touchpoint t]\nname: T\n[cell s t]\nemotion: \(long)\n", line: 7, column: 1, "emotion must be")
        expectRefused("journey 1\n[stage s]\nname: \(long)\n[stage t]\nname: \(long)\n", line: 5, column: 1, "there is already a stage named")
    }

    // MARK: JSON

    private func decode(_ bytes: [UInt8]) -> Result<JourneyMap, DiagnosticError> {
        Result { () throws(DiagnosticError) in try JSONInterchange.decode(bytes, path: "hostile.json") }
    }

    @discardableResult
    private func expectJSONRefused(
        _ text: String, line: Int, column: Int, _ message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) -> DiagnosticError? {
        switch decode(Array(text.utf8)) {
        case .success:
            Issue.record("expected an error at \(line):\(column) containing '\(message)'", sourceLocation: sourceLocation)
            return nil
        case .failure(let error):
            let first = error.diagnostics[0]
            #expect(first.location.line == line && first.location.column == column, "expected \(line):\(column), got \(first)",
                    sourceLocation: sourceLocation)
            #expect(first.message.contains(message), "expected '\(message)' in \(first)", sourceLocation: sourceLocation)
            #expect(first.description.hasPrefix("hostile.json:\(line):\(column): "), sourceLocation: sourceLocation)
            for diagnostic in error.diagnostics {
                #expect(diagnostic.message.utf8.count < 600, "a long message: \(diagnostic.message.prefix(200))…", sourceLocation: sourceLocation)
            }
            return error
        }
    }

    @discardableResult
    private func expectJSONRead(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> JourneyMap? {
        switch decode(Array(text.utf8)) {
        case .failure(let error):
            Issue.record("expected the JSON to be read, got \(String(describing: error).prefix(500))", sourceLocation: sourceLocation)
            return nil
        case .success(let map):
            let encoded = JSONInterchange.encode(map)
            let again = try? JSONInterchange.decode(encoded)
            #expect(again == map, sourceLocation: sourceLocation)
            #expect(again.map(JSONInterchange.encode) == encoded, sourceLocation: sourceLocation)
            return map
        }
    }

    @Test func deeplyNestedJSONIsRefusedWithoutExhaustingTheStack() {
        let depth = 100_000
        let limit = JSONReader.maximumDepth
        expectJSONRefused(String(repeating: "[", count: depth), line: 1, column: limit + 1, "nested more than \(limit) levels deep")
        expectJSONRefused(String(repeating: "[", count: depth) + String(repeating: "]", count: depth),
                          line: 1, column: limit + 1, "nested more than \(limit) levels deep")
        expectJSONRefused(String(repeating: "{\"a\":", count: depth), line: 1, column: 5 * limit + 1, "nested more than")
        expectJSONRefused(String(repeating: "[{\"k\":", count: depth), line: 1, column: 3 * limit + 1, "nested more than")
        expectJSONRefused("{\"cells\":" + String(repeating: "[\n", count: depth), line: limit, column: 1, "nested more than")
        // As deep as allowed: a located error about the shape, not about the depth.
        let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        expectJSONRefused(deepest, line: 1, column: 1, "expected a JSON object at the top level")
        expectJSONRefused(String(repeating: "[", count: limit), line: 1, column: limit + 1, "the input ends inside the array")
    }

    @Test func hugeNumbersInJSON() {
        let head = "{\"version\": 1, \"title\": \"t\", \"kind\": \"current-state\", \"stages\": [{\"name\": \"S\"}], \"touchpoints\": [{\"name\": \"T\"}], \"cells\": [{\"stage\": \"S\", \"touchpoint\": \"T\", \"emotion\": "
        let column = head.count + 1
        for number in ["1e999999", "-1e999999", "100000000000000000000000000000000", "2.5", "3", "-3", "9223372036854775808",
                       String(repeating: "9", count: 1_000_000), "0.5" + String(repeating: "0", count: 1_000_000) + "1", "-2.000001"]
        {
            let error = expectJSONRefused(head + number + "}]}", line: 1, column: column, "expected a whole number from -2 to 2, found")
            #expect(error?.diagnostics[0].message.contains("cells[0].emotion") == true)
        }
        // Whole numbers written in other ways are whole numbers.
        for (number, score) in [("1.0", 1), ("-0", 0), ("2e0", 2), ("-20e-1", -2), ("0.1e1", 1),
                                ("1" + String(repeating: "0", count: 1_000_000) + "e-1000000", 1)] {
            #expect(expectJSONRead(head + number + "}]}")?.cell(stage: 0, touchpoint: 0).emotion == Emotion(score))
        }
        // Numbers too small for a double round to 0, as JSON readers commonly do; either way, no crash.
        for number in ["1e-999999", "-0." + String(repeating: "0", count: 1_000_000) + "1"] {
            switch decode(Array((head + number + "}]}").utf8)) {
            case .success(let map): #expect(map.cell(stage: 0, touchpoint: 0).emotion == Emotion(0))
            case .failure(let error): #expect(error.diagnostics[0].location.column == column)
            }
        }
        expectJSONRefused("{\"version\": 1e999999}", line: 1, column: 13, "expected the number 1, found 1e999999")
        expectJSONRefused("{\"version\": \(String(repeating: "1", count: 5_000_000))}", line: 1, column: 13, "expected the number 1, found 1111")
        expectJSONRefused("{\"version\": 1" + String(repeating: "0", count: 100) + "}", line: 1, column: 13, "expected the number 1")
    }

    @Test("NaN-like literals are refused with their place", arguments: [
        ("NaN", 12, "'NaN' is not a JSON value"), ("nan", 12, "'nan' is not a JSON value"),
        ("Infinity", 12, "'Infinity' is not a JSON value"), ("-Infinity", 13, "expected a digit after '-'"),
        ("+1", 12, "'+1' is not a JSON value"), (".5", 12, "'.5' is not a JSON value"), ("1.", 14, "expected a digit after the decimal point"),
        ("1e", 14, "expected a digit in the exponent"), ("1e+", 15, "expected a digit in the exponent"),
        ("0x1F", 13, "expected ',' or '}' after a value in an object, found 'x'"), ("01", 12, "may not start with 0"),
        ("undefined", 12, "'undefined' is not a JSON value"), ("True", 12, "'True' is not a JSON value"),
        ("nul", 12, "'nul' is not a JSON value"), ("nulll", 12, "'nulll' is not a JSON value"), ("-", 13, "expected a digit after '-'"),
    ] as [(String, Int, String)])
    func nanLikeLiterals(literal: String, column: Int, message: String) {
        expectJSONRefused("{\n  \"version\": 1,\n  \"title\": \(literal)\n}\n", line: 3, column: column, message)
    }

    @Test func tenMegabyteJSONString() throws {
        let note = Self.tenMegabytes
        let map = try JSONInterchange.decode("{\"version\": 1, \"title\": \"\(note)\", \"stages\": [], \"touchpoints\": [], \"cells\": []}")
        #expect(map.title == note)
        // A megabyte of it with escapes throughout, read, written and read again.
        let megabyte = Self.oneMegabyteValue
        let escaped = megabyte.replacingOccurrences(of: "¿", with: "\\u00bf").replacingOccurrences(of: "🙂", with: "\\ud83d\\ude42\\n")
        let json = "{\"version\": 1, \"title\": \"\(escaped)\", \"stages\": [], \"touchpoints\": [], \"cells\": []}"
        #expect(expectJSONRead(json)?.title == megabyte.replacingOccurrences(of: "🙂", with: "🙂\n"))
    }

    @Test func brokenTenMegabyteJSONString() {
        let note = Self.tenMegabytes
        // Unclosed, or broken at its end: located at the quote, or at the bad character.
        expectJSONRefused("{\"title\": \"\(note)", line: 1, column: 11, "this string is never closed")
        expectJSONRefused("{\"title\": \"\(note)\u{1}\"}", line: 1, column: 12 + Self.tenMegabyteColumns, "a control character (U+0001)")
        expectJSONRefused("{\"title\": \"\(note)\\q\"}", line: 1, column: 12 + Self.tenMegabyteColumns, "unknown escape")
    }

    @Test func tenMegabytesOfJSONGarbageAndWhiteSpace() {
        expectJSONRefused(Self.garbage, line: 1, column: 1, "is not a JSON value")
        expectJSONRefused(String(repeating: " ", count: 10_000_000) + "[]", line: 1, column: 10_000_001, "expected a JSON object")
        expectJSONRefused(String(repeating: "\n", count: 1_000_000) + "[]", line: 1_000_001, column: 1, "expected a JSON object")
        // A megabyte-long key (shortened in the message).
        expectJSONRefused("{\"\(String(Self.garbage.prefix(1_000_000)))\": 1}", line: 1, column: 2, "unknown key")
    }

    @Test func manyJSONStages() throws {
        var json = "{\"version\": 1, \"title\": \"t\", \"stages\": ["
        // 20,000 stages: making keys from names is slow in debug builds (a quadratic path would still show).
        json += (0..<20_000).map { "{\"name\": \"Stage \($0)\"}" }.joined(separator: ",")
        json += "], \"touchpoints\": [{\"name\": \"T\"}], \"cells\": ["
        json += stride(from: 0, to: 20_000, by: 7).map { "{\"stage\": \"stage \($0)\", \"touchpoint\": \"t\", \"note\": \"n\"}" }.joined(separator: ",")
        json += "]}"
        let map = try #require(expectJSONRead(json))
        #expect(map.stages.count == 20_000)
        #expect(map.nonEmptyCellCount == (20_000 + 6) / 7)
    }

    @Test func aJSONKeyRepeatedManyTimes() throws {
        // The same key 50,000 times: refused, with a bounded list of problems.
        let repeated = "{" + String(repeating: "\"title\": \"t\", ", count: 50_000) + "\"version\": 1}"
        let error = try #require(expectJSONRefused(repeated, line: 1, column: 16, "the key \"title\" appears twice"))
        #expect(error.diagnostics.count == JourneyFormat.maximumDiagnostics + 1)
    }

    @Test func controlCharactersAndNULInJSON() {
        expectJSONRefused("{\"title\": \"a\u{0}b\"}", line: 1, column: 13, "a control character (NUL) cannot stand raw inside a string")
        expectJSONRefused("{\u{0}\"title\": 1}", line: 1, column: 2, "found a control character (NUL)")
        expectJSONRefused("\u{0}", line: 1, column: 1, "found a control character (NUL)")
        expectJSONRefused("{\"title\": \"a\rb\"}", line: 1, column: 11, "not closed before the end of the line")
        expectJSONRefused("\u{FEFF}\u{FEFF}{}", line: 1, column: 1, "the character U+FEFF")
        #expect(expectJSONRead("\u{FEFF}{\r\n\"version\": 1,\r\n\t\"title\": \"\\u0000\"}")?.title == "\u{0}")
    }
}
