extension MapStatistics {
    /// The analysis as text for a terminal, in `language`, ending with a line break: a block per
    /// stage (average emotion, items and votes, evidence, metrics), the lowest stage, the top pain
    /// points and the opportunity matrix quadrant by quadrant.
    ///
    /// ```text
    /// Statistics: Cat mug shop: first purchase
    ///
    /// Awareness
    ///   Average emotion: +1.00 (3 of 3 cells rated)
    ///   3 pain points, 3 opportunities, 5 votes
    ///   Evidence: researched 1 · partial 1 · assumed 1 · not stated 0
    ///
    /// Lowest average emotion: Purchase (-0.80)
    ///
    /// Top pain points (by votes)
    ///    1. Shipping costs appear only at the last step (Purchase, Cart and checkout): 7 votes
    ///
    /// Opportunity matrix (impact and effort)
    ///   Quick wins (impact 4-5, effort 1-2)
    ///     - Offer guest checkout (Purchase, Cart and checkout): 4 votes, impact 4, effort 2
    ///   Big bets (impact 4-5, effort 3-5)
    ///     None.
    /// ```
    ///
    /// Text from the map is made safe for a terminal (see ``TerminalSafeText``): control
    /// characters and line breaks are shown as escapes, so each entry stays on its line.
    public func text(in language: Language) -> String {
        func safe(_ text: String) -> String { TerminalSafeText.escaping(text) }
        var lines = [safe(AnalysisStrings.statisticsHeading(title: AnalysisPhrases.title(of: title, in: language)).text(in: language))]
        for stage in stages {
            lines += ["", safe(stage.name)]
            if let average = stage.averageEmotion {
                lines.append("  " + AnalysisStrings.stageAverage(average: average.signedText(in: language), rated: stage.emotions, cells: stage.cells).text(in: language))
            } else {
                lines.append("  " + AnalysisStrings.stageWithoutAverage.text(in: language))
            }
            lines.append("  " + AnalysisStrings.stageItems(painPoints: stage.painPoints, opportunities: stage.opportunities, votes: stage.votes).text(in: language))
            lines.append("  " + AnalysisStrings.evidenceLabel.text(in: language) + ": " + AnalysisPhrases.evidence(stage.evidence, in: language))
            for metric in stage.metrics {
                lines.append("  " + safe(AnalysisPhrases.metric(metric, in: language)))
            }
        }
        lines += ["", AnalysisStrings.lowestStageLabel.text(in: language) + ": " + lowestStageText(in: language, escape: safe)]
        lines += ["", AnalysisStrings.topPainPointsHeading.text(in: language)]
        if topPainPoints.isEmpty {
            lines.append("  " + AnalysisStrings.noVotedPainPoints.text(in: language))
        }
        for (offset, located) in topPainPoints.enumerated() {
            let number = String(offset + 1)
            lines.append(String(repeating: " ", count: max(0, 3 - number.count)) + number + ". " + safe(AnalysisPhrases.item(located, in: language)))
        }
        lines += ["", AnalysisStrings.opportunityMatrixHeading.text(in: language)]
        for quadrant in OpportunityQuadrant.allCases {
            lines.append("  " + AnalysisStrings.quadrantTitle(quadrant).text(in: language) + " (" + AnalysisStrings.quadrantRule(quadrant).text(in: language) + ")")
            let entries = opportunityMatrix[quadrant]
            if entries.isEmpty { lines.append("    " + AnalysisStrings.noneInList.text(in: language)) }
            for located in entries {
                lines.append("    - " + safe(AnalysisPhrases.item(located, in: language)))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lowest stage's name (escaped) and average, or the catalogue's "none".
    func lowestStageText(in language: Language, escape: (String) -> String, face: Bool = false) -> String {
        guard let index = lowestStage else { return AnalysisStrings.noLowestStage.text(in: language) }
        let stage = stages[index]
        let figure = face ? AnalysisPhrases.figureWithFace(stage.averageEmotion, in: language) : AnalysisPhrases.figure(stage.averageEmotion, in: language)
        return escape(stage.name) + " (" + figure + ")"
    }
}
