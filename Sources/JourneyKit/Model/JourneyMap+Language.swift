/// The language a map is written in, as its top-level `language:` field says (`language: es`).
///
/// Exports use it for their headings and labels, falling back to the interface language when the
/// map does not say or names a language journey does not speak. It is kept as the top-level field
/// `language` (see ``JourneyMap/extraFields``), so it is written after `kind:`, merges like any
/// other field and reads in older versions of journey unchanged.
extension JourneyMap {
    /// The field's key.
    static let languageKey = "language"

    /// The language code the map gives (`es`, `en`, `pt-BR`…), or `nil`.
    public var languageCode: String? {
        get { extraFields.first { $0.key == Self.languageKey }?.value }
        set {
            if let newValue, !newValue.isEmpty {
                if let index = extraFields.firstIndex(where: { $0.key == Self.languageKey }) {
                    extraFields[index].value = newValue
                } else {
                    extraFields.insert(ExtraField(key: Self.languageKey, value: newValue), at: 0)
                }
            } else {
                extraFields.removeAll { $0.key == Self.languageKey }
            }
        }
    }

    /// The language the map is written in, when it names one journey speaks.
    public var language: Language? {
        get { languageCode.flatMap { Language(code: $0) } }
        set { languageCode = newValue?.rawValue }
    }

    /// The language for the map's exports: its own, else `fallback` (the interface's).
    public func exportLanguage(fallback: Language) -> Language {
        language ?? fallback
    }
}
