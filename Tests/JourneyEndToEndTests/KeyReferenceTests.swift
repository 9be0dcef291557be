import Foundation
import Testing

/// The README's key and command tables are `journey keys`, printed from the editor's command
/// table; the help screen reads the same table.
@Suite("Key reference")
struct KeyReferenceTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    @Test func theReadmesTablesAreWhatJourneyKeysPrints() throws {
        let run = try CommandRun.journey(["keys", "--lang", "en"])
        #expect(run.status == 0)
        let readme = try String(contentsOf: Self.readme, encoding: .utf8)
        let start = try #require(readme.range(of: "<!-- journey keys: start -->\n"))
        let end = try #require(readme.range(of: "\n<!-- journey keys: end -->"))
        let tables = String(readme[start.upperBound..<end.lowerBound])
        #expect(tables == run.output.trimmingCharacters(in: .newlines),
                "README.md's key tables differ from `journey keys`: paste its output between the markers")
    }

    @Test func everyBindingAndCommandIsInTheReference() throws {
        let output = try CommandRun.journey(["keys", "--lang", "en"]).output
        for entry in ["`PgUp Ctrl-B`", "`PgDn Ctrl-F`", "`:stage goal [TEXT]`", "`:touchpoint channel [CHANNEL]`",
                      "`:item edit pain|opportunity N TEXT`".replacingOccurrences(of: "|", with: "\\|"), "`y`", "`P`", "`.`", "`:goto NAME`"] {
            #expect(output.contains(entry), "\(entry)")
        }
        let spanish = try CommandRun.journey(["keys", "--lang", "es"]).output
        #expect(spanish.contains("### Moverse"))
        #expect(spanish.contains("| Teclas | Qué hacen |"))
        #expect(spanish.contains("mover la etapa a la izquierda / derecha"))
    }
}
