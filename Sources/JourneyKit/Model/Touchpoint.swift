/// A touchpoint of the journey: one row of the map, where the customer meets the business,
/// such as "Instagram ad" on the `social` channel or "Checkout page" on `web`.
///
/// Touchpoints are created, renamed, moved and deleted through ``JourneyMap``, which keeps
/// names unique and the cells attached.
public struct Touchpoint: Sendable, Equatable {
    /// A short, stable identifier used by the `.journey` format to attach cells, such as `instagram-ad`.
    ///
    /// It is made from the name when the touchpoint is created and does not change on renames.
    public internal(set) var key: String
    /// The touchpoint's name as shown in the row header.
    public internal(set) var name: String
    /// The channel the touchpoint belongs to (web, email, store, social, phone…), if noted.
    public internal(set) var channel: String?
    /// Fields this version of journey does not know, kept for writing back.
    public internal(set) var extraFields: [ExtraField]

    init(key: String, name: String, channel: String?, extraFields: [ExtraField] = []) {
        self.key = key
        self.name = name
        self.channel = channel
        self.extraFields = extraFields
    }
}
