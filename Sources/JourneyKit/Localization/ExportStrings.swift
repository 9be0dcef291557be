/// The string catalogue of the exports (Markdown today, HTML and the others alike): headings,
/// labels, legends and the words for votes and scores, in English and Spanish. An export uses the
/// map's language (``JourneyMap/exportLanguage(fallback:)``).
public enum ExportStrings: Localized, Hashable {
    case untitled, noStages, noTouchpoints, stagesHeading
    case personaLabel, scenarioLabel, kindLabel, goalLabel, averageEmotionRow, touchpointColumn
    case metricsHeading, sourcesHeading, listHeading(ItemList)
    case votes(Int), impact(Int), effort(Int), owner(String)
    case evidenceName(Evidence), evidenceLegendTitle, channelLabel, emotionLabel, feelingLabel, noteLabel
    case emotionCurveHeading, mapHeading, notRated
    /// The curve's text alternative: `Average emotion per stage, from -2 to +2: Awareness +1.0, …`.
    case curveDescription(String)
    /// A curve's name in the legend when the map has no title.
    case thisMap
    /// The legend entry of the map compared with (`--compare`).
    case comparedWith(String)

    public func text(in l: Language) -> String {
        switch self {
        case .untitled: l.choose(en: "Untitled journey map", es: "Mapa de experiencia sin título")
        case .noStages: l.choose(en: "This map has no stages yet.", es: "Este mapa aún no tiene etapas.")
        case .noTouchpoints: l.choose(en: "This map has no touchpoints yet.", es: "Este mapa aún no tiene puntos de contacto.")
        case .stagesHeading: ModelStrings.stages.text(in: l)
        case .personaLabel: ModelStrings.persona.text(in: l)
        case .scenarioLabel: ModelStrings.scenario.text(in: l)
        case .kindLabel: ModelStrings.kind.text(in: l)
        case .goalLabel: ModelStrings.goal.text(in: l)
        case .averageEmotionRow: ModelStrings.averageEmotion.text(in: l)
        case .touchpointColumn: ModelStrings.touchpoint.text(in: l)
        case .channelLabel: ModelStrings.channel.text(in: l)
        case .emotionLabel: ModelStrings.emotion.text(in: l)
        case .feelingLabel: ModelStrings.feeling.text(in: l)
        case .noteLabel: ModelStrings.note.text(in: l)
        case .metricsHeading: l.choose(en: "Metrics", es: "Métricas")
        case .sourcesHeading: l.choose(en: "Sources", es: "Fuentes")
        case .listHeading(let list):
            switch list {
            case .painPoints: ModelStrings.painPoints.text(in: l)
            case .opportunities: ModelStrings.opportunities.text(in: l)
            }
        case .votes(let count): l.count(count, one: l.choose(en: "vote", es: "voto"), other: l.choose(en: "votes", es: "votos"))
        case .impact(let score): l.choose(en: "impact \(score)", es: "impacto \(score)")
        case .effort(let score): l.choose(en: "effort \(score)", es: "esfuerzo \(score)")
        case .owner(let name): l.choose(en: "owner: \(name)", es: "responsable: \(name)")
        case .evidenceName(let evidence):
            switch evidence {
            case .researched: l.choose(en: "researched", es: "investigado")
            case .partial: l.choose(en: "partly researched", es: "investigado en parte")
            case .assumed: l.choose(en: "assumed", es: "supuesto")
            }
        case .evidenceLegendTitle: l.choose(en: "Evidence", es: "Evidencia")
        case .emotionCurveHeading: l.choose(en: "Emotion curve", es: "Curva emocional")
        case .mapHeading: l.choose(en: "The map", es: "El mapa")
        case .notRated: l.choose(en: "not rated", es: "sin valorar")
        case .curveDescription(let points):
            l.choose(en: "Average emotion per stage, from -2 (very negative) to +2 (very positive): \(points)",
                     es: "Emoción media por etapa, de -2 (muy negativa) a +2 (muy positiva): \(points)")
        case .thisMap: l.choose(en: "This map", es: "Este mapa")
        case .comparedWith(let name): l.choose(en: "Compared with: \(name)", es: "Comparado con: \(name)")
        }
    }

    /// The marker a cell shows for its evidence, strongest filled: `●` `◐` `○`.
    public static func marker(_ evidence: Evidence) -> String {
        switch evidence {
        case .researched: "●"
        case .partial: "◐"
        case .assumed: "○"
        }
    }
}
