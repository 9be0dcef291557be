extension MapAxis {
    /// The axis's name, lowercase: "stage" / "etapa", "touchpoint" / "punto de contacto".
    public func name(in language: Language) -> String {
        switch self {
        case .stage: language.choose(en: "stage", es: "etapa")
        case .touchpoint: language.choose(en: "touchpoint", es: "punto de contacto")
        }
    }

    /// A count with the axis's noun: "1 stage", "3 touchpoints" / "1 etapa", "3 puntos de contacto".
    public func count(_ number: Int, in language: Language) -> String {
        switch self {
        case .stage: language.count(number, one: language.choose(en: "stage", es: "etapa"), other: language.choose(en: "stages", es: "etapas"))
        case .touchpoint: language.count(number, one: language.choose(en: "touchpoint", es: "punto de contacto"),
                                         other: language.choose(en: "touchpoints", es: "puntos de contacto"))
        }
    }
}

extension JourneyModelError: Localized {
    /// Why the change was refused, as a sentence.
    public func text(in language: Language) -> String {
        switch self {
        case .emptyName(let axis):
            axis == .stage ? language.choose(en: "A stage name must not be empty", es: "El nombre de una etapa no puede estar vacío")
                           : language.choose(en: "A touchpoint name must not be empty", es: "El nombre de un punto de contacto no puede estar vacío")
        case .duplicateName(let axis, let name):
            axis == .stage ? language.choose(en: "There is already a stage named '\(name)'", es: "Ya hay una etapa llamada «\(name)»")
                           : language.choose(en: "There is already a touchpoint named '\(name)'", es: "Ya hay un punto de contacto llamado «\(name)»")
        case .invalidKey(let axis, let key):
            language.choose(en: "'\(key)' is not a valid \(axis.name(in: language)) key: use lowercase letters, digits, '-', '_' and '.', starting with a letter or digit (at most \(NameRules.maximumKeyLength) characters)",
                            es: "«\(key)» no es una clave válida de \(axis.name(in: language)): usa minúsculas, dígitos, «-», «_» y «.», empezando por una letra o un dígito (como mucho \(NameRules.maximumKeyLength) caracteres)")
        case .duplicateKey(let axis, let key):
            language.choose(en: "There is already a \(axis.name(in: language)) with the key '\(key)'", es: "Ya hay \(axis == .stage ? "una" : "un") \(axis.name(in: language)) con la clave «\(key)»")
        }
    }
}
