import JourneyKit

extension Cell {
    /// The texts of one of the cell's lists.
    func texts(_ list: ItemList) -> [String] {
        self[list: list].map(\.text)
    }
}

extension ItemList {
    /// The word naming the list in `:` commands: `pain`, `opportunity`.
    var commandWord: String {
        switch self {
        case .painPoints: "pain"
        case .opportunities: "opportunity"
        }
    }

    /// Every word `:` commands accept for the list.
    var commandWords: [String] {
        switch self {
        case .painPoints: ["pain", "painpoint", "pain-point", "dolor"]
        case .opportunities: ["opportunity", "opp", "oportunidad"]
        }
    }

    /// The list's name as a heading: "Pain points" / "Puntos de dolor".
    func title(in language: Language) -> String {
        switch self {
        case .painPoints: ModelStrings.painPoints.text(in: language)
        case .opportunities: ModelStrings.opportunities.text(in: language)
        }
    }

    /// One item's name, lowercase: "pain point" / "punto de dolor".
    func itemName(in language: Language) -> String {
        switch self {
        case .painPoints: language.choose(en: "pain point", es: "punto de dolor")
        case .opportunities: language.choose(en: "opportunity", es: "oportunidad")
        }
    }

    /// A count of items: "2 pain points" / "2 puntos de dolor".
    func count(_ number: Int, in language: Language) -> String {
        switch self {
        case .painPoints: language.count(number, one: language.choose(en: "pain point", es: "punto de dolor"), other: language.choose(en: "pain points", es: "puntos de dolor"))
        case .opportunities: language.count(number, one: language.choose(en: "opportunity", es: "oportunidad"), other: language.choose(en: "opportunities", es: "oportunidades"))
        }
    }
}
