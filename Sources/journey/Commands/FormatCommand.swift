import ArgumentParser
import JourneyKit

/// `journey fmt FILE...`: rewrites maps in canonical form, each in its own format.
struct FormatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: CommandHelp.formatAbstract.text,
        discussion: CommandHelp.formatDiscussion(formats: FormatRegistry.rewritable).text
    )

    @Argument(help: ArgumentHelp(OptionHelp.formatFiles.text, valueName: OptionHelp.fileValue.text))
    var files: [String]

    @Flag(help: ArgumentHelp(OptionHelp.formatCheck.text))
    var check = false

    @OptionGroup var interface: LanguageOption

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError(CLIStrings.formatNeedsFiles.text) }
    }

    func run() throws {
        var failed = false
        var unformatted = false
        for file in files {
            let original: [UInt8]
            do {
                original = try StandardStreams.read(file)
            } catch {
                StandardStreams.error(error.text(in: Interface.language))
                failed = true
                continue
            }
            guard let canonical = Self.canonical(original, path: file) else {
                failed = true
                continue
            }
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
                StandardStreams.output(CLIStrings.formatted(file: file).text)
            } catch {
                StandardStreams.error(error.text(in: Interface.language))
                failed = true
            }
        }
        if failed || unformatted { throw ExitCode.failure }
    }

    /// A file's canonical bytes in its own format (`.journey` for standard input and for names
    /// no format claims), or `nil` after printing why there are none.
    static func canonical(_ bytes: [UInt8], path: String) -> [UInt8]? {
        let format = path == "-" ? MapFormat.journey : MapFile.guessFormat(from: path)
        if format.canImport, format.canExport, !format.keepsEverything {
            StandardStreams.error("\(path): " + FormatStrings.cannotRewrite(format.name).text(in: Interface.language))
            return nil
        }
        do {
            let map = try format.import(bytes, path: path)
            return Array(try format.export(map, language: Interface.language).utf8)
        } catch {
            let message = error.text(in: Interface.language)
            if case .invalid = error {
                StandardStreams.error(message)
            } else {
                StandardStreams.error("\(path): \(message)")
            }
            return nil
        }
    }
}
