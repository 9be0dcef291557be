import JourneyKit

/// The string catalogue's words for the workshop's parts of the screen: the analysis and
/// presentation views, the timer, the legends of votes, evidence and the comparison.
enum WorkshopScreenStrings: Localized, Hashable {
    case statsHints
    case presentationHints(overview: Bool)
    case timerLeft(String)
    case timeUp
    case stageOf(Int, count: Int)
    case sourcesHeading
    case evidenceLine(Evidence?)
    case thisMap
    case legend(votes: String, researched: String, partial: String, assumed: String)
    case shortLegend(votes: String, evidence: String)
    case emptyCells
    case moreTouchpoints(Int)
    case emotionAxis
    case effortAxis
    case impactAxis

    func text(in language: Language) -> String {
        let l = language
        switch self {
        case .statsHints:
            return l.choose(en: "Analysis: ↑↓ select · Enter go to its cell · Esc back · : command",
                            es: "Análisis: ↑↓ elegir · Enter ir a su celda · Esc volver · : orden")
        case .presentationHints(let overview):
            return overview ? l.choose(en: "Presentation: → first stage · Esc back", es: "Presentación: → primera etapa · Esc volver")
                            : l.choose(en: "Presentation: ← → stages · Home overview · Esc back", es: "Presentación: ← → etapas · Inicio resumen · Esc volver")
        case .timerLeft(let clock): return l.choose(en: "Timer ", es: "Tiempo ") + clock
        case .timeUp: return l.choose(en: "TIME IS UP", es: "SE ACABÓ EL TIEMPO")
        case .stageOf(let index, let count): return l.choose(en: "Stage \(index) of \(count)", es: "Etapa \(index) de \(count)")
        case .sourcesHeading: return l.choose(en: "Sources", es: "Fuentes")
        case .evidenceLine(let evidence): return AnalysisStrings.evidenceLabel.text(in: l) + ": " + AnalysisStrings.evidenceName(evidence).text(in: l)
        case .thisMap: return l.choose(en: "this map", es: "este mapa")
        case .legend(let votes, let researched, let partial, let assumed):
            return l.choose(en: "\(votes)n votes · \(researched) researched \(partial) partial \(assumed) assumed",
                            es: "\(votes)n votos · \(researched) investigada \(partial) parcial \(assumed) supuesta")
        case .shortLegend(let votes, let evidence):
            return l.choose(en: "\(votes)n votes · \(evidence) evidence", es: "\(votes)n votos · \(evidence) evidencia")
        case .emptyCells: return l.choose(en: "Nothing noted at this stage yet.", es: "Aún no hay nada anotado en esta etapa.")
        case .moreTouchpoints(let count):
            return l.choose(en: "\(l.count(count, one: "more touchpoint", other: "more touchpoints")) below the screen",
                            es: count == 1 ? "1 punto de contacto más bajo la pantalla" : "\(count) puntos de contacto más bajo la pantalla")
        case .emotionAxis: return ModelStrings.averageEmotion.text(in: l)
        case .effortAxis: return l.choose(en: "effort →", es: "esfuerzo →")
        case .impactAxis: return l.choose(en: "impact ↑", es: "impacto ↑")
        }
    }
}
