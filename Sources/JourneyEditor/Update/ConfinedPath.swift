/// What a confined session (`journey serve`, `journey edit --confined`) accepts as a path: a plain
/// file name in the map's folder, so that nobody reaches another folder through `:w`, `:export`
/// or `:compare`.
enum ConfinedPath {
    /// Whether `path` is a plain, visible file name: no folder, no `..`, not hidden, no `~`.
    static func isPlainFileName(_ path: String) -> Bool {
        !path.isEmpty && !path.contains("/") && !path.hasPrefix(".") && !path.hasPrefix("~")
            && !path.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }
}
