import Foundation
@testable import JourneyEditor
import JourneyKit
import Testing

/// Drives the editor core with scripts of events, as a user at a terminal would, and keeps the
/// effects it asked for.
struct EditorDriver {
    var state: EditorState
    var effects: [EditorEffect] = []

    init(map: JourneyMap, path: String = "map.journey", isNew: Bool = false, size: ScreenSize = ScreenSize(width: 80, height: 24)) {
        state = EditorState(map: map, document: DocumentInfo(path: path, isNew: isNew), screenSize: size)
    }

    /// The workshop fixture map (stages with CJK names, notes with emoji, multi-line notes).
    static func workshop() throws -> JourneyMap {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/workshop.journey")
        return try JourneyParser.parse(Data(contentsOf: url), path: url.path)
    }

    /// Presses keys in order.
    mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    /// Types text character by character, as keys.
    mutating func type(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }

    /// Runs a `:` command line and confirms it with Enter.
    mutating func command(_ line: String) {
        press(.character(":"))
        type(line)
        press(.enter)
    }

    /// Sends any event and keeps its effects.
    mutating func send(_ event: EditorEvent) {
        effects += Editor.update(&state, with: event)
    }

    /// The screen as text at a size.
    func screen(width: Int = 80, height: Int = 24, ascii: Bool = false) -> String {
        EditorRenderer.render(state, size: ScreenSize(width: width, height: height), ascii: ascii).buffer.text
    }

    /// The status line's text, trimmed.
    var status: String {
        let frame = EditorRenderer.render(state, size: state.screenSize)
        return frame.buffer.lines.last?.trimmingCharacters(in: .whitespaces) ?? ""
    }

    var cell: Cell { state.currentCell }
}

/// Compares a rendered screen with a golden file in `Golden/`; `JOURNEY_UPDATE_GOLDEN=1` rewrites it.
func expectGolden(_ screen: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden/\(name).txt")
    let actual = screen + "\n"
    if ProcessInfo.processInfo.environment["JOURNEY_UPDATE_GOLDEN"] == "1" {
        try Data(actual.utf8).write(to: url)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("Golden file \(name).txt is missing; run with JOURNEY_UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, actualLines.count)
        Issue.record("""
            Screen differs from Golden/\(name).txt at line \(first + 1):
            expected: \(first < expectedLines.count ? String(expectedLines[first]) : "<end>")
            actual:   \(first < actualLines.count ? String(actualLines[first]) : "<end>")
            (JOURNEY_UPDATE_GOLDEN=1 rewrites golden files after a deliberate change)
            """, sourceLocation: sourceLocation)
    }
}
