// Writes the JSON interchange form of each `.journey` file named on the command line into a
// folder, as seeds for the JSON fuzz target. Built and run by `Fuzz/run --json`.

import Foundation

@main
struct MakeJSONSeeds {
    static func main() throws {
        let arguments = CommandLine.arguments.dropFirst()
        guard let output = arguments.first else {
            FileHandle.standardError.write(Data("usage: make-json-seeds OUTPUT-FOLDER FILE.journey…\n".utf8))
            exit(64)
        }
        for path in arguments.dropFirst() {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            let map = try JourneyParser.parse(bytes, path: path)
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            try Data(JSONInterchange.encode(map).utf8).write(to: URL(fileURLWithPath: output).appendingPathComponent(name + ".json"))
        }
    }
}
