import Foundation
import Testing

/// A bare word that is neither a command, an existing file nor a `.journey` name is refused with
/// suggestions, never opened as a new map (issue 10, bug 4).
@Suite("Unknown commands")
struct UnknownCommandTests {
    @Test func aWordThatIsNoCommandNorMapIsAUsageError() throws {
        let folder = try TemporaryFolder()
        let unknown = try CommandRun.journey(["draw"], in: folder.url.path)
        #expect(unknown.status == 64)
        #expect(unknown.errors.hasPrefix("Error: 'draw' is not a journey command\n"))
        #expect(unknown.errors.contains("journey draw.journey"))
        #expect(unknown.errors.contains("Commands: edit, new, check, fmt, export, import, diff, merge, resolve, git, stats, compare, templates, keys, serve, help"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    @Test func aMistypedCommandSuggestsTheClosestOnes() throws {
        let folder = try TemporaryFolder()
        try folder.write("f.journey", "journey 1\n")
        let chek = try CommandRun.journey(["chek", "f.journey"], in: folder.url.path)
        #expect(chek.status == 64)
        #expect(chek.errors.hasPrefix("Error: 'chek' is not a journey command; did you mean check?\n"))
        #expect(!chek.errors.contains("Unexpected argument"))
        let spanish = try CommandRun.journey(["exprot", "f.journey"], in: folder.url.path, environment: ["LANG": "es_MX.UTF-8", "LC_ALL": ""])
        #expect(spanish.status == 64)
        #expect(spanish.errors.hasPrefix("Error: 'exprot' no es un comando de journey; ¿quiso decir export?\n"))
        let prefix = try CommandRun.journey(["temp"], in: folder.url.path)
        #expect(prefix.errors.hasPrefix("Error: 'temp' is not a journey command; did you mean templates?\n"))
        let two = try CommandRun.journey(["nwe"], in: folder.url.path)
        #expect(two.errors.hasPrefix("Error: 'nwe' is not a journey command; did you mean new?\n"))
        // After options, the file the editor would get is held to the same rule.
        let afterOption = try CommandRun.journey(["--no-mouse", "fmtt"], in: folder.url.path)
        #expect(afterOption.status == 64)
        #expect(afterOption.errors.hasPrefix("Error: 'fmtt' is not a journey command; did you mean fmt?\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["f.journey"])
    }

    @Test func mapNamesAndExistingFilesStillOpenTheEditor() throws {
        let folder = try TemporaryFolder()
        try folder.write("existing-file", "journey 1\ntitle: No extension\n")
        // Without a terminal the editor refuses to start (exit 1, "not a terminal"): the editor
        // was reached, which is what these check; no usage error and no file made.
        for word in ["new-map.journey", "existing-file", "NEW.JOURNEY"] {
            let run = try CommandRun.journey([word], input: "", in: folder.url.path)
            #expect(run.status == 1, "\(word): \(run.errors)")
            #expect(run.errors.contains("not a terminal"), "\(word)")
        }
        let explicit = try CommandRun.journey(["edit", "diff"], input: "", in: folder.url.path)
        #expect(explicit.status == 1)
        #expect(explicit.errors.contains("not a terminal"))
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.url.path)) == ["existing-file"])
    }
}
