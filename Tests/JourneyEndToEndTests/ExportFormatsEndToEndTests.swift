import Foundation
import JourneyKit
import Testing

/// Where Debian's `chromium` is, or `nil` when it is not installed.
private let chromiumPath: String? = {
    let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/chromium" }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
}()

/// The example maps shipped in Assets/examples.
private func examplePaths() throws -> [String] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let folder = root.appendingPathComponent("Assets/examples")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".journey") }.sorted()
        .map { folder.appendingPathComponent($0).path }
}

/// HTML, Mermaid and CSV through the real binary: exports, imports, warnings, errors and exit
/// codes, and the HTML page in a real browser.
@Suite("Export formats end to end")
struct ExportFormatsEndToEndTests {
    @Test func mermaidRoundTripsEveryExample() throws {
        let folder = try TemporaryFolder()
        for path in try examplePaths() {
            let export = try CommandRun.journey(["export", path, "--format", "mermaid", "-o", folder.path("m.mmd")])
            #expect(export.status == 0, "\(export.errors)")
            #expect(try folder.read("m.mmd").hasPrefix("journey\n    title "))
            let back = try CommandRun.journey(["import", folder.path("m.mmd"), "-o", "-"])
            #expect(back.status == 0, "\(back.errors)")
            #expect(back.errors.isEmpty)
            let original = try CommandRun.journey(["fmt", "-"], input: try String(contentsOfFile: path, encoding: .utf8))
            #expect(back.output == original.output, "\(path)")
        }
    }

    @Test func aHandWrittenDiagramImportsWithWarningsOnStandardError() throws {
        let folder = try TemporaryFolder()
        let diagram = try folder.write("day.mermaid", "journey\n  title My day\n  section Work\n    Tea: 5: Me\n    Meeting: 0: Me, Boss\n")
        let run = try CommandRun.journey(["import", diagram, "-o", folder.path("day.journey")])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors == "\(diagram):5:14: warning: the score 0 is outside 1…5; read as 1, emotion -2\n")
        let check = try CommandRun.journey(["check", folder.path("day.journey")])
        #expect(check.output.contains("1 stage"))
        let text = try folder.read("day.journey")
        #expect(text.contains("note: Me, Boss\nemotion: -2\n"))
        let bad = try folder.write("bad.mmd", "graph TD\n  A --> B\n")
        let refused = try CommandRun.journey(["import", bad, "-o", folder.path("bad.journey")])
        #expect(refused.status == 1)
        #expect(refused.errors == "\(bad):1:1: this is not a Mermaid journey diagram: its first statement must be 'journey', not 'graph TD'\n")
        let checked = try CommandRun.journey(["check", bad])
        #expect(checked.status == 1)
    }

    @Test func csvGoesToASpreadsheetAndBack() throws {
        let folder = try TemporaryFolder()
        for path in try examplePaths() {
            let export = try CommandRun.journey(["export", path, "-o", folder.path("m.csv")])
            #expect(export.status == 0, "\(export.errors)")
            let csv = try Data(contentsOf: folder.url.appendingPathComponent("m.csv"))
            #expect(csv.starts(with: Data("stage,touchpoint,channel,note,emotion,feeling,pain_points,opportunities,evidence\r\n".utf8)))
            let back = try CommandRun.journey(["import", folder.path("m.csv"), "--force", "-o", folder.path("back.journey")])
            #expect(back.status == 0, "\(back.errors)")
            let again = try CommandRun.journey(["export", folder.path("back.journey"), "--format", "csv"])
            // Rows of the same cells; the import orders stages by first appearance, so compare the rows as a set.
            let rows = { (text: String) in Set(text.components(separatedBy: "\r\n")) }
            #expect(rows(again.output) == rows(String(decoding: csv, as: UTF8.self)), "\(path)")
        }
        let odd = try folder.write("odd.csv", "stage,touchpoint,score\nA,Web,3\n")
        let warned = try CommandRun.journey(["import", odd, "-o", "-"])
        #expect(warned.status == 0)
        #expect(warned.errors == "\(odd):1:1: warning: row 1: journey does not know the column 'score'; it is ignored\n")
        let bad = try folder.write("bad.csv", "stage,touchpoint,emotion\nA,Web,+5\n")
        let refused = try CommandRun.journey(["import", bad, "-o", "-"])
        #expect(refused.status == 1)
        #expect(refused.errors.hasPrefix("\(bad):2:7: row 2, column emotion: '+5' is not an emotion"))
        let fmt = try CommandRun.journey(["fmt", bad])
        #expect(fmt.status == 1)
        #expect(fmt.errors == "\(bad): journey fmt does not rewrite csv files: writing one back would not keep all it says; import it into a .journey map instead\n")
    }

    @Test func compareIsForHTMLAndNoDiagramForMarkdown() throws {
        let paths = try examplePaths()
        let refused = try CommandRun.journey(["export", paths[0], "--format", "csv", "--compare", paths[1]])
        #expect(refused.status == 64)
        #expect(refused.errors.hasPrefix("Error: --compare draws a second emotion curve, which only html can show, not csv"))
        let spanish = try CommandRun.journey(["export", paths[0], "--format", "md", "--compare", paths[1], "--lang", "es"])
        #expect(spanish.errors.hasPrefix("Error: --compare dibuja una segunda curva emocional"))
        let withDiagram = try CommandRun.journey(["export", paths[0], "--format", "md"])
        #expect(withDiagram.output.contains("```mermaid\njourney\n"))
        let without = try CommandRun.journey(["export", paths[0], "--format", "md", "--no-diagram"])
        #expect(without.status == 0)
        #expect(!without.output.contains("```mermaid"))
        let harmless = try CommandRun.journey(["export", paths[0], "--format", "json", "--no-diagram"])
        #expect(harmless.status == 0)
        let help = try CommandRun.journey(["export", "--help"])
        #expect(help.output.contains("--compare <file>"))
        #expect(help.output.contains("--no-diagram"))
    }

    @Test(.enabled(if: chromiumPath != nil, "chromium is not installed, so the HTML page is not checked in a browser: apt-get install chromium"))
    func theHTMLPageInARealBrowser() throws {
        let chromium = try #require(chromiumPath)
        let folder = try TemporaryFolder()
        let paths = try examplePaths()
        let shop = try #require(paths.first { $0.hasSuffix("/cat-mug-shop.journey") })
        let future = try #require(paths.first { $0.hasSuffix("/cat-mug-shop-future.journey") })
        let hostileNote = "\"><script>alert(1)</script>"
        let hostile = try folder.write("hostile.journey", """
            journey 1
            title: Shop
            kind: current-state

            [stage a]
            name: A

            [stage b]
            name: B

            [touchpoint web]
            name: Web

            [cell a web]
            note: "\\\"><script>alert(1)</script>"
            emotion: -1

            """)
        // The example against its future state, and the hostile map: the same page in a real browser.
        let export = try CommandRun.journey(["export", shop, "--compare", future, "-o", folder.path("shop.html")])
        #expect(export.status == 0, "\(export.errors)")
        let hostileExport = try CommandRun.journey(["export", hostile, "--format", "html", "-o", folder.path("hostile.html")])
        #expect(hostileExport.status == 0, "\(hostileExport.errors)")
        #expect(try MapFile.read(hostile).cell(stage: 0, touchpoint: 0).note == hostileNote)
        let map = try MapFile.read(shop)
        let futureMap = try MapFile.read(future)

        func dom(_ name: String) throws -> String {
            let run = try CommandRun.run("/usr/bin/timeout", ["20", chromium, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", "file://" + folder.path(name)])
            #expect(run.status == 0, "\(run.errors)")
            return run.output
        }
        func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }
        func between(_ start: String, _ end: String, in text: String) -> String {
            guard let from = text.range(of: start), let to = text.range(of: end, range: from.upperBound..<text.endIndex) else { return "" }
            return String(text[from.upperBound..<to.lowerBound])
        }

        let page = try dom("shop.html")
        #expect(page.contains("<html lang=\"en\">"))
        #expect(count("<table>", in: page) == 1)
        #expect(count("<th scope=\"col\">", in: page) == map.stages.count + 1)
        let body = between("<tbody>", "</tbody>", in: page)
        #expect(count("<tr>", in: body) == map.touchpoints.count)
        #expect(count("<th scope=\"row\">", in: body) == map.touchpoints.count)
        #expect(count("<td", in: body) == map.touchpoints.count * map.stages.count)
        #expect(count("<svg", in: page) == 1)
        #expect(count("<polyline", in: page) == 2)
        let primary = between("<polyline class=\"line primary\" fill=\"none\" points=\"", "\"", in: page)
        let rated = map.stages.indices.filter { map.averageEmotion(stage: $0) != nil }.count
        #expect(primary.split(separator: " ").count == rated)
        let comparison = between("<polyline class=\"line comparison\" fill=\"none\" points=\"", "\"", in: page)
        #expect(comparison.split(separator: " ").count == futureMap.stages.indices.filter { futureMap.averageEmotion(stage: $0) != nil }.count)
        #expect(page.contains("<desc>Average emotion per stage"))
        // No request: no script, no external source or link, and a policy that forbids fetching.
        #expect(!page.contains("<script"))
        #expect(!page.contains("src=\"http") && !page.contains("href=\"http"))
        #expect(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"))

        let hostilePage = try dom("hostile.html")
        #expect(!hostilePage.contains("<script"))
        #expect(hostilePage.contains("<p class=\"note\">\"&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>"))
        #expect(count("<tr>", in: between("<tbody>", "</tbody>", in: hostilePage)) == 1)
        #expect(count("<th scope=\"col\">", in: hostilePage) == 3)
    }
}
