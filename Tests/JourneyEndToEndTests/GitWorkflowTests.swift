import Foundation
import JourneyKit
import Testing

/// Maps in a real git repository: `journey git setup`, merges through the driver, conflicts
/// recorded in the file, `journey check` and `journey resolve` on them, and `git diff` through
/// the textconv.
@Suite("Git workflow", .serialized)
struct GitWorkflowTests {
    /// A scratch repository whose git finds the built `journey` first on PATH and reads no
    /// configuration but its own (HOME, the global file and the system file are the test's).
    final class Repository {
        let folder: TemporaryFolder
        let environment: [String: String]
        var path: String { folder.url.path }

        init() throws {
            folder = try TemporaryFolder()
            let binaryFolder = URL(fileURLWithPath: try JourneyBinary.path()).deletingLastPathComponent().path
            let home = folder.path(".home")
            try FileManager.default.createDirectory(atPath: home + "/repo", withIntermediateDirectories: true)
            environment = [
                "PATH": binaryFolder + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
                "HOME": home,
                "XDG_CONFIG_HOME": home + "/.config",
                "GIT_CONFIG_GLOBAL": home + "/.gitconfig",
                "GIT_CONFIG_NOSYSTEM": "1",
            ]
            try git("init", "-q", "-b", "main")
            try git("config", "user.name", "Test")
            try git("config", "user.email", "test@example.org")
        }

        /// Runs git in the repository; a failure fails the test unless `allowFailure`.
        @discardableResult
        func git(_ arguments: String..., allowFailure: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) throws -> CommandRun {
            let run = try CommandRun.run("/usr/bin/env", ["git"] + arguments, in: path, environment: environment)
            if !allowFailure {
                #expect(run.status == 0, "git \(arguments.joined(separator: " ")): \(run.output)\(run.errors)", sourceLocation: sourceLocation)
            }
            return run
        }

        /// Runs journey in the repository.
        func journey(_ arguments: String...) throws -> CommandRun {
            try CommandRun.run(JourneyBinary.path(), arguments, in: path, environment: environment)
        }

        /// Writes a file and commits it.
        func commit(_ text: String, as name: String = "shop.journey", message: String) throws {
            try folder.write(name, text)
            try git("add", name)
            try git("commit", "-q", "-m", message)
        }
    }

    static let base = MergeCommandTests.base
    static func changed(_ replacements: [(String, String)]) -> String { MergeCommandTests.changed(replacements) }

    @Test func setupIsIdempotentAndCheckSaysWhatIsMissing() throws {
        let repository = try Repository()
        let before = try repository.journey("git", "setup", "--check")
        #expect(before.status == 1)
        #expect(before.output.contains("missing: git config merge.journey.driver \"journey merge %O %A %B --label %P\""))
        #expect(before.output.contains("missing: *.journey merge=journey diff=journey"))
        #expect(before.output.contains("run 'journey git setup' to set it up"))

        let first = try repository.journey("git", "setup")
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output == """
            set merge.journey.name = journey map merge
            set merge.journey.driver = journey merge %O %A %B --label %P
            set diff.journey.textconv = journey diff --textconv
            added '*.journey merge=journey diff=journey' to \(repository.path)/.gitattributes

            """)
        let attributes = try repository.folder.read(".gitattributes")
        #expect(attributes == "*.journey merge=journey diff=journey\n")
        #expect(try repository.git("config", "--get", "merge.journey.driver").output == "journey merge %O %A %B --label %P\n")

        let second = try repository.journey("git", "setup")
        #expect(second.status == 0)
        #expect(second.output == "git is already set up for journey maps in this repository; nothing changed\n")
        #expect(try repository.folder.read(".gitattributes") == attributes)
        let check = try repository.journey("git", "setup", "--check", "--lang", "es")
        #expect(check.status == 0)
        #expect(check.output == "git está configurado para los mapas de journey en este repositorio\n")
    }

    @Test func setupUpdatesAnOlderLineAndRefusesOutsideARepository() throws {
        let repository = try Repository()
        try repository.folder.write(".gitattributes", "*.md text\n*.journey merge=journey eol=lf\n*.png binary\n")
        let run = try repository.journey("git", "setup")
        #expect(run.output.contains("updated \(repository.path)/.gitattributes: '*.journey merge=journey eol=lf' is now '*.journey merge=journey diff=journey'"))
        #expect(try repository.folder.read(".gitattributes") == "*.md text\n*.journey eol=lf merge=journey diff=journey\n*.png binary\n")

        let outside = try CommandRun.run(JourneyBinary.path(), ["git", "setup"], in: repository.environment["HOME"].map { $0 + "/repo" },
                                         environment: repository.environment.merging(["GIT_CEILING_DIRECTORIES": repository.path]) { $1 })
        #expect(outside.status == 2)
        #expect(outside.errors == "this is not inside a git repository: run journey git setup in one, or use --global\n")

        let global = try CommandRun.run(JourneyBinary.path(), ["git", "setup", "--global"], in: repository.environment["HOME"].map { $0 + "/repo" },
                                        environment: repository.environment)
        #expect(global.status == 0, "\(global.errors)")
        let home = repository.environment["HOME"] ?? ""
        #expect(try String(contentsOfFile: home + "/.config/git/attributes", encoding: .utf8) == "*.journey merge=journey diff=journey\n")
        #expect(try String(contentsOfFile: home + "/.gitconfig", encoding: .utf8).contains("driver = journey merge %O %A %B --label %P"))
    }

    @Test func branchesMergeCleanlyOrLeaveConflictsThatCheckNamesAndResolveSettles() throws {
        let repository = try Repository()
        #expect(try repository.journey("git", "setup").status == 0)
        try repository.commit(Self.base, message: "base")

        // Different cells: a clean merge.
        try repository.git("checkout", "-q", "-b", "feature")
        try repository.commit(Self.changed([("note: Pays", "note: Pays by card")]), message: "feature")
        try repository.git("checkout", "-q", "main")
        try repository.commit(Self.changed([("note: Sees the mug ad", "note: Sees the mug ad twice")]), message: "main")
        try repository.git("merge", "-q", "--no-edit", "feature")
        let merged = try JourneyParser.parse(try repository.folder.read("shop.journey"))
        #expect(merged.cell(stage: 0, touchpoint: 0).note == "Sees the mug ad twice")
        #expect(merged.cell(stage: 1, touchpoint: 1).note == "Pays by card")

        // The same field: git reports the conflict, the file records it.
        let clean = try repository.folder.read("shop.journey")
        try repository.git("checkout", "-q", "-b", "other")
        try repository.commit(clean.replacingOccurrences(of: "note: Pays by card", with: "note: Pays with PayPal"), message: "other")
        try repository.git("checkout", "-q", "main")
        try repository.commit(clean.replacingOccurrences(of: "note: Pays by card", with: "note: Pays in cash"), message: "main again")
        let conflicted = try repository.git("merge", "--no-edit", "other", allowFailure: true)
        #expect(conflicted.status == 1)
        #expect((conflicted.output + conflicted.errors).contains("CONFLICT (content): Merge conflict in shop.journey"))
        #expect(conflicted.errors.contains("shop.journey: conflict: Cell Purchase × Web shop: note: ours Pays in cash / theirs Pays with PayPal"))
        let text = try repository.folder.read("shop.journey")
        let markerLine = (text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(of: "<<<<<<< ours") ?? -1) + 1
        #expect(markerLine > 0)
        #expect(text.contains("<<<<<<< ours\nnote: Pays in cash\n||||||| base\nnote: Pays by card\n=======\nnote: Pays with PayPal\n>>>>>>> theirs\n"))

        let check = try repository.journey("check", "shop.journey")
        #expect(check.status == 1)
        #expect(check.errors == "shop.journey:\(markerLine):1: unresolved merge conflict\n")

        let resolve = try repository.journey("resolve", "shop.journey", "--take", "theirs")
        #expect(resolve.status == 0, "\(resolve.errors)")
        #expect(resolve.output == "shop.journey: 1 conflict resolved, taking theirs\n")
        let resolved = try JourneyParser.parse(try repository.folder.read("shop.journey"))
        #expect(resolved.cell(stage: 1, touchpoint: 1).note == "Pays with PayPal")
        #expect(resolved.cell(stage: 0, touchpoint: 0).note == "Sees the mug ad twice")
        #expect(try repository.journey("check", "shop.journey").status == 0)
        let again = try repository.journey("resolve", "shop.journey", "--take", "ours", "--lang", "es")
        #expect(again.output == "shop.journey: no hay conflictos de fusión que resolver\n")
        try repository.git("add", "shop.journey")
        try repository.git("commit", "-q", "--no-edit")
    }

    @Test func gitDiffNamesTheCellOfEachChangedLine() throws {
        let repository = try Repository()
        #expect(try repository.journey("git", "setup").status == 0)
        try repository.commit(Self.base, message: "base")
        try repository.folder.write("shop.journey", Self.changed([("note: Pays", "note: Pays by card"), ("name: Purchase", "name: Checkout")]))
        let diff = try repository.git("diff")
        #expect(diff.output.contains("-[Purchase × Web shop] note: Pays\n"))
        #expect(diff.output.contains("+[Checkout × Web shop] note: Pays by card\n"))
        #expect(diff.output.contains("+[stage Checkout] name: Checkout\n"))
    }
}
