/// Reads the statements of a Mermaid `journey` diagram that `journey` did not write, line by
/// line, into a map (see ``MermaidImporter`` for what each statement becomes).
struct MermaidDiagramReader {
    let path: String
    var map = JourneyMap()
    var problems: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    /// The stage the tasks are going into, once a section has named one.
    private var stage: Int?
    /// Whether the `journey` line has been read.
    private var started = false
    /// Whether the lines are inside a multi-line `accDescr { … }`.
    private var inDescription = false
    /// Whether reading stopped: the file is not a journey diagram.
    private var stopped = false

    init(path: String) {
        self.path = path
    }

    mutating func read(_ lines: [Substring]) {
        var index = 0
        // Front matter: `---` lines around YAML; its `title:` is the title.
        if lines.first.map({ String($0).trimmingWhitespace() == "---" }) == true {
            index = 1
            while index < lines.count, String(lines[index]).trimmingWhitespace() != "---" {
                let line = String(lines[index]).trimmingWhitespace()
                if line.hasPrefix("title:") {
                    map.title = MermaidText.unescaped(unquoted(String(line.dropFirst(6)).trimmingWhitespace()))
                }
                index += 1
            }
            index += 1
        }
        while index < lines.count, !stopped {
            readLine(lines[index], number: index + 1)
            index += 1
        }
        if !started, !stopped {
            report(.notJourneyDiagram(found: nil), line: max(lines.count, 1), column: 1)
        }
    }

    private mutating func readLine(_ raw: Substring, number: Int) {
        let indent = raw.prefix { $0 == " " || $0 == "\t" }.count
        var line = raw.dropFirst(indent)
        if line.hasPrefix("%%") || line.isEmpty { return }
        if inDescription {
            if line.contains("}") { inDescription = false }
            return
        }
        // `#` starts a comment unless it starts an entity code.
        line = withoutComment(line)
        while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
        if line.isEmpty { return }
        let column = indent + 1
        let lowered = line.lowercased()
        guard started else {
            if lowered == "journey" {
                started = true
            } else {
                report(.notJourneyDiagram(found: excerpt(line)), line: number, column: column)
                stopped = true
            }
            return
        }
        if let semicolon = line.firstIndex(of: ";") {
            report(.semicolon, line: number, column: column + offset(of: semicolon, in: line))
            return
        }
        if lowered.hasPrefix("acctitle") || lowered.hasPrefix("accdescr") {
            let rest = line.dropFirst(8).drop { $0 == " " || $0 == "\t" }
            if lowered.hasPrefix("accdescr"), rest.hasPrefix("{"), !rest.contains("}") { inDescription = true }
            return
        }
        if lowered.hasPrefix("title"), line.dropFirst(5).first.map({ $0 == " " || $0 == "\t" }) == true {
            map.title = MermaidText.unescaped(String(line.dropFirst(6)).trimmingWhitespace())
            return
        }
        if lowered.hasPrefix("section"), line.dropFirst(7).first.map({ $0 == " " || $0 == "\t" }) == true {
            readSection(line.dropFirst(8), number: number, column: column + 8)
            return
        }
        readTask(line, number: number, column: column)
    }

    private mutating func readSection(_ text: Substring, number: Int, column: Int) {
        let name = MermaidText.unescaped(String(text).trimmingWhitespace())
        if let existing = map.stageIndex(named: name) {
            stage = existing
            return
        }
        do {
            stage = try map.appendStage(named: name)
        } catch {
            report(.sectionNeedsName, line: number, column: column)
            stage = nil
        }
    }

    /// `NAME: SCORE` or `NAME: SCORE: ACTOR, ACTOR`.
    private mutating func readTask(_ line: Substring, number: Int, column: Int) {
        guard let colon = line.firstIndex(of: ":") else {
            report(.expectedStatement(excerpt(line)), line: number, column: column)
            return
        }
        let name = MermaidText.unescaped(String(line[..<colon]).trimmingWhitespace())
        let data = line[line.index(after: colon)...]
        let fields = data.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let scoreText = String(fields[0]).trimmingWhitespace()
        let scoreColumn = column + offset(of: colon, in: line) + 1 + (fields[0].prefix { $0 == " " || $0 == "\t" }.count)
        guard let stage else {
            report(.taskBeforeSection(excerpt(line[..<colon])), line: number, column: column)
            return
        }
        guard !name.trimmingWhitespace().isEmpty else {
            report(.taskNeedsName, line: number, column: column)
            return
        }
        guard let score = Double(scoreText), score.isFinite, scoreText.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }) else {
            report(scoreText.isEmpty ? .noScore(task: excerpt(name)) : .scoreNotANumber(excerpt(scoreText)),
                   line: number, column: scoreColumn)
            return
        }
        let rounded = score.rounded()
        if !(1...5).contains(score) || rounded != score {
            let emotion = Emotion(clamping: Int(max(min(rounded, 100), -100)) - 3)
            warnings.append(Diagnostic(
                .mermaid(.scoreRead(excerpt(scoreText), isWhole: rounded == score, readAs: emotion.score + 3, emotion: emotion)),
                at: FileLocation(path: path, line: number, column: scoreColumn)))
        }
        let emotion = Emotion(clamping: Int(max(min(rounded, 100), -100)) - 3)
        let actors = fields.count > 1
            ? fields[1].split(separator: ",").map { MermaidText.unescaped(String($0).trimmingWhitespace()) }.filter { !$0.isEmpty }
            : []
        let touchpoint: Int
        if let existing = map.touchpointIndex(named: name) {
            touchpoint = existing
        } else {
            do {
                touchpoint = try map.appendTouchpoint(named: name)
            } catch {
                report(.taskNeedsName, line: number, column: column)
                return
            }
        }
        guard map.cell(stage: stage, touchpoint: touchpoint).isEmpty else {
            warnings.append(Diagnostic(
                .mermaid(.duplicateTask(section: excerpt(map.stages[stage].name), task: excerpt(name))),
                at: FileLocation(path: path, line: number, column: column)))
            return
        }
        map.setCell(Cell(note: actors.joined(separator: ", "), emotion: emotion), stage: stage, touchpoint: touchpoint)
    }

    /// How many characters (Unicode scalars, as columns count) stand before `index` in `line`.
    private func offset(of index: Substring.Index, in line: Substring) -> Int {
        line.unicodeScalars.distance(from: line.startIndex, to: index)
    }

    /// The line up to a `#` that does not start an entity code.
    private func withoutComment(_ line: Substring) -> Substring {
        guard line.contains("#") else { return line }
        let scalars = Array(line.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "#" {
                guard let length = MermaidText.entityLength(in: scalars, at: index) else {
                    return Substring(String(String.UnicodeScalarView(scalars[..<index])))
                }
                index += length
            } else {
                index += 1
            }
        }
        return line
    }

    /// A front matter value without its YAML quotes.
    private func unquoted(_ value: String) -> String {
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            return String(value.dropFirst().dropLast())
        }
        return value
    }

    /// Text from the file as a message quotes it: at most 60 characters.
    private func excerpt(_ text: some StringProtocol) -> String {
        text.count > 60 ? String(text.prefix(57)) + "…" : String(text)
    }

    private mutating func report(_ problem: MermaidReaderStrings, line: Int, column: Int) {
        problems.append(Diagnostic(.mermaid(problem), at: FileLocation(path: path, line: line, column: column)))
    }
}
