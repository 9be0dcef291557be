import JourneyKit

extension JourneyJSONDocument {
    /// A touchpoint in the JSON interchange form: `{"name": "Instagram ad", "channel": "social"}`.
    public struct Touchpoint: Codable, Sendable, Equatable {
        /// The touchpoint's name.
        public var name: String
        /// The channel it belongs to, if noted; left out when `nil`.
        public var channel: String?

        /// Creates a touchpoint.
        public init(name: String, channel: String? = nil) {
            self.name = name
            self.channel = channel
        }

        /// The keys of a touchpoint, as the contract names them.
        public enum CodingKeys: String, CodingKey {
            case name, channel
        }
    }
}
