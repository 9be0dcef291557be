import JourneyEditor
import JourneyKit

extension MapWriting {
    /// Reads the map `:compare FILE` names, on the worker; a file that cannot be read or parsed
    /// reports its first problem (`path:line:column: message`).
    static func readForComparison(_ path: String, language: Language, fileSystem: any FileSystem) -> EditorEvent {
        do throws(MapFileError) {
            let map = try MapFile.read(expandingHome(path), fileSystem: fileSystem)
            return .comparisonLoaded(path: path, .success(map))
        } catch {
            let first = error.text(in: language).split(separator: "\n").first.map(String.init) ?? ""
            return .comparisonLoaded(path: path, .failure(MapLoadFailure(reason: first)))
        }
    }
}
