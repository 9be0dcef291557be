import Foundation
import Glibc
import JourneyKit
import Testing

/// Co-editing live with real editors in tmux: three people on one map see each other's edits
/// within a second while they type, see each other's names and cursors, and the file ends with
/// everything; four people making a hundred changes each, one of them killed and restarted,
/// lose nothing that any screen acknowledged, and their clashes are told.
@Suite("Co-editing live end to end", .serialized)
struct LiveCoEditingEndToEndTests {
    /// An editor on `m.journey` in the folder, with a name.
    static func editor(_ folder: TemporaryFolder, name: String, width: Int = 160, height: Int = 40) throws -> TmuxSession {
        if !FileManager.default.fileExists(atPath: folder.path("m.journey")) {
            #expect(try CommandRun.journey(["new", folder.path("m.journey"), "--template", "five-stage"]).status == 0)
        }
        let tmux = try TmuxSession("\(try JourneyBinary.path()) m.journey --name \(name)", width: width, height: height, directory: folder.url.path)
        try tmux.waitFor(text: "Awareness")
        return tmux
    }

    static func map(_ folder: TemporaryFolder, _ name: String = "m.journey") throws -> JourneyMap {
        try JourneyParser.parse(try folder.read(name), path: name)
    }

    /// Waits for `text` on the screen and returns how long it took to appear.
    static func secondsUntil(_ text: String, on tmux: TmuxSession, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Double {
        let start = Date()
        try tmux.waitFor(text: text, seconds: 5, sourceLocation: sourceLocation)
        return Date().timeIntervalSince(start)
    }

    static func sidecars(_ folder: TemporaryFolder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasPrefix(".m.journey.") }.sorted()
    }

    @Test func threeEditorsSeeEachOthersEditsNamesAndCursorsWhileTyping() throws {
        let folder = try TemporaryFolder()
        let ana = try Self.editor(folder, name: "ana")
        let ben = try Self.editor(folder, name: "ben")
        let cy = try Self.editor(folder, name: "cy")
        for (tmux, others) in [(ana, ["ben", "cy"]), (ben, ["ana", "cy"]), (cy, ["ana", "ben"])] {
            try tmux.waitFor("the others' names") { screen in others.allSatisfy { screen.contains($0) } && screen.contains("live: ") }
        }
        // Everyone opens a prompt and leaves unsaved text in it.
        try ben.keys("j", "Enter")
        try ben.type("Ben half-typed")
        try cy.keys("l", "l", "j", "j")
        try cy.keys(":")
        try cy.type("note Cy half-typed")
        try ana.keys("Enter")
        try ana.type("Ana's note")
        try ben.waitFor(text: "Ben half-typed")
        try cy.waitFor(text: "Cy half-typed")
        try ana.keys("Enter")
        // Ana's note reaches the two others within a second, their prompts still open.
        for tmux in [ben, cy] {
            let seconds = try Self.secondsUntil("Ana's note", on: tmux)
            #expect(seconds < 1, "Ana's note took \(seconds) s to appear")
        }
        #expect(try ben.screen().contains("Ben half-typed"))
        #expect(try cy.screen().contains("Cy half-typed"))
        // Cursors: on ana's screen, ben's (second touchpoint) and cy's (Purchase, third touchpoint) carry their initials.
        let screen = try ana.waitFor("ben's and cy's cursors") { $0.contains("[B]") && $0.contains("[C]") }
        let rows = screen.split(separator: "\n")
        #expect(rows.first { $0.contains("[B]") }?.contains("Search results") == true)
        #expect(rows.first { $0.contains("[C]") }?.contains("Website") == true)
        // Ben and Cy finish; each edit reaches the other two within a second.
        try ben.keys("Enter")
        for tmux in [ana, cy] {
            let seconds = try Self.secondsUntil("Ben half-typed", on: tmux)
            #expect(seconds < 1, "Ben's note took \(seconds) s to appear")
        }
        try cy.keys("Enter")
        for tmux in [ana, ben] {
            let seconds = try Self.secondsUntil("Cy half-typed", on: tmux)
            #expect(seconds < 1, "Cy's note took \(seconds) s to appear")
        }
        try ana.keys("5")
        try ben.waitFor(text: "😄 +2")
        for tmux in [ana, ben, cy] {
            try tmux.waitFor("everything shared") { !$0.contains("[+]") }
            try tmux.keys("q")
            try tmux.waitFor(text: "EXITED 0")
        }
        let saved = try Self.map(folder)
        #expect(saved.cell(stage: 0, touchpoint: 0).note == "Ana's note")
        #expect(saved.cell(stage: 0, touchpoint: 0).emotion == Emotion(2))
        #expect(saved.cell(stage: 0, touchpoint: 1).note == "Ben half-typed")
        #expect(saved.cell(stage: 2, touchpoint: 2).note == "Cy half-typed")
        #expect(try Self.sidecars(folder).isEmpty)
    }

    /// A small deterministic random generator, so that a failing run can be replayed.
    struct Dice {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func fourEditorsAHundredChangesEachOneKilledLoseNothingAcknowledged() throws {
        let started = Date()
        let folder = try TemporaryFolder()
        let names = ["ana", "ben", "cy", "dee"]
        var editors = try names.map { try Self.editor(folder, name: $0, width: 150, height: 40) }
        for tmux in editors {
            try tmux.waitFor("all four") { screen in names.filter { screen.contains($0) }.count >= 3 && screen.contains("live: ") }
        }
        var dice = Dice(state: 20_261_130)
        var sent: [[String]] = Array(repeating: [], count: names.count)
        var acknowledged = Set<String>()
        var clashesSeen: [String] = []
        let motions = ["h", "j", "k", "l", "g", "G", "^", "$"]

        /// Every item an editor sent is acknowledged once its screen shows nothing waiting to be
        /// shared ([+]) after it took the last one (which the file then holds).
        func acknowledge(_ index: Int) throws {
            guard let last = sent[index].last else { return }
            try editors[index].waitFor("\(names[index]) shared \(last)", seconds: 5) { screen in
                !screen.contains("[+]") && ((try? folder.read("m.journey"))?.contains(last) ?? false)
            }
            acknowledged.formUnion(sent[index])
        }

        for step in 0..<100 {
            for index in names.indices {
                var keys = (0..<dice.next(3)).map { _ in motions[dice.next(motions.count)] }
                let text = "e\(index)s\(step)"
                keys.append(":\(["pain", "opportunity"][dice.next(2)]) \(text)")
                keys.append("Enter")
                try editors[index].keys(keys)
                sent[index].append(text)
            }
            if step == 50 {
                // Dee is killed with SIGKILL at once, whatever it was doing, and comes back.
                let pid = try #require(editors[3].programProcessID())
                #expect(kill(pid, SIGKILL) == 0)
                try editors[3].waitFor(text: "EXITED 137")
                sent[3].removeAll()  // what it took since the last check was never acknowledged
                editors[3] = try Self.editor(folder, name: "dee", width: 150, height: 40)
                if try editors[3].screen().contains("Unsaved changes found") {
                    try editors[3].keys("n")  // set aside under a visible name: checked below
                }
            }
            if step % 20 == 10 {
                // All four change the same note at the same moment.
                for index in names.indices { try editors[index].keys("g", "^", ":note clash \(step) by \(names[index])", "Enter") }
                Thread.sleep(forTimeInterval: 1.2)
                for tmux in editors {
                    let screen = try tmux.screen()
                    if let line = screen.split(separator: "\n").first(where: { $0.contains("Clash") }) { clashesSeen.append(String(line)) }
                }
            }
            if step % 10 == 9 {
                for index in names.indices { try acknowledge(index) }
            }
            Thread.sleep(forTimeInterval: 0.12)
        }
        for index in names.indices { try acknowledge(index) }
        for tmux in editors {
            try tmux.keys("q")
            try tmux.waitFor(text: "EXITED 0", seconds: 10)
        }
        // Every acknowledged change is in the file or in a recovery file.
        var kept = Set<String>()
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
            .filter { $0 == "m.journey" || $0.hasPrefix("m.recovered-") || $0.hasSuffix(".recovery") }
        for name in files {
            let map = try Self.map(folder, name)
            for cell in map.allNonEmptyCells() {
                for list in ItemList.allCases { kept.formUnion(cell.cell[list: list].map(\.text)) }
            }
        }
        let missing = acknowledged.subtracting(kept)
        #expect(missing.isEmpty, "acknowledged but lost: \(missing.sorted())")
        #expect(acknowledged.count >= 380, "only \(acknowledged.count) of 400 changes were acknowledged")
        // Same-field clashes were told, not lost.
        #expect(!clashesSeen.isEmpty, "no screen said Clash")
        #expect(clashesSeen.contains { $0.contains("yours stands") } || clashesSeen.contains { $0.contains("theirs stands") })
        let seconds = Date().timeIntervalSince(started)
        #expect(seconds < 60, "the stress test took \(seconds) s")
    }
}
