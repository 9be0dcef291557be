import Foundation
import Testing

/// The editor core is pure: it imports no module that reaches files, processes, threads or
/// signals, and names none of their APIs. (The package builds it with member import visibility,
/// so Foundation's extensions are out of reach too unless a file imports Foundation, which this
/// test forbids.) The session layer, JourneySession, does all of that.
@Suite("The editor core does no I/O")
struct EditorPurityTests {
    /// Modules the editor core may import.
    static let allowedModules: Set<String> = ["JourneyKit", "JourneyScreen"]

    /// Names of file, process, thread and signal APIs, as they would appear in source.
    static let forbiddenPatterns = [
        #"\bFileManager\b"#, #"\bProcessInfo\b"#, #"\bProcess\("#, #"\bThread\b"#, #"\bpthread_\w+"#,
        #"\bDispatch\w*"#, #"\bsignal\("#, #"\bsigaction\b"#, #"\bkill\("#, #"\bfork\("#, #"\bposix_spawn\w*"#,
        #"\bfopen\("#, #"(?<![\w.])open\("#, #"\bclose\("#, #"\bgetenv\("#, #"\bFileSystem\b"#, #"\bLocalFileSystem\b"#,
        #"\bAtomicFileWriter\b"#, #"\bMapFile\b"#, #"\bFileHandle\b"#, #"\bURL\("#, #"\bData\("#, #"\busleep\("#,
        #"\bsleep\("#, #"\bclock_gettime\b"#, #"\bTask\.sleep\b"#,
    ]

    /// The problems in one file's text: imports outside the allowed list and forbidden API names.
    static func problems(in text: String, file: String) -> [String] {
        var found: [String] = []
        let patterns = forbiddenPatterns.compactMap { try? NSRegularExpression(pattern: $0) }
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let code = String(line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
            let words = code.split(separator: " ")
            if let index = words.firstIndex(where: { $0 == "import" }), index + 1 < words.count,
               words[..<index].allSatisfy({ $0.hasPrefix("@") }) {
                let module = String(words[index + 1])
                if !allowedModules.contains(module) { found.append("\(file):\(number + 1): imports \(module)") }
            }
            let range = NSRange(code.startIndex..., in: code)
            for pattern in patterns where pattern.firstMatch(in: code, range: range) != nil {
                found.append("\(file):\(number + 1): uses \(pattern.pattern)")
            }
        }
        return found
    }

    static var editorSources: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/JourneyEditor")
    }

    @Test func noFileProcessThreadOrSignalAPIInTheEditorCore() throws {
        let files = try #require(FileManager.default.enumerator(at: Self.editorSources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 20, "the editor's sources were not found at \(Self.editorSources.path)")
        var problems: [String] = []
        for file in files {
            problems += Self.problems(in: try String(contentsOf: file, encoding: .utf8), file: file.lastPathComponent)
        }
        #expect(problems == [])
    }

    @Test func theScanCatchesImportsAndCallsButNotCommentsOrLookAlikes() {
        let bad = """
            import Foundation
            @preconcurrency import Glibc
            let descriptor = open("/tmp/x", O_RDONLY)
            let queue = DispatchQueue(label: "q")
            signal(SIGINT, SIG_IGN)
            """
        #expect(Self.problems(in: bad, file: "Bad.swift").count == 5)
        let fine = """
            import JourneyKit
            @_exported import JourneyScreen
            // open("/tmp/x") and FileManager in a comment are words, not calls
            state.mode = .prompt(TextPrompt(.command))
            let opened = reopen(x); let y = state.open(z)
            """
        #expect(Self.problems(in: fine, file: "Fine.swift") == [])
    }
}
