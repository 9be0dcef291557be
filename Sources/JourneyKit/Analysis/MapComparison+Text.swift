extension MapComparison {
    /// The comparison as text for a terminal, in `language`, ending with a line break: the two
    /// titles, a table of the shared stages (current, future, change) and the stages only one
    /// map has.
    ///
    /// ```text
    /// Current against future state
    /// Current: Cat mug shop: first purchase
    /// Future: Cat mug shop: first purchase, redesigned
    ///
    /// Stage          Current  Future  Change
    /// Awareness        +1.00   +1.33   +0.33
    /// Purchase         -0.80   +0.75   +1.55
    ///
    /// Only in the future map: Subscription
    /// ```
    ///
    /// Names from the maps are made safe for a terminal (see ``TerminalSafeText``).
    public func text(in language: Language) -> String {
        func words(_ string: AnalysisStrings) -> String { string.text(in: language) }
        func safe(_ text: String) -> String { TerminalSafeText.escaping(text) }
        var lines = [words(.comparisonHeading),
                     words(.currentColumn) + ": " + safe(AnalysisPhrases.title(of: currentTitle, in: language)),
                     words(.futureColumn) + ": " + safe(AnalysisPhrases.title(of: futureTitle, in: language)), ""]
        if stages.isEmpty {
            lines.append(words(.noSharedStages))
        } else {
            let names = [ModelStrings.stage.text(in: language)] + stages.map { safe($0.name) }
            let columns = [[words(.currentColumn)] + stages.map { AnalysisPhrases.figure($0.current, in: language) },
                           [words(.futureColumn)] + stages.map { AnalysisPhrases.figure($0.future, in: language) },
                           [words(.changeColumn)] + stages.map { AnalysisPhrases.figure($0.change, in: language) }]
            let nameWidth = names.map(\.count).max() ?? 0
            let widths = columns.map { $0.map(\.count).max() ?? 0 }
            for row in names.indices {
                var line = names[row] + String(repeating: " ", count: nameWidth - names[row].count)
                for (column, width) in zip(columns, widths) {
                    line += "  " + String(repeating: " ", count: width - column[row].count) + column[row]
                }
                lines.append(line)
            }
        }
        if !onlyCurrent.isEmpty || !onlyFuture.isEmpty { lines.append("") }
        if !onlyCurrent.isEmpty { lines.append(words(.onlyCurrent) + ": " + onlyCurrent.map(safe).joined(separator: ", ")) }
        if !onlyFuture.isEmpty { lines.append(words(.onlyFuture) + ": " + onlyFuture.map(safe).joined(separator: ", ")) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The comparison as GitHub-flavoured Markdown in `language`, ending with a line break.
    ///
    /// ```markdown
    /// # Current against future state
    ///
    /// **Current:** Cat mug shop: first purchase
    ///
    /// **Future:** Cat mug shop: first purchase, redesigned
    ///
    /// | Stage | Current | Future | Change |
    /// | --- | ---: | ---: | ---: |
    /// | Purchase | 🙁 -0.80 | 🙂 +0.75 | +1.55 |
    ///
    /// **Only in the future map:**
    ///
    /// - Subscription
    /// ```
    ///
    /// Names from the maps are escaped (see ``MarkdownText``) so that they render as written.
    public func markdown(in language: Language) -> String {
        func words(_ string: AnalysisStrings) -> String { string.text(in: language) }
        var lines = ["# " + words(.comparisonHeading), "",
                     "**" + words(.currentColumn) + ":** " + MarkdownText.inline(AnalysisPhrases.title(of: currentTitle, in: language)), "",
                     "**" + words(.futureColumn) + ":** " + MarkdownText.inline(AnalysisPhrases.title(of: futureTitle, in: language)), ""]
        if stages.isEmpty {
            lines.append("*" + words(.noSharedStages) + "*")
        } else {
            lines.append(MapStatistics.row([ModelStrings.stage.text(in: language), words(.currentColumn), words(.futureColumn), words(.changeColumn)]))
            lines.append(MapStatistics.row(["---", "---:", "---:", "---:"]))
            for stage in stages {
                lines.append(MapStatistics.row([MarkdownText.inline(stage.name),
                                                AnalysisPhrases.figureWithFace(stage.current, in: language),
                                                AnalysisPhrases.figureWithFace(stage.future, in: language),
                                                AnalysisPhrases.figure(stage.change, in: language)]))
            }
        }
        for (heading, names) in [(AnalysisStrings.onlyCurrent, onlyCurrent), (.onlyFuture, onlyFuture)] where !names.isEmpty {
            lines += ["", "**" + words(heading) + ":**", ""]
            lines += names.map { "- " + MarkdownText.inline($0) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
