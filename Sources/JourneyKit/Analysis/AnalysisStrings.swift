/// The string catalogue's words for the analysis (`journey stats`, `journey compare`) in its text
/// and Markdown forms, in English and Spanish side by side.
public enum AnalysisStrings: Localized, Hashable {
    // Stats
    /// The heading of the statistics: `Statistics: Cat mug shop` / `Estadísticas: …`.
    case statisticsHeading(title: String)
    /// The stages' section or column: `Stages`.
    case stagesHeading
    /// A stage's average emotion with how many cells are rated: `Average emotion: +1.00 (3 of 4 cells rated)`.
    case stageAverage(average: String, rated: Int, cells: Int)
    /// A stage without rated cells: `Average emotion: none (no cell rated)`.
    case stageWithoutAverage
    /// `2 pain points, 3 opportunities, 7 votes`.
    case stageItems(painPoints: Int, opportunities: Int, votes: Int)
    /// The label before a stage's evidence counts: `Evidence`.
    case evidenceLabel
    /// The name of an evidence (or of none) next to a count: `researched`, `not stated`.
    case evidenceName(Evidence?)
    /// `Lowest average emotion`.
    case lowestStageLabel
    /// What the lowest stage shows when no stage is rated: `none (no cell is rated)`.
    case noLowestStage
    /// `Top pain points (by votes)`.
    case topPainPointsHeading
    /// `No pain point has votes yet.`
    case noVotedPainPoints
    /// `Metrics`.
    case metricsHeading
    /// `Opportunity matrix (impact and effort)`.
    case opportunityMatrixHeading
    /// A quadrant's title: `Quick wins`.
    case quadrantTitle(OpportunityQuadrant)
    /// A quadrant's rule: `impact 4-5, effort 1-2`.
    case quadrantRule(OpportunityQuadrant)
    /// What an empty quadrant or list shows: `None.`
    case noneInList
    /// `1 vote`, `4 votes`.
    case votes(Int)
    /// `impact 5`.
    case impact(Int)
    /// `effort 1`.
    case effort(Int)
    /// `owner: Ecommerce`.
    case owner(String)
    /// The column headings of the Markdown table: `Cells`, `Pain points`…
    case cellsColumn, painPointsColumn, opportunitiesColumn, votesColumn, averageColumn

    // Compare
    /// The heading of a comparison: `Current against future state`.
    case comparisonHeading
    /// The labels of the two maps and their columns: `Current`, `Future`.
    case currentColumn, futureColumn
    /// `Change`.
    case changeColumn
    /// `Only in the current map`.
    case onlyCurrent
    /// `Only in the future map`.
    case onlyFuture
    /// `The maps share no stage.`
    case noSharedStages
    /// What a missing average or change shows: `–`.
    case noFigure

    public func text(in language: Language) -> String {
        switch self {
        case .statisticsHeading(let title):
            language.choose(en: "Statistics: ", es: "Estadísticas: ") + title
        case .stagesHeading:
            ModelStrings.stages.text(in: language)
        case .stageAverage(let average, let rated, let cells):
            language.choose(en: "Average emotion: \(average) (\(rated) of \(language.count(cells, one: "cell", other: "cells")) rated)",
                            es: "Emoción media: \(average) (\(rated) de \(language.count(cells, one: "celda valorada", other: "celdas valoradas")))")
        case .stageWithoutAverage:
            language.choose(en: "Average emotion: none (no cell rated)", es: "Emoción media: ninguna (ninguna celda valorada)")
        case .stageItems(let painPoints, let opportunities, let votes):
            language.choose(
                en: "\(language.count(painPoints, one: "pain point", other: "pain points")), \(language.count(opportunities, one: "opportunity", other: "opportunities"))",
                es: "\(language.count(painPoints, one: "punto de dolor", other: "puntos de dolor")), \(language.count(opportunities, one: "oportunidad", other: "oportunidades"))")
                + ", " + Self.votes(votes).text(in: language)
        case .evidenceLabel:
            language.choose(en: "Evidence", es: "Evidencia")
        case .evidenceName(let evidence):
            switch evidence {
            case .researched: language.choose(en: "researched", es: "investigada")
            case .partial: language.choose(en: "partial", es: "parcial")
            case .assumed: language.choose(en: "assumed", es: "supuesta")
            case nil: language.choose(en: "not stated", es: "sin indicar")
            }
        case .lowestStageLabel:
            language.choose(en: "Lowest average emotion", es: "Emoción media más baja")
        case .noLowestStage:
            language.choose(en: "none (no cell is rated)", es: "ninguna (no hay celdas valoradas)")
        case .topPainPointsHeading:
            language.choose(en: "Top pain points (by votes)", es: "Puntos de dolor más votados")
        case .noVotedPainPoints:
            language.choose(en: "No pain point has votes yet.", es: "Ningún punto de dolor tiene votos todavía.")
        case .metricsHeading:
            language.choose(en: "Metrics", es: "Métricas")
        case .opportunityMatrixHeading:
            language.choose(en: "Opportunity matrix (impact and effort)", es: "Matriz de oportunidades (impacto y esfuerzo)")
        case .quadrantTitle(let quadrant):
            switch quadrant {
            case .quickWins: language.choose(en: "Quick wins", es: "Victorias rápidas")
            case .bigBets: language.choose(en: "Big bets", es: "Grandes apuestas")
            case .fillIns: language.choose(en: "Fill-ins", es: "Tareas de relleno")
            case .moneyPits: language.choose(en: "Money pits", es: "Pozos sin fondo")
            case .unscored: language.choose(en: "Unscored", es: "Sin puntuar")
            }
        case .quadrantRule(let quadrant):
            switch quadrant {
            case .quickWins: language.choose(en: "impact 4-5, effort 1-2", es: "impacto 4-5, esfuerzo 1-2")
            case .bigBets: language.choose(en: "impact 4-5, effort 3-5", es: "impacto 4-5, esfuerzo 3-5")
            case .fillIns: language.choose(en: "impact 1-3, effort 1-2", es: "impacto 1-3, esfuerzo 1-2")
            case .moneyPits: language.choose(en: "impact 1-3, effort 3-5", es: "impacto 1-3, esfuerzo 3-5")
            case .unscored: language.choose(en: "impact or effort missing", es: "falta el impacto o el esfuerzo")
            }
        case .noneInList:
            language.choose(en: "None.", es: "Ninguna.")
        case .votes(let count):
            language.count(count, one: language.choose(en: "vote", es: "voto"), other: language.choose(en: "votes", es: "votos"))
        case .impact(let score):
            language.choose(en: "impact \(score)", es: "impacto \(score)")
        case .effort(let score):
            language.choose(en: "effort \(score)", es: "esfuerzo \(score)")
        case .owner(let name):
            language.choose(en: "owner: ", es: "responsable: ") + name
        case .cellsColumn:
            language.choose(en: "Cells", es: "Celdas")
        case .painPointsColumn:
            ModelStrings.painPoints.text(in: language)
        case .opportunitiesColumn:
            ModelStrings.opportunities.text(in: language)
        case .votesColumn:
            language.choose(en: "Votes", es: "Votos")
        case .averageColumn:
            ModelStrings.averageEmotion.text(in: language)
        case .comparisonHeading:
            language.choose(en: "Current against future state", es: "Estado actual frente a estado futuro")
        case .currentColumn:
            language.choose(en: "Current", es: "Actual")
        case .futureColumn:
            language.choose(en: "Future", es: "Futuro")
        case .changeColumn:
            language.choose(en: "Change", es: "Cambio")
        case .onlyCurrent:
            language.choose(en: "Only in the current map", es: "Solo en el mapa actual")
        case .onlyFuture:
            language.choose(en: "Only in the future map", es: "Solo en el mapa futuro")
        case .noSharedStages:
            language.choose(en: "The maps share no stage.", es: "Los mapas no comparten ninguna etapa.")
        case .noFigure:
            "–"
        }
    }
}
