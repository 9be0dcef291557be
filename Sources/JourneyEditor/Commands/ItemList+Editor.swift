import JourneyKit

extension Cell {
    /// The texts of one of the cell's lists.
    func texts(_ list: ItemList) -> [String] {
        self[list: list].map(\.text)
    }
}

/// Everything the editor says and binds differently for each list of a cell, in one switch, so
/// that a third list is one new case here.
struct ItemListTraits: Sendable {
    /// The word naming the list in `:` commands, then the other words accepted: `pain`, `dolor`…
    var commandWords: [String]
    /// The key that adds an item (`p`, `o`).
    var key: Character
    /// The grid's badge before a count (`!`, `*`).
    var badge: String
    /// The style of the list's heading and badge.
    var role: StyleRole
    /// One item, capitalised: "Pain point" / "Punto de dolor".
    var singular: LocalizedText
    /// One item, lowercase: "pain point" / "punto de dolor".
    var lowercase: LocalizedText
    /// Several, lowercase: "pain points" / "puntos de dolor".
    var plural: LocalizedText
    /// Whether the Spanish noun is feminine (for the agreement of "añadida", "la primera"…).
    var feminineInSpanish: Bool
    /// The prompt's label for a new item.
    var newItemLabel: LocalizedText
    /// The help line of the command that adds one.
    var addHelp: LocalizedText

    static func of(_ list: ItemList) -> ItemListTraits {
        switch list {
        case .painPoints:
            ItemListTraits(commandWords: ["pain", "painpoint", "pain-point", "dolor"], key: "p", badge: "!", role: .painPoint,
                           singular: LocalizedText(en: "Pain point", es: "Punto de dolor"), lowercase: LocalizedText(en: "pain point", es: "punto de dolor"),
                           plural: LocalizedText(en: "pain points", es: "puntos de dolor"), feminineInSpanish: false,
                           newItemLabel: LocalizedText(en: "New pain point", es: "Nuevo punto de dolor"),
                           addHelp: LocalizedText(en: "add a pain point (pasted lines add one each)", es: "añadir un punto de dolor (cada línea pegada añade uno)"))
        case .opportunities:
            ItemListTraits(commandWords: ["opportunity", "opp", "oportunidad"], key: "o", badge: "*", role: .opportunity,
                           singular: LocalizedText(en: "Opportunity", es: "Oportunidad"), lowercase: LocalizedText(en: "opportunity", es: "oportunidad"),
                           plural: LocalizedText(en: "opportunities", es: "oportunidades"), feminineInSpanish: true,
                           newItemLabel: LocalizedText(en: "New opportunity", es: "Nueva oportunidad"),
                           addHelp: LocalizedText(en: "add an opportunity (pasted lines add one each)", es: "añadir una oportunidad (cada línea pegada añade una)"))
        }
    }

    /// A Spanish word that agrees with the noun: `agree("añadido", "añadida")`.
    func agree(_ masculine: String, _ feminine: String) -> String {
        feminineInSpanish ? feminine : masculine
    }
}

extension ItemList {
    /// What differs for this list in the editor.
    var traits: ItemListTraits { .of(self) }

    /// The word naming the list in `:` commands: `pain`, `opportunity`.
    var commandWord: String { traits.commandWords[0] }

    /// Every word `:` commands accept for the list.
    var commandWords: [String] { traits.commandWords }

    /// The list's name as a heading: "Pain points" / "Puntos de dolor".
    func title(in language: Language) -> String {
        ExportStrings.listHeading(self).text(in: language)
    }

    /// One item's name, lowercase: "pain point" / "punto de dolor".
    func itemName(in language: Language) -> String {
        traits.lowercase.text(in: language)
    }

    /// A count of items: "2 pain points" / "2 puntos de dolor".
    func count(_ number: Int, in language: Language) -> String {
        language.count(number, one: traits.lowercase.text(in: language), other: traits.plural.text(in: language))
    }
}
