import Foundation
import JourneyTestSupport
import Testing
@testable import JourneyKit

/// Decodes `json` expecting failure and returns the error's lines.
private func problems(_ json: String, path: String = "map.json") -> [String] {
    do {
        _ = try JSONInterchange.decode(json, path: path)
        Issue.record("expected an error for: \(json)")
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}

private func problems(bytes: [UInt8]) -> [String] {
    do {
        _ = try JSONInterchange.decode(bytes, path: "map.json")
        Issue.record("expected an error")
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}

@Suite("JSONInterchange: writing")
struct JSONInterchangeWritingTests {
    @Test("writes the contract's shape, keys in order, absent values left out")
    func golden() throws {
        let expected = #"""
            {
              "version": 1,
              "title": "Cat mug shop: first purchase",
              "persona": "Ana, 34, buys gifts online",
              "scenario": "Why do first-time buyers abandon the cart?",
              "kind": "current-state",
              "stages": [
                {
                  "name": "Awareness",
                  "goal": "Discover the brand"
                },
                {
                  "name": "Purchase"
                }
              ],
              "touchpoints": [
                {
                  "name": "Instagram ad",
                  "channel": "social"
                },
                {
                  "name": "Cart"
                }
              ],
              "cells": [
                {
                  "stage": "Awareness",
                  "touchpoint": "Instagram ad",
                  "note": "Sees the mug ad and clicks through",
                  "emotion": 1,
                  "feeling": "curious",
                  "painPoints": [
                    "The ad hides the price"
                  ],
                  "opportunities": [
                    "Show the price in the ad"
                  ]
                },
                {
                  "stage": "Awareness",
                  "touchpoint": "Cart",
                  "note": "Looks at\nthe basket"
                },
                {
                  "stage": "Purchase",
                  "touchpoint": "Cart",
                  "emotion": -2
                }
              ]
            }

            """#
        #expect(JSONInterchange.encode(try interchangeExampleMap()) == expected)
    }

    @Test("an empty map still writes version, title, kind and empty arrays")
    func emptyMap() {
        let expected = """
            {
              "version": 1,
              "title": "",
              "kind": "future-state",
              "stages": [],
              "touchpoints": [],
              "cells": []
            }

            """
        #expect(JSONInterchange.encode(JourneyMap(kind: .futureState)) == expected)
    }

    @Test("escapes quotes, backslashes and controls; keeps non-ASCII and '/' readable")
    func escaping() {
        let map = JourneyMap(title: "a\"b\\c/d\n\r\t\u{8}\u{C}\u{0}\u{1B}[0m\u{7F}\u{85}\u{2028}\u{2029}\u{202E} é 🙂 مرحبا 👩‍💻")
        let json = JSONInterchange.encode(map)
        #expect(json.contains(#""title": "a\"b\\c/d\n\r\t\b\f\u0000\u001b[0m\u007f\u0085\u2028\u2029\u202e é 🙂 مرحبا 👩‍💻","#))
        for scalar in json.unicodeScalars where scalar != "\n" {
            #expect(!(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029))
        }
    }

    @Test("a cell that holds only an emotion of 0 is written; empty strings are kept")
    func zeroAndEmptyStrings() throws {
        var map = JourneyMap(persona: "", scenario: nil)
        let stage = try map.appendStage(named: "S", goal: "")
        let touchpoint = try map.appendTouchpoint(named: "T", channel: "")
        map.setCell(Cell(emotion: Emotion(0), feeling: "", painPoints: [""]), stage: stage, touchpoint: touchpoint)
        let json = JSONInterchange.encode(map)
        #expect(json.contains(#""persona": "","#))
        #expect(json.contains(#""goal": """#))
        #expect(json.contains(#""channel": """#))
        #expect(json.contains(#""emotion": 0,"#))
        #expect(json.contains(#""feeling": "","#))
        #expect(!json.contains("scenario"))
        #expect(!json.contains("note"))
        #expect(try JSONInterchange.decode(json, path: "m.json") == map)
    }

    @Test("writing is deterministic")
    func deterministic() {
        var generator = MapGenerator(seed: 7)
        let map = generator.map()
        #expect(JSONInterchange.encode(map) == JSONInterchange.encode(map))
    }
}

@Suite("JSONInterchange: reading")
struct JSONInterchangeReadingTests {
    @Test("reads the contract's example")
    func contractExample() throws {
        let json = """
            {
              "version": 1,
              "title": "Cat mug shop: first purchase",
              "persona": "Ana, 34, buys gifts online",
              "scenario": "Why do first-time buyers abandon the cart?",
              "kind": "current-state",
              "stages": [ { "name": "Awareness", "goal": "Discover the brand" } ],
              "touchpoints": [ { "name": "Instagram ad", "channel": "social" } ],
              "cells": [
                { "stage": "Awareness", "touchpoint": "Instagram ad",
                  "note": "Sees the mug ad and clicks through",
                  "emotion": 1, "feeling": "curious",
                  "painPoints": ["The ad hides the price"],
                  "opportunities": ["Show the price in the ad"] }
              ]
            }
            """
        let map = try JSONInterchange.decode(json, path: "map.json")
        #expect(map.title == "Cat mug shop: first purchase")
        #expect(map.persona == "Ana, 34, buys gifts online")
        #expect(map.scenario == "Why do first-time buyers abandon the cart?")
        #expect(map.kind == .currentState)
        #expect(map.stages.map(\.name) == ["Awareness"])
        #expect(map.stages.map(\.key) == ["awareness"])
        #expect(map.stages.first?.goal == "Discover the brand")
        #expect(map.touchpoints.map(\.key) == ["instagram-ad"])
        #expect(map.touchpoints.first?.channel == "social")
        let cell = map.cell(stage: 0, touchpoint: 0)
        #expect(cell.note == "Sees the mug ad and clicks through")
        #expect(cell.emotion == Emotion(1))
        #expect(cell.feeling == "curious")
        #expect(cell[list: .painPoints] == ["The ad hides the price"])
        #expect(cell[list: .opportunities] == ["Show the price in the ad"])
    }

    @Test("absent keys take their defaults; null means absent where allowed")
    func defaults() throws {
        let map = try JSONInterchange.decode("{}", path: "m.json")
        #expect(map == JourneyMap())
        let nulls = try JSONInterchange.decode(
            #"{"persona": null, "scenario": null, "stages": [{"name": "S", "goal": null}], "touchpoints": [{"name": "T", "channel": null}], "cells": [{"stage": "S", "touchpoint": "T", "emotion": null, "feeling": null, "note": "n"}]}"#)
        #expect(nulls.persona == nil && nulls.scenario == nil)
        #expect(nulls.stages.first?.goal == nil)
        #expect(nulls.touchpoints.first?.channel == nil)
        #expect(nulls.cell(stage: 0, touchpoint: 0) == Cell(note: "n"))
    }

    @Test("whole numbers may be written as 1.0, -0 or 1e0", arguments: [
        ("1.0", 1), ("-0", 0), ("2e0", 2), ("-2.000", -2), ("-1E0", -1), ("0.0e5", 0),
    ])
    func wholeNumbers(text: String, score: Int) throws {
        let map = try JSONInterchange.decode(
            #"{"version": 1.0, "stages": [{"name": "S"}], "touchpoints": [{"name": "T"}], "cells": [{"stage": "S", "touchpoint": "T", "emotion": \#(text)}]}"#)
        #expect(map.cell(stage: 0, touchpoint: 0).emotion == Emotion(score))
    }

    @Test("cells find stages and touchpoints trimmed and case-insensitively, whatever the key order")
    func references() throws {
        let map = try JSONInterchange.decode(
            #"{"cells": [{"touchpoint": " web SHOP ", "stage": "awareness", "note": "x"}], "touchpoints": [{"name": "Web shop"}], "stages": [{"name": "Awareness"}]}"#)
        #expect(map.cell(stage: 0, touchpoint: 0).note == "x")
    }

    @Test("accepts a byte order mark, CRLF line ends, tabs and every JSON escape")
    func syntaxVariety() throws {
        let text = "\u{FEFF}{\r\n\t\"title\" :\t\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u00E9\\ud83d\\ude42\"\r\n}\r\n"
        let map = try JSONInterchange.decode(text)
        #expect(map.title == "\"\\/\u{8}\u{C}\n\r\té\u{E9}🙂")
        let data = Data(text.utf8)
        #expect(try JSONInterchange.decode(data, path: "x") == map)
        #expect(try JSONInterchange.decode(Array(text.utf8), path: "x") == map)
    }

    @Test("a cell with only its stage and touchpoint adds nothing")
    func emptyCell() throws {
        let map = try JSONInterchange.decode(
            #"{"stages": [{"name": "S"}], "touchpoints": [{"name": "T"}], "cells": [{"stage": "S", "touchpoint": "T", "note": "", "painPoints": []}]}"#)
        #expect(map.nonEmptyCellCount == 0)
    }
}

@Suite("JSONInterchange: errors")
struct JSONInterchangeErrorTests {
    /// A document laid out as people write it, with the value at fault on a known line and column.
    @Test("a wrong emotion names its path, line and column, and quotes what was found")
    func emotionError() {
        let json = """
            {
              "stages": [{"name": "Awareness"}],
              "touchpoints": [{"name": "Ad"}],
              "cells": [
                {"stage": "Awareness", "touchpoint": "Ad", "emotion": "happy"}
              ]
            }
            """
        #expect(problems(json) == [
            #"map.json:5:59: cells[0].emotion: expected a whole number from -2 to 2, found "happy""#,
        ])
    }

    @Test("emotions other than whole numbers from -2 to 2 are refused", arguments: [
        ("1.5", "1.5"), ("3", "3"), ("-3", "-3"), (#""1""#, #""1""#), ("true", "true"), ("[]", "an array"),
        ("{}", "an object"), ("1e400", "1e400"),
    ])
    func emotionValues(value: String, found: String) {
        let json = #"{"stages": [{"name": "S"}], "touchpoints": [{"name": "T"}], "cells": [{"stage": "S", "touchpoint": "T", "emotion": \#(value)}]}"#
        #expect(problems(json) == ["map.json:1:116: cells[0].emotion: expected a whole number from -2 to 2, found \(found)"])
    }

    @Test("a repeated stage name is located at the name")
    func duplicateStage() {
        let json = """
            {"stages": [
            {"name": "Awareness"},
            {"name": " awareness "}
            ]}
            """
        #expect(problems(json) == ["map.json:3:10: stages[1].name: there is already a stage named 'awareness'"])
    }

    @Test("names must not be empty; entries must be objects with a name")
    func badEntries() {
        let json = """
            {"stages": [{"name": "  "}, "Awareness", {"goal": "g"}, {"name": 3}],
             "touchpoints": [{"name": ""}, {"name": "T", "channel": 5}]}
            """
        #expect(problems(json) == [
            "map.json:1:22: stages[0].name: a stage name must not be empty",
            #"map.json:1:29: stages[1]: expected an object such as {"name": "Awareness"}, found "Awareness""#,
            #"map.json:1:42: stages[2]: a stage needs a "name", as in {"name": "Awareness"}"#,
            "map.json:1:66: stages[3].name: expected a string, found 3",
            "map.json:2:27: touchpoints[0].name: a touchpoint name must not be empty",
            "map.json:2:57: touchpoints[1].channel: expected a string or null, found 5",
        ])
    }

    @Test("unknown keys are errors that list the known ones and suggest the likely one")
    func unknownKeys() {
        let json = """
            {"colour": "red", "stages": [{"name": "S", "owner": "me"}], "touchpoints": [{"name": "T"}],
             "cells": [{"stage": "S", "touchpoint": "T", "painpoints": ["lost"]}]}
            """
        #expect(problems(json) == [
            #"map.json:1:2: unknown key "colour": the keys of the document are version, title, persona, scenario, kind, language, stages, touchpoints, cells"#,
            #"map.json:1:44: stages[0]: unknown key "owner": the keys of a stage are name, goal, metrics"#,
            #"map.json:2:46: cells[0]: unknown key "painpoints" (did you mean "painPoints"?): the keys of a cell are stage, touchpoint, note, emotion, feeling, evidence, sources, painPoints, opportunities"#,
        ])
        #expect(problems(#"{"titel": "x"}"#) == [
            #"map.json:1:2: unknown key "titel" (did you mean "title"?): the keys of the document are version, title, persona, scenario, kind, language, stages, touchpoints, cells"#,
        ])
    }

    @Test("a key given twice in one object is an error")
    func duplicateKeys() {
        let json = """
            {"title": "a",
             "title": "b"}
            """
        #expect(problems(json) == [
            #"map.json:2:2: the key "title" appears twice in the document (first at line 1, column 2): keep one"#,
        ])
    }

    @Test("cells must name existing stages and touchpoints, once per pair")
    func cellReferences() {
        let json = """
            {"stages": [{"name": "S"}], "touchpoints": [{"name": "T"}], "cells": [
             {"stage": "X", "touchpoint": "T"},
             {"stage": "S", "touchpoint": "Y"},
             {"stage": "S", "touchpoint": "T", "note": "a"},
             {"stage": "s", "touchpoint": "t", "note": "b"},
             {"touchpoint": "T"},
             {"stage": "S"}
            ]}
            """
        #expect(problems(json) == [
            "map.json:2:12: cells[0].stage: there is no stage named 'X'",
            "map.json:3:31: cells[1].touchpoint: there is no touchpoint named 'Y'",
            "map.json:5:2: cells[3]: there is already a cell for the stage 'S' and the touchpoint 'T' (cells[2]): each pair has one cell",
            #"map.json:6:2: cells[4]: a cell needs a "stage" naming one of the stages"#,
            #"map.json:7:2: cells[5]: a cell needs a "touchpoint" naming one of the touchpoints"#,
        ])
    }

    @Test("a cell naming a stage that could not be read is not blamed twice")
    func noCascade() {
        let json = #"{"stages": [{"name": 1}], "touchpoints": [{"name": "T"}], "cells": [{"stage": "S", "touchpoint": "T"}]}"#
        #expect(problems(json) == ["map.json:1:22: stages[0].name: expected a string, found 1"])
    }

    @Test("top-level values are checked", arguments: [
        (#"[]"#, #"map.json:1:1: expected a JSON object at the top level, such as {"version": 1, "title": "…", "stages": []}, found an array"#),
        (#"{"version": 2}"#, "map.json:1:13: version: this file uses version 2 of the JSON interchange form, written by a newer journey; this journey reads version 1: please upgrade journey"),
        (#"{"version": "1"}"#, #"map.json:1:13: version: expected the number 1, found "1""#),
        (#"{"version": 0}"#, "map.json:1:13: version: unknown version 0: expected 1"),
        (#"{"title": null}"#, "map.json:1:11: title: expected a string, found null"),
        (#"{"persona": 3}"#, "map.json:1:13: persona: expected a string or null, found 3"),
        (#"{"kind": "future"}"#, #"map.json:1:10: kind: unknown map kind "future": expected one of current-state, future-state, day-in-the-life"#),
        (#"{"kind": 1}"#, "map.json:1:10: kind: expected one of current-state, future-state, day-in-the-life as a string, found 1"),
        (#"{"stages": {}}"#, "map.json:1:12: stages: expected an array of stage objects, found an object"),
        (#"{"touchpoints": null}"#, "map.json:1:17: touchpoints: expected an array of touchpoint objects, found null"),
        (#"{"cells": "x"}"#, #"map.json:1:11: cells: expected an array of cell objects, found "x""#),
        (#"{"cells": [1]}"#, #"map.json:1:12: cells[0]: expected an object such as {"stage": "Awareness", "touchpoint": "Web shop", "note": "…"}, found 1"#),
    ])
    func topLevel(json: String, expected: String) {
        #expect(problems(json) == [expected])
    }

    @Test("note, feeling and the lists are type-checked, item by item")
    func cellTypes() {
        let json = #"{"stages": [{"name": "S"}], "touchpoints": [{"name": "T"}], "cells": [{"stage": "S", "touchpoint": "T", "note": null, "feeling": 1, "painPoints": "x", "opportunities": ["a", 2, null]}]}"#
        #expect(problems(json) == [
            "map.json:1:113: cells[0].note: expected a string, found null",
            "map.json:1:130: cells[0].feeling: expected a string or null, found 1",
            #"map.json:1:147: cells[0].painPoints: expected an array of strings, found "x""#,
            "map.json:1:175: cells[0].opportunities[1]: expected a string, found 2",
            "map.json:1:178: cells[0].opportunities[2]: expected a string, found null",
        ])
    }

    @Test("errors come in document order, whatever order the sections are in")
    func documentOrder() {
        let json = """
            {"cells": [{"stage": "S", "touchpoint": "T", "emotion": 9}],
             "stages": [{"name": "S", "goal": 1}],
             "touchpoints": [{"name": "T"}]}
            """
        #expect(problems(json) == [
            "map.json:1:57: cells[0].emotion: expected a whole number from -2 to 2, found 9",
            "map.json:2:35: stages[0].goal: expected a string or null, found 1",
        ])
    }

    @Test("stops after the most problems a file reports")
    func tooMany() {
        let cells = (0..<80).map { #"{"stage": "S", "touchpoint": "T\#($0)", "emotion": 7}"# }.joined(separator: ",\n")
        let touchpoints = (0..<80).map { #"{"name": "T\#($0)"}"# }.joined(separator: ", ")
        let json = "{\"stages\": [{\"name\": \"S\"}], \"touchpoints\": [\(touchpoints)], \"cells\": [\n\(cells)]}"
        let lines = problems(json)
        #expect(lines.count == JourneyFormat.maximumDiagnostics + 1)
        #expect(lines.first == "map.json:2:47: cells[0].emotion: expected a whole number from -2 to 2, found 7")
        #expect(lines.last == "map.json:52:48: too many problems; stopping here")
    }

    @Test("columns count Unicode scalars, not bytes")
    func columnsCountScalars() {
        #expect(problems(#"{"title": "🙂é", "kind": "x"}"#) == [
            #"map.json:1:25: kind: unknown map kind "x": expected one of current-state, future-state, day-in-the-life"#,
        ])
    }

    @Test("user text in messages is escaped, never raw control characters")
    func escapedMessages() {
        let lines = problems("{\"\\u001b[2J\": 1, \"kind\": \"\\u001b]0;x\\u0007\"}")
        #expect(lines == [
            #"map.json:1:2: unknown key "\u001b[2J": the keys of the document are version, title, persona, scenario, kind, language, stages, touchpoints, cells"#,
            #"map.json:1:26: kind: unknown map kind "\u001b]0;x\u0007": expected one of current-state, future-state, day-in-the-life"#,
        ])
        let nested = problems("{\"stages\": [{\"name\": \"S\"}], \"cells\": [{\"stage\": \"\\u202eS\"}]}")
        #expect(nested.allSatisfy { line in !line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E } })
    }
}

@Suite("JSONInterchange: syntax errors")
struct JSONInterchangeSyntaxTests {
    @Test("each syntax error is located and explained", arguments: [
        ("", "map.json:1:1: the input is empty: expected a JSON object such as {\"version\": 1, \"title\": \"…\", \"stages\": []}"),
        ("  \n ", "map.json:2:2: the input is empty: expected a JSON object such as {\"version\": 1, \"title\": \"…\", \"stages\": []}"),
        (#"{"stages": [{"name": "A"},]}"#, "map.json:1:26: stages: a comma after the last element of an array is not allowed in JSON: remove it"),
        ("{\"title\": \"x\",\n}", "map.json:1:14: a comma after the last member of an object is not allowed in JSON: remove it"),
        (#"{"title": "abc"#, "map.json:1:11: title: this string is never closed: add '\"' at its end"),
        ("{\"title\": \"abc\n\"}", "map.json:1:11: title: this string is not closed before the end of the line: close it with '\"', or write a line break inside a string as \\n"),
        (#"{"title": "a\x"}"#, #"map.json:1:13: title: unknown escape '\x': JSON strings know \" \\ \/ \b \f \n \r \t and \uXXXX"#),
        (#"{"title": "a\u12"}"#, #"map.json:1:13: title: expected four hexadecimal digits after \u, as in \u00e9"#),
        (#"{"title": "\ud800"}"#, #"map.json:1:12: title: \ud800 is a lone surrogate: the first half of a pair must be followed by a second, such as \uDC00"#),
        (#"{"title": "\ud800\u0041"}"#, #"map.json:1:12: title: \ud800 is a lone surrogate: it is followed by \u0041, which is not the second half of a pair (\uDC00 to \uDFFF)"#),
        (#"{"title": "x\udc00"}"#, #"map.json:1:13: title: \udc00 is a lone surrogate: the second half of a pair cannot stand alone"#),
        ("{\"title\": \"a\u{0}b\"}", "map.json:1:13: title: a control character (NUL) cannot stand raw inside a string: write it as \\u0000"),
        ("{\"title\": \"a\u{1B}b\"}", "map.json:1:13: title: a control character (ESC) cannot stand raw inside a string: write it as \\u001b"),
        ("{\"title\": \"a\tb\"}", "map.json:1:13: title: a tab cannot stand raw inside a string: write it as \\t"),
        ("{}\u{0}", "map.json:1:3: unexpected a control character (NUL) after the end of the document: a JSON file holds one value"),
        ("{} {}", "map.json:1:4: unexpected '{' after the end of the document: a JSON file holds one value"),
        ("{\"title\": 'x'}", "map.json:1:11: title: a string must be in double quotes (\"), not single quotes"),
        ("{'title': 1}", "map.json:1:2: a key must be in double quotes (\"), not single quotes"),
        ("{title: 1}", "map.json:1:2: expected a key in double quotes, found 't'"),
        ("{\"title\" \"x\"}", "map.json:1:10: expected ':' after the key \"title\", found '\"'"),
        ("{\"title\": \"x\" \"kind\": 1}", "map.json:1:15: expected ',' or '}' after a value in an object, found '\"'"),
        ("{\"stages\": [1 2]}", "map.json:1:15: stages: expected ',' or ']' after a value in an array, found '2'"),
        ("{\"stages\": [", "map.json:1:13: stages: the input ends inside the array opened at line 1, column 12: expected a value"),
        ("{\"title\": \"x\"", "map.json:1:14: the input ends inside the object opened at line 1, column 1: expected ',' or '}'"),
        ("{\n  \"stages\": [\n    1,\n", "map.json:4:1: stages: the input ends inside the array opened at line 2, column 13: expected a value"),
        ("[\n  1,\n  ]", "map.json:2:4: a comma after the last element of an array is not allowed in JSON: remove it"),
        ("{\"version\": 01}", "map.json:1:13: version: a number may not start with 0 followed by more digits, as in 07: write 7"),
        ("{\"version\": -}", "map.json:1:14: version: expected a digit after '-'"),
        ("{\"version\": 1.}", "map.json:1:15: version: expected a digit after the decimal point"),
        ("{\"version\": 1e}", "map.json:1:15: version: expected a digit in the exponent of a number"),
        ("{\"version\": +1}", "map.json:1:13: version: '+1' is not a JSON value: expected an object, an array, a string in double quotes, a number, true, false or null"),
        ("{\"version\": NaN}", "map.json:1:13: version: 'NaN' is not a JSON value: expected an object, an array, a string in double quotes, a number, true, false or null"),
        ("{\"title\": tru}", "map.json:1:11: title: 'tru' is not a JSON value: expected an object, an array, a string in double quotes, a number, true, false or null"),
        ("{\"title\": nullx}", "map.json:1:11: title: 'nullx' is not a JSON value: expected an object, an array, a string in double quotes, a number, true, false or null"),
        ("// comment\n{}", "map.json:1:1: JSON has no comments"),
        ("{\"a\": ]}", "map.json:1:7: a: expected a value, found ']'"),
        ("{\"title\": \u{202E}}", "map.json:1:11: title: expected a value (an object, an array, a string in double quotes, a number, true, false or null), found the character U+202E"),
        ("{\"title\": é}", "map.json:1:11: title: expected a value (an object, an array, a string in double quotes, a number, true, false or null), found 'é' (U+00E9)"),
        ("{\"cells\": [{\"stage\": \"S\", \"painPoints\": [\"a\", \"b\\q\"]}]}", #"map.json:1:49: cells[0].painPoints[1]: unknown escape '\q': JSON strings know \" \\ \/ \b \f \n \r \t and \uXXXX"#),
        ("{\"we ird\": {\"x\": [tru]}}", #"map.json:1:19: ["we ird"].x[0]: 'tru' is not a JSON value: expected an object, an array, a string in double quotes, a number, true, false or null"#),
    ])
    func syntax(json: String, expected: String) {
        #expect(problems(json) == [expected])
    }

    @Test("bytes that are not UTF-8 are named, at their line and column", arguments: [
        ([0x7B, 0x0A, 0x20, 0x22, 0xFF, 0x22, 0x7D] as [UInt8], "map.json:2:3: the file is not valid UTF-8: byte 0xFF cannot stand here; save the file as UTF-8"),
        ([0x22, 0xC3, 0xA9, 0xC0, 0xAF, 0x22], "map.json:1:3: the file is not valid UTF-8: byte 0xC0 cannot stand here; save the file as UTF-8"),
        ([0x22, 0xED, 0xA0, 0x80, 0x22], "map.json:1:2: the file is not valid UTF-8: byte 0xED cannot stand here; save the file as UTF-8"),
        ([0xEF, 0xBB, 0xBF, 0x7B, 0xE2, 0x82], "map.json:1:2: the file is not valid UTF-8: byte 0xE2 cannot stand here; save the file as UTF-8"),
        ([0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00], "map.json:1:1: the file is not valid UTF-8: byte 0xFF cannot stand here; the file looks like UTF-16; save it as UTF-8"),
    ])
    func invalidUTF8(bytes: [UInt8], expected: String) {
        #expect(problems(bytes: bytes) == [expected])
    }

    @Test("nesting deeper than the limit is refused, however deep")
    func deepNesting() {
        let ok = String(repeating: "[", count: JSONReader.maximumDepth - 1) + String(repeating: "]", count: JSONReader.maximumDepth - 1)
        #expect(problems(#"{"x": \#(ok)}"#).first?.contains("unknown key \"x\"") == true)
        let deep = String(repeating: "[", count: 100_000)
        #expect(problems(deep) == ["map.json:1:65: [0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: objects and arrays are nested more than 64 levels deep"])
        let objects = String(repeating: #"{"a":"#, count: 70)
        #expect(problems(objects).first?.hasSuffix("objects and arrays are nested more than 64 levels deep") == true)
    }

    @Test("broken documents never crash: every prefix and many mutations of a valid one")
    func mutations() throws {
        let valid = Array(JSONInterchange.encode(try interchangeExampleMap()).utf8)
        for length in 0..<valid.count {
            expectLocatedResult(Array(valid[0..<length]))
        }
        var random = MapGenerator.SeededRandom(seed: 99)
        let replacements: [UInt8] = Array(#"{}[],:"\ 0-1.eEtfnu"#.utf8) + [0x00, 0x0A, 0x1B, 0x80, 0xC3, 0xFF]
        for _ in 0..<1_500 {
            var bytes = valid
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let index = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes[index] = replacements.randomElement(using: &random) ?? 0
                case 1: bytes.remove(at: index)
                default: bytes.insert(replacements.randomElement(using: &random) ?? 0, at: index)
                }
            }
            expectLocatedResult(bytes)
        }
    }

    private func expectLocatedResult(_ bytes: [UInt8]) {
        do {
            _ = try JSONInterchange.decode(bytes, path: "m.json")
        } catch {
            let lines = bytes.count { $0 == 0x0A } + 1
            for diagnostic in error.diagnostics {
                #expect(diagnostic.location.line >= 1 && diagnostic.location.line <= lines)
                #expect(diagnostic.location.column >= 1 && diagnostic.location.column <= bytes.count + 1)
                #expect(!diagnostic.message.isEmpty)
                #expect(!diagnostic.message.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
            }
        }
    }
}

@Suite("JSONInterchange: round trips and big input")
struct JSONInterchangeRoundTripTests {
    @Test("decode(encode(map)) == map for many maps full of awkward text")
    func roundTrip() throws {
        for seed in UInt64(0)..<300 {
            var generator = MapGenerator(seed: seed)
            let map = generator.map()
            let json = JSONInterchange.encode(map)
            let decoded = try JSONInterchange.decode(json, path: "seed-\(seed).json")
            #expect(decoded == map, "seed \(seed)")
            #expect(JSONInterchange.encode(decoded) == json, "seed \(seed)")
            #expect(try JSONInterchange.decode(Data(json.utf8), path: "x") == map)
        }
    }

    @Test("encode(decode(json)) is stable for hand-written JSON")
    func stableRewrite() throws {
        let json = #"{"cells":[{"note":"n","touchpoint":"t","stage":"s","emotion":-1.0}],"kind":"day-in-the-life","stages":[{"goal":null,"name":"S"},{"name":"R"}],"touchpoints":[{"name":"T"}],"title":"\u00e9\/"}"#
        let once = JSONInterchange.encode(try JSONInterchange.decode(json))
        let twice = JSONInterchange.encode(try JSONInterchange.decode(once))
        #expect(once == twice)
        #expect(once.contains(#""title": "é/","#))
        #expect(once.contains(#""emotion": -1"#))
    }

    @Test("a 10 MB string value is read in linear time")
    func bigString() throws {
        let line = String(repeating: "abcdéfgh🙂 xyzw ", count: 60) + "\\\"\n\t\u{1B}"
        let big = String(repeating: line, count: 10_000_000 / line.utf8.count + 1)
        let map = JourneyMap(title: big, persona: "p")
        let json = JSONInterchange.encode(map)
        #expect(json.utf8.count > 10_000_000)
        let clock = ContinuousClock()
        let start = clock.now
        let decoded = try JSONInterchange.decode(json, path: "big.json")
        #expect(clock.now - start < .seconds(10))
        #expect(decoded.title == big)
        // An error after the big value is still located by scalar column.
        let broken = "{\"title\": \"" + String(repeating: "é", count: 5_000_000) + "\", \"kind\": 1}"
        #expect(problems(broken) == ["map.json:1:5000023: kind: expected one of current-state, future-state, day-in-the-life as a string, found 1"])
    }

    @Test("a map with thousands of cells round-trips")
    func manyCells() throws {
        var map = JourneyMap(title: "big")
        for index in 0..<60 { try map.appendStage(named: "Stage \(index)") }
        for index in 0..<100 { try map.appendTouchpoint(named: "Touchpoint \(index)") }
        for touchpoint in 0..<100 {
            for stage in 0..<60 where (stage + touchpoint) % 3 != 0 {
                map.setCell(Cell(note: "n\(stage)-\(touchpoint)", emotion: Emotion((stage % 5) - 2)), stage: stage, touchpoint: touchpoint)
            }
        }
        let json = JSONInterchange.encode(map)
        #expect(try JSONInterchange.decode(json) == map)
    }
}

/// One cause, reported once: what depends on a refused stage or touchpoint is skipped quietly.
@Suite("JSONInterchange: one error per cause")
struct JSONOneErrorPerCauseTests {
    @Test func anEmptyStageNameIsReportedOnceNotOncePerCell() {
        let cells = (0..<50).map { #"{"stage": "", "touchpoint": "Web", "note": "n\#($0)"}"# }.joined(separator: ",")
        let json = #"{"version": 1, "title": "x", "stages": [{"name": ""}, {"name": "Compra"}], "touchpoints": [{"name": "Web"}, {"name": " "}], "cells": ["# + cells
            + #", {"stage": "Compra", "touchpoint": " ", "note": "y"}, {"stage": "Pago", "touchpoint": "Web"}]}"#
        let found = problems(json)
        #expect(found.count == 3, "\(found)")
        #expect(found.contains { $0.contains("stages[0].name: a stage name must not be empty") })
        #expect(found.contains { $0.contains("touchpoints[1].name") })
        #expect(found.contains { $0.contains("there is no stage named 'Pago'") })  // a real mistake is still named
    }
}
