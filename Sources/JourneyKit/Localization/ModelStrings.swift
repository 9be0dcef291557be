/// The string catalogue's words for the map's own vocabulary, shared by the editor, the command
/// line and every export.
public enum ModelStrings: Localized, Hashable {
    case stage, stages, touchpoint, touchpoints, channel, emotion, feeling, note, goal
    case painPoints, opportunities, painPoint, opportunity
    case title, persona, scenario, kind, untitled, averageEmotion

    public func text(in language: Language) -> String {
        switch self {
        case .stage: language.choose(en: "Stage", es: "Etapa")
        case .stages: language.choose(en: "Stages", es: "Etapas")
        case .touchpoint: language.choose(en: "Touchpoint", es: "Punto de contacto")
        case .touchpoints: language.choose(en: "Touchpoints", es: "Puntos de contacto")
        case .channel: language.choose(en: "Channel", es: "Canal")
        case .emotion: language.choose(en: "Emotion", es: "Emoción")
        case .feeling: language.choose(en: "Feeling", es: "Sentimiento")
        case .note: language.choose(en: "Note", es: "Nota")
        case .goal: language.choose(en: "Goal", es: "Objetivo")
        case .painPoints: language.choose(en: "Pain points", es: "Puntos de dolor")
        case .opportunities: language.choose(en: "Opportunities", es: "Oportunidades")
        case .painPoint: language.choose(en: "Pain point", es: "Punto de dolor")
        case .opportunity: language.choose(en: "Opportunity", es: "Oportunidad")
        case .title: language.choose(en: "Title", es: "Título")
        case .persona: language.choose(en: "Persona", es: "Persona")
        case .scenario: language.choose(en: "Scenario", es: "Escenario")
        case .kind: language.choose(en: "Kind", es: "Tipo")
        case .untitled: language.choose(en: "Untitled journey", es: "Recorrido sin título")
        case .averageEmotion: language.choose(en: "Average emotion", es: "Emoción media")
        }
    }
}

extension JourneyKind {
    /// A label for people in a language: "Current state" / "Estado actual".
    public func displayName(in language: Language) -> String {
        switch self {
        case .currentState: language.choose(en: "Current state", es: "Estado actual")
        case .futureState: language.choose(en: "Future state", es: "Estado futuro")
        case .dayInTheLife: language.choose(en: "Day in the life", es: "Un día en la vida")
        }
    }
}

extension Emotion {
    /// A word for the score in a language: "very negative" … "very positive" /
    /// "muy negativa" … "muy positiva".
    public func label(in language: Language) -> String {
        switch score {
        case ...(-2): language.choose(en: "very negative", es: "muy negativa")
        case -1: language.choose(en: "negative", es: "negativa")
        case 0: language.choose(en: "neutral", es: "neutra")
        case 1: language.choose(en: "positive", es: "positiva")
        default: language.choose(en: "very positive", es: "muy positiva")
        }
    }
}
