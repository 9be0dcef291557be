import ArgumentParser
import JourneyKit

/// `journey fmt FILE...`: rewrites maps in canonical form.
struct FormatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite map files in canonical form (or, with --check, list those that are not).",
        discussion: """
            Canonical form is what the editor writes: the same map always gives the same bytes, so \
            diffs show only real changes. Files are replaced atomically and keep their permissions; \
            an invalid file is reported and left untouched. - formats standard input to standard output.

            Examples:
              journey fmt maps/*.journey
              journey fmt --check maps/*.journey    # in CI: exit 1 when a file needs formatting
            """
    )

    @Argument(help: ArgumentHelp("The map files, or - for standard input.", valueName: "file"))
    var files: [String]

    @Flag(help: "Change nothing; list the files that are not canonical and exit 1 if there are any.")
    var check = false

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Name at least one file to format, or - for standard input") }
    }

    func run() throws {
        var failed = false
        var unformatted = false
        for file in files {
            let original: [UInt8]
            do {
                original = try StandardStreams.read(file)
            } catch {
                StandardStreams.error(error.description)
                failed = true
                continue
            }
            let map: JourneyMap
            do {
                map = try JourneyParser.parse(original, path: file)
            } catch {
                StandardStreams.error(error.description)
                failed = true
                continue
            }
            let canonical = JourneyWriter.bytes(for: map)
            if file == "-" {
                if check {
                    if canonical != original {
                        StandardStreams.output("-")
                        unformatted = true
                    }
                } else {
                    try? StandardStreams.write(canonical, to: "-")
                }
                continue
            }
            guard canonical != original else { continue }
            if check {
                StandardStreams.output(file)
                unformatted = true
                continue
            }
            do {
                try StandardStreams.write(canonical, to: file)
                StandardStreams.output("formatted \(file)")
            } catch {
                StandardStreams.error(error.description)
                failed = true
            }
        }
        if failed || unformatted { throw ExitCode.failure }
    }
}
