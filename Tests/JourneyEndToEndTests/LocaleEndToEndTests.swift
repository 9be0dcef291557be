import Foundation
import JourneyKit
import Testing

/// With a locale that is not UTF-8 (`LANG=C`, as over SSH when `LANG` is not forwarded), what is
/// typed as UTF-8 still arrives whole; bytes that are not UTF-8 are reported, never dropped unseen.
/// The screen falls back to ASCII.
@Suite("Typing with LANG=C", .serialized)
struct LocaleEndToEndTests {
    static let mapText = """
        journey 1
        title: Café

        [stage a]
        name: Pedido

        [touchpoint uno]
        name: Uno

        [touchpoint dos]
        name: Dos

        [touchpoint tres]
        name: Tres

        """

    static func start(_ folder: TemporaryFolder) throws -> TmuxSession {
        _ = try folder.write("m.journey", mapText)
        let tmux = try TmuxSession("\(try JourneyBinary.path()) m.journey", width: 100, height: 30,
                                   directory: folder.url.path, environment: ["LANG": "C", "LC_ALL": "C"])
        try tmux.waitFor(text: "Pedido")
        return tmux
    }

    @Test func accentsTypedUnderLangCAreKept() throws {
        let folder = try TemporaryFolder()
        let tmux = try Self.start(folder)
        for (index, text) in ["café con leche", "enfadadísima", "ñ"].enumerated() {
            if index > 0 { try tmux.keys("j") }
            try tmux.keys("Enter")
            try tmux.waitFor(text: "Editing the note")
            try tmux.type(text)
            try tmux.keys("Enter")
            try tmux.waitFor("the note to be confirmed") { !$0.contains("Editing the note") }
        }
        // Drawn in ASCII, as the locale asks.
        let screen = try tmux.waitFor(text: "cafe con leche")
        #expect(screen.contains("enfadadisima"))
        try tmux.keys("C-s")
        try tmux.waitFor(text: "Saved m.journey")
        try tmux.keys("q")
        try tmux.waitFor(text: "EXITED 0")
        let saved = try JourneyParser.parse(Array(try folder.read("m.journey").utf8), path: "m.journey")
        #expect((0..<3).map { saved.cell(stage: 0, touchpoint: $0).note } == ["café con leche", "enfadadísima", "ñ"])
    }

    @Test func bytesThatAreNotUTF8AreReportedAndTheRestIsKept() throws {
        let folder = try TemporaryFolder()
        let tmux = try Self.start(folder)
        try tmux.bytes("e9")  // é in Latin-1
        try tmux.waitFor(text: "Ignored typed bytes that are not UTF-8 (E9)")
        try tmux.bytes("c3")  // the start of a two-byte sequence, and nothing after it
        try tmux.waitFor(text: "Ignored typed bytes that are not UTF-8 (C3)")
        try tmux.keys("Enter")
        try tmux.waitFor(text: "Editing the note")
        try tmux.type("caf")
        try tmux.bytes("e9")
        try tmux.type(" solo")
        try tmux.keys("Enter")
        try tmux.waitFor("the note to be confirmed") { !$0.contains("Editing the note") }
        try tmux.keys("C-s")
        try tmux.waitFor(text: "Saved m.journey")
        try tmux.keys("q")
        try tmux.waitFor(text: "EXITED 0")
        let saved = try JourneyParser.parse(Array(try folder.read("m.journey").utf8), path: "m.journey")
        #expect(saved.cell(stage: 0, touchpoint: 0).note == "caf solo")
    }
}
