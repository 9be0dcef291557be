import JourneyKit

extension JourneyJSONDocument {
    /// A cell in the JSON interchange form, naming its stage and touchpoint:
    ///
    /// ```json
    /// { "stage": "Awareness", "touchpoint": "Instagram ad", "note": "Sees the mug ad",
    ///   "emotion": 1, "feeling": "curious", "painPoints": ["The ad hides the price"] }
    /// ```
    ///
    /// An empty note and empty lists are left out when encoding and read as empty when absent.
    public struct Cell: Codable, Sendable, Equatable {
        /// The name of the cell's stage.
        public var stage: String
        /// The name of the cell's touchpoint.
        public var touchpoint: String
        /// What the customer does here; empty when not noted.
        public var note: String
        /// How the customer feels, from -2 to 2, or `nil` when not rated.
        public var emotion: Int?
        /// A word for the feeling, or `nil`.
        public var feeling: String?
        /// How well research backs the cell (`assumed`, `partial`, `researched`), or `nil`.
        public var evidence: String?
        /// Where what the cell says comes from; left out when empty.
        public var sources: [String]
        /// What frustrates, confuses or stops the customer here.
        public var painPoints: [Item]
        /// What the team could do about it.
        public var opportunities: [Item]

        /// Creates a cell.
        public init(
            stage: String,
            touchpoint: String,
            note: String = "",
            emotion: Int? = nil,
            feeling: String? = nil,
            evidence: String? = nil,
            sources: [String] = [],
            painPoints: [Item] = [],
            opportunities: [Item] = []
        ) {
            self.stage = stage
            self.touchpoint = touchpoint
            self.note = note
            self.emotion = emotion
            self.feeling = feeling
            self.evidence = evidence
            self.sources = sources
            self.painPoints = painPoints
            self.opportunities = opportunities
        }

        /// The keys of a cell, as the contract names them.
        public enum CodingKeys: String, CodingKey {
            case stage, touchpoint, note, emotion, feeling, evidence, sources, painPoints, opportunities
        }

        /// Decodes a cell; an absent note or list is empty.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                stage: try container.decode(String.self, forKey: .stage),
                touchpoint: try container.decode(String.self, forKey: .touchpoint),
                note: try container.decodeIfPresent(String.self, forKey: .note) ?? "",
                emotion: try container.decodeIfPresent(Int.self, forKey: .emotion),
                feeling: try container.decodeIfPresent(String.self, forKey: .feeling),
                evidence: try container.decodeIfPresent(String.self, forKey: .evidence),
                sources: try container.decodeIfPresent([String].self, forKey: .sources) ?? [],
                painPoints: try container.decodeIfPresent([Item].self, forKey: .painPoints) ?? [],
                opportunities: try container.decodeIfPresent([Item].self, forKey: .opportunities) ?? [])
        }

        /// Encodes the cell in the contract's key order, leaving out what is absent or empty.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(stage, forKey: .stage)
            try container.encode(touchpoint, forKey: .touchpoint)
            if !note.isEmpty { try container.encode(note, forKey: .note) }
            try container.encodeIfPresent(emotion, forKey: .emotion)
            try container.encodeIfPresent(feeling, forKey: .feeling)
            try container.encodeIfPresent(evidence, forKey: .evidence)
            if !sources.isEmpty { try container.encode(sources, forKey: .sources) }
            if !painPoints.isEmpty { try container.encode(painPoints, forKey: .painPoints) }
            if !opportunities.isEmpty { try container.encode(opportunities, forKey: .opportunities) }
        }
    }
}
