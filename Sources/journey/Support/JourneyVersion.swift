/// The version `journey --version` prints.
enum JourneyVersion {
    static let current = "0.1.0"
}
