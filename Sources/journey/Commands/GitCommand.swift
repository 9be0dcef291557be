import ArgumentParser
import Foundation
import JourneyKit

/// `journey git`: the commands that set git up for maps.
struct GitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git",
        abstract: GitWorkflowHelp.gitAbstract.text,
        subcommands: [GitSetupCommand.self]
    )

    @OptionGroup var interface: LanguageOption
}

/// `journey git setup [--global] [--check]`: the merge driver, the diff driver and the
/// attributes line, in the current repository or globally.
struct GitSetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "setup",
        abstract: GitWorkflowHelp.setupAbstract.text,
        discussion: GitWorkflowHelp.setupDiscussion.text
    )

    @Flag(help: ArgumentHelp(GitWorkflowHelp.setupGlobal.text))
    var global = false

    @Flag(help: ArgumentHelp(GitWorkflowHelp.setupCheck.text))
    var check = false

    @OptionGroup var interface: LanguageOption

    func run() throws {
        let git = GitRunner()
        let scope = global ? "--global" : "--local"
        let attributesPath = try attributesFile(git)
        let scopeName = (global ? GitWorkflowStrings.globalScope : .repositoryScope).text

        let existing = StandardStreams.exists(attributesPath) ? String(decoding: (try? StandardStreams.read(attributesPath)) ?? [], as: UTF8.self) : ""
        let (attributes, attributesChange) = GitSetupPlan.attributes(updating: existing)
        var missing: [String] = []
        var done: [String] = []
        for (key, value) in GitSetupPlan.settings {
            // --check in a repository asks for the settings in effect, wherever they are set.
            let current = try run(git, check && !global ? ["config", "--get", key] : ["config", scope, "--get", key], allowing: [1])
            guard current.firstLine != value else { continue }
            if check {
                missing.append("git config \(scope == "--global" ? "--global " : "")\(key) \"\(value)\"")
            } else {
                _ = try run(git, ["config", scope, key, value])
                done.append(GitWorkflowStrings.configSet(key: key, value: value).text)
            }
        }
        if attributesChange != .none {
            if check, !global, try attributesInEffect(git) {
                // Set elsewhere (the global attributes file, a folder's .gitattributes): in effect all the same.
            } else if check {
                missing.append("\(GitSetupPlan.attributesLine) (\(attributesPath))")
            } else {
                do {
                    try FileManager.default.createDirectory(atPath: (attributesPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                    try AtomicFileWriter().write(Array(attributes.utf8), to: attributesPath)
                } catch {
                    StandardStreams.error("\(attributesPath): \(error)")
                    throw ExitCode(2)
                }
                switch attributesChange {
                case .updated(let old): done.append(GitWorkflowStrings.attributesUpdated(file: attributesPath, old: old, new: GitSetupPlan.attributesLine).text)
                default: done.append(GitWorkflowStrings.attributesAdded(file: attributesPath, line: GitSetupPlan.attributesLine).text)
                }
            }
        }
        if check {
            guard missing.isEmpty else {
                for item in missing { StandardStreams.output(GitWorkflowStrings.checkMissing(item).text) }
                StandardStreams.output(GitWorkflowStrings.runSetup(global: global).text)
                throw ExitCode.failure
            }
            StandardStreams.output(GitWorkflowStrings.checkSetUp(scope: scopeName).text)
            return
        }
        if done.isEmpty { done.append(GitWorkflowStrings.alreadySetUp(scope: scopeName).text) }
        for line in done { StandardStreams.output(line) }
    }

    /// The attributes file to write: `.gitattributes` at the repository's top, or the global
    /// attributes file (git's `core.attributesFile`, else `$XDG_CONFIG_HOME/git/attributes`, else
    /// `~/.config/git/attributes`).
    private func attributesFile(_ git: GitRunner) throws -> String {
        let environment = ProcessInfo.processInfo.environment
        if global {
            let configured = try run(git, ["config", "--global", "--get", "core.attributesFile"], allowing: [1]).firstLine
            if !configured.isEmpty {
                return configured.hasPrefix("~/") ? NSHomeDirectory() + configured.dropFirst() : configured
            }
            let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory() + "/.config"
            return base + "/git/attributes"
        }
        let top = try run(git, ["rev-parse", "--show-toplevel"], allowing: [128])
        guard top.succeeded, !top.firstLine.isEmpty else {
            StandardStreams.error(GitWorkflowStrings.notARepository.text)
            throw ExitCode(2)
        }
        return top.firstLine + "/.gitattributes"
    }

    /// Whether git gives a `.journey` file both attributes, wherever they are set.
    private func attributesInEffect(_ git: GitRunner) throws -> Bool {
        let output = try run(git, ["check-attr", "merge", "diff", "--", "map.journey"]).output
        return output.contains("map.journey: merge: journey") && output.contains("map.journey: diff: journey")
    }

    /// Runs git; a status other than 0 and `allowing` is reported and ends the command (status 2).
    private func run(_ git: GitRunner, _ arguments: [String], allowing: Set<Int32> = []) throws -> GitRunner.Outcome {
        let outcome: GitRunner.Outcome
        do {
            outcome = try git.run(arguments)
        } catch {
            StandardStreams.error(GitWorkflowStrings.gitMissing(reason: error.reason).text)
            throw ExitCode(2)
        }
        guard outcome.succeeded || allowing.contains(outcome.status) else {
            StandardStreams.error(GitWorkflowStrings.gitFailed(command: "git " + arguments.joined(separator: " "), reason: outcome.error).text)
            throw ExitCode(2)
        }
        return outcome
    }
}
