import JourneyKit
import Testing

/// Every error path of the `.journey` parser, with the line and column it must name.
@Suite("Parser errors")
struct JourneyParserErrorTests {
    /// Parses `text` and returns the diagnostics as `line:column: message` strings.
    private func errors(_ text: String) -> [String] {
        do {
            _ = try JourneyParser.parse(text, path: "m.journey")
            return []
        } catch {
            return error.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        }
    }

    private func errors(bytes: [UInt8]) -> [String] {
        do {
            _ = try JourneyParser.parse(bytes, path: "m.journey")
            return []
        } catch {
            return error.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        }
    }

    @Test func descriptionNamesPathLineAndColumn() throws {
        let error = #expect(throws: DiagnosticError.self) {
            try JourneyParser.parse("journey 1\nkind: sideways\n", path: "maps/shop.journey")
        }
        #expect(error?.description == "maps/shop.journey:2:1: unknown map kind 'sideways': expected one of current-state, future-state, day-in-the-life")
    }

    @Test func emptyFile() {
        #expect(errors("") == ["1:1: the file is empty: expected 'journey 1' on the first line"])
    }

    @Test func wrongFirstLine() {
        #expect(errors("title: x\n") == ["1:1: this is not a .journey file: expected 'journey 1' on the first line"])
    }

    @Test func newerVersion() {
        let found = errors("journey 2\ntitle: x\n")
        #expect(found.count == 1)
        #expect(found[0].hasPrefix("1:1: this file uses .journey format version 2"))
    }

    @Test func invalidUTF8NamesLineAndColumnOfTheBadByte() {
        var bytes = Array("journey 1\ntitle: Caf".utf8)
        bytes.append(0xE9)  // Latin-1 é
        bytes.append(contentsOf: Array(" ñ\n".utf8))
        #expect(errors(bytes: bytes) == ["2:11: the file is not valid UTF-8: byte 0xE9 cannot stand here; save the file as UTF-8"])
        // Columns count characters, not bytes: "ñé" before the bad byte are two columns.
        let second = Array("journey 1\ntitle: ñé".utf8) + [0xFF] + Array("\n".utf8)
        #expect(errors(bytes: second) == ["2:10: the file is not valid UTF-8: byte 0xFF cannot stand here; save the file as UTF-8"])
    }

    @Test func overlongAndSurrogateEncodingsAreInvalid() {
        let overlong = Array("journey 1\ntitle: ".utf8) + [0xC0, 0xAF] + Array("\n".utf8)
        #expect(errors(bytes: overlong).first?.hasPrefix("2:8: the file is not valid UTF-8") == true)
        let surrogate = Array("journey 1\ntitle: ".utf8) + [0xED, 0xA0, 0x80] + Array("\n".utf8)
        #expect(errors(bytes: surrogate).first?.hasPrefix("2:8: the file is not valid UTF-8") == true)
        let truncated = Array("journey 1\ntitle: ab".utf8) + [0xF0, 0x9F]
        #expect(errors(bytes: truncated).first?.hasPrefix("2:10: the file is not valid UTF-8") == true)
    }

    @Test func nulAndEscapeBytesAreRejectedWithTheirColumn() {
        #expect(errors("journey 1\ntitle: a\u{0}b\n") == [
            "2:9: a control character (NUL) cannot stand in a value; write it as an escape in a quoted value, such as \"\\t\" or \"\\u{1B}\"",
        ])
        #expect(errors("journey 1\ntitle: a\u{1B}]0;pwned\u{7}\n").first?.hasPrefix("2:9: a control character (ESC)") == true)
        #expect(errors("journey 1\ntitle: \"a\u{9B}b\"\n").first?.hasPrefix("2:10: a control character (U+009B)") == true)
    }

    @Test func fieldErrors() {
        let text = """
            journey 1
            title: x
            kind: sideways
            nonsense line
            [stage awareness]
            name: Awareness
            name: Again
            title: misplaced

            """
        #expect(errors(text) == [
            "3:1: unknown map kind 'sideways': expected one of current-state, future-state, day-in-the-life",
            "4:1: expected a field such as 'note: Compares prices', a block header such as '[stage awareness]', or a '|' line continuing a value",
            "7:1: 'name' appears twice in this block (first on line 6); keep one",
            "8:1: 'title' does not belong here: it goes at the top of the file, before the first block",
        ])
    }

    @Test func commentsAreRefusedRatherThanDropped() {
        #expect(errors("journey 1\n# remark\n") == [
            "2:1: a line may not start with '#': the format has no comments; put remarks in a note, or quote a value that starts with '#'",
        ])
    }

    @Test func quotedValueErrors() {
        #expect(errors("journey 1\ntitle: \"open\n") == [
            "2:13: a value starting with '\"' is quoted and must end with '\"' at the end of the line; to start the text with a quotation mark, escape it: \"\\\"Only 3 left\\\" feels like a trick\"",
        ])
        #expect(errors("journey 1\ntitle: \"a\\qb\"\n") == ["2:10: unknown escape '\\q': use \\\\, \\\", \\n, \\r, \\t or \\u{HEX}"])
        #expect(errors("journey 1\ntitle: \"a\"b\"\n") == ["2:10: a '\"' inside a quoted value must be written '\\\"' (a value starting with '\"' is quoted to its end)"])
        #expect(errors("journey 1\ntitle: \"\\u{D800}\"\n") == ["2:9: \\u{D800} is not a Unicode scalar value (surrogates and values above 10FFFF are not)"])
        #expect(errors("journey 1\ntitle: \"\\u{1234567}\"\n") == ["2:18: expected 1 to 6 hexadecimal digits in \\u{…}"])
        #expect(errors("journey 1\ntitle: \"\\u41\"\n") == ["2:9: expected '{' after '\\u', as in \\u{1B}"])
        #expect(errors("journey 1\ntitle: \"trailing\\\"\n") == ["2:17: a '\\' at the end of a quoted value: write '\\\\' for a backslash"])
    }

    @Test func continuationWithoutAField() {
        #expect(errors("journey 1\ntitle: x\n  | stray\n") == [
            "3:3: a '|' line must follow a field whose value starts on the next line, such as 'note:'",
        ])
    }

    @Test func blockHeaderErrors() {
        let text = """
            journey 1
            [stage]
            [stage Awareness]
            [cell onlyone]
            [stage a
            [9lives x]

            """
        #expect(errors(text) == [
            "2:1: expected '[stage KEY]' with one key, such as '[stage awareness]'",
            "3:8: 'Awareness' is not a valid stage key: use lowercase letters, digits, '-', '_' and '.', starting with a letter or digit (at most 64)",
            "4:1: expected '[cell STAGE-KEY TOUCHPOINT-KEY]', such as '[cell awareness web-shop]'",
            "5:9: a block header must end with ']', as in '[stage awareness]'",
            "6:2: '9lives' is not a block kind: expected 'stage', 'touchpoint' or 'cell' (other kinds are kept as they are, but must be a word of letters, digits and '-')",
        ])
    }

    @Test func structuralErrors() {
        let text = """
            journey 1
            [stage a]
            name: Awareness
            [stage b]
            name:  awareness  
            [stage a]
            name: Other
            [stage c]
            goal: no name
            [touchpoint t]
            name: Web
            [touchpoint u]
            name: WEB
            [cell a t]
            emotion: 3
            note: x

            """
        #expect(errors(text) == [
            "15:1: emotion must be a whole number from -2 to +2, found '3'",
        ])
        let fixed = text.replacingOccurrences(of: "emotion: 3", with: "emotion: +2")
        #expect(errors(fixed) == [
            "5:1: there is already a stage named 'awareness' (names are compared ignoring case and surrounding spaces)",
            "6:1: a second stage with the key 'a' (first on line 2); keys must be unique",
            "8:1: stage 'c' has no name: add a line such as 'name: Awareness'",
            "13:1: there is already a touchpoint named 'WEB' (names are compared ignoring case and surrounding spaces)",
        ])
    }

    @Test func cellReferenceErrors() {
        let text = """
            journey 1
            [stage a]
            name: A
            [touchpoint t]
            name: T
            [cell a t]
            note: one
            [cell a t]
            note: two
            [cell zz t]
            note: x
            [cell a yy]
            note: y

            """
        #expect(errors(text) == [
            "8:1: a second block for the cell 'a t' (first on line 6); each cell appears once",
            "10:1: this cell names the stage 'zz', but no [stage zz] block defines it",
            "12:1: this cell names the touchpoint 'yy', but no [touchpoint yy] block defines it",
        ])
    }

    @Test func emptyNameIsAnError() {
        #expect(errors("journey 1\n[stage a]\nname: \"  \"\n") == ["3:1: a stage name must not be empty"])
    }

    @Test func manyErrorsStopAtTheLimit() {
        let text = "journey 1\n" + String(repeating: "bad line\n", count: 500)
        let found = errors(text)
        #expect(found.count == JourneyFormat.maximumDiagnostics + 1)
        #expect(found.last?.hasSuffix("too many problems; stopping here") == true)
    }

    @Test func controlCharactersInMessagesAreEscapedForTheTerminal() throws {
        let error = #expect(throws: DiagnosticError.self) {
            try JourneyParser.parse("journey 1\nkind: \"\\u{1B}]0;evil\\u{7}\"\n", path: "x\u{1B}.journey")
        }
        let description = try #require(error?.description)
        #expect(!description.unicodeScalars.contains { $0.value < 0x20 })
        #expect(description.contains("\\u{1B}"))
    }
}
