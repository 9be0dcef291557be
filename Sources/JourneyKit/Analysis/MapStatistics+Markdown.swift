extension MapStatistics {
    /// The analysis as GitHub-flavoured Markdown in `language`, ending with a line break: what a
    /// consultant pastes into the recommendations.
    ///
    /// ```markdown
    /// # Statistics: Cat mug shop: first purchase
    ///
    /// | Stage | Average emotion | Cells | Pain points | Opportunities | Votes | Evidence |
    /// | --- | --- | ---: | ---: | ---: | ---: | --- |
    /// | Awareness | 🙂 +1.00 | 3 | 3 | 3 | 5 | ● 1 ◐ 1 ○ 1 ? 0 |
    ///
    /// *Evidence: ● researched · ◐ partial · ○ assumed · ? not stated*
    ///
    /// **Lowest average emotion:** Purchase (🙁 -0.80)
    ///
    /// ## Metrics
    ///
    /// - **Purchase:** Abandono del carrito: 69 % (Analítica, oct. 2026)
    ///
    /// ## Top pain points (by votes)
    ///
    /// 1. Shipping costs appear only at the last step (Purchase, Cart and checkout): 7 votes
    ///
    /// ## Opportunity matrix (impact and effort)
    ///
    /// ### Quick wins (impact 4-5, effort 1-2)
    ///
    /// - Offer guest checkout (Purchase, Cart and checkout): 4 votes, impact 4, effort 2
    ///
    /// ### Big bets (impact 4-5, effort 3-5)
    ///
    /// *None.*
    /// ```
    ///
    /// Text from the map is escaped (see ``MarkdownText``) so that it renders exactly as written.
    /// The Metrics section appears only when a stage has metrics.
    public func markdown(in language: Language) -> String {
        func words(_ string: AnalysisStrings) -> String { string.text(in: language) }
        var lines = ["# " + MarkdownText.inline(words(.statisticsHeading(title: AnalysisPhrases.title(of: title, in: language)))), ""]
        lines.append(Self.row([ModelStrings.stage.text(in: language), words(.averageColumn), words(.cellsColumn), words(.painPointsColumn),
                               words(.opportunitiesColumn), words(.votesColumn), words(.evidenceLabel)]))
        lines.append(Self.row(["---", "---", "---:", "---:", "---:", "---:", "---"]))
        for stage in stages {
            lines.append(Self.row([MarkdownText.inline(stage.name), AnalysisPhrases.figureWithFace(stage.averageEmotion, in: language),
                                   String(stage.cells), String(stage.painPoints), String(stage.opportunities), String(stage.votes),
                                   AnalysisPhrases.evidenceMarkers(stage.evidence)]))
        }
        lines += ["", "*" + MarkdownText.inline(words(.evidenceLabel) + ": " + AnalysisPhrases.evidenceLegend(in: language)) + "*"]
        lines += ["", "**" + words(.lowestStageLabel) + ":** " + lowestStageText(in: language, escape: MarkdownText.inline, face: true)]

        if stages.contains(where: { !$0.metrics.isEmpty }) {
            lines += ["", "## " + words(.metricsHeading), ""]
            for stage in stages {
                for metric in stage.metrics {
                    lines.append("- **" + MarkdownText.inline(stage.name) + ":** " + MarkdownText.inline(AnalysisPhrases.metric(metric, in: language)))
                }
            }
        }

        lines += ["", "## " + words(.topPainPointsHeading), ""]
        if topPainPoints.isEmpty { lines.append("*" + words(.noVotedPainPoints) + "*") }
        for (offset, located) in topPainPoints.enumerated() {
            lines.append("\(offset + 1). " + MarkdownText.inline(AnalysisPhrases.item(located, in: language)))
        }

        lines += ["", "## " + words(.opportunityMatrixHeading)]
        for quadrant in OpportunityQuadrant.allCases {
            lines += ["", "### " + words(.quadrantTitle(quadrant)) + " (" + words(.quadrantRule(quadrant)) + ")", ""]
            let entries = opportunityMatrix[quadrant]
            if entries.isEmpty { lines.append("*" + words(.noneInList) + "*") }
            for located in entries {
                lines.append("- " + MarkdownText.inline(AnalysisPhrases.item(located, in: language)))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `| a | b |`; every cell is already escaped.
    static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }
}
