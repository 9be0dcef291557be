import JourneyKit

/// The hidden files an editor keeps beside a map while it is open: for `shop.journey` in a folder,
/// `.shop.journey.4242.recovery` (unsaved changes), `.shop.journey.4242.recovery-base` (the map
/// they were made against) and `.shop.journey.4242.open` (who has it open), where 4242 is the
/// editor's process identifier, so that two editors never write the same file and files left by a
/// dead editor can be told apart.
struct SidecarFiles {
    /// The folder the map is in ("" for the current folder).
    let directory: String
    /// The map file's name.
    let mapName: String

    init(mapPath: String) {
        (directory, mapName) = FilePathParts.split(mapPath)
    }

    /// The path of a file named `name` in the map's folder.
    func path(_ name: String) -> String {
        directory.isEmpty ? name : (directory.hasSuffix("/") ? directory + name : directory + "/" + name)
    }

    /// The path of this kind of file for a process.
    func path(kind: String, processID: Int32) -> String {
        path(".\(mapName).\(processID).\(kind)")
    }

    /// The process identifiers of the files of this kind in the folder, with their paths.
    func existing(kind: String, in entries: [String]) -> [(processID: Int32, path: String)] {
        let prefix = ".\(mapName).", suffix = ".\(kind)"
        return entries.compactMap { entry in
            guard entry.hasPrefix(prefix), entry.hasSuffix(suffix), entry.count > prefix.count + suffix.count else { return nil }
            let middle = entry.dropFirst(prefix.count).dropLast(suffix.count)
            guard let processID = Int32(middle), processID > 0 else { return nil }
            return (processID, path(entry))
        }
    }
}
