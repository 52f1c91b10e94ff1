import Foundation
import Testing

/// A command of `fairplan` and the arguments of it that take a value, as the built binary
/// describes them: `fairplan --experimental-dump-help` prints swift-argument-parser's tool
/// description (ToolInfoV0 JSON: commands, their subcommands, their arguments with kind, names,
/// value name, whether optional or repeating, and the values of a choice).
///
/// Read from the binary, the list cannot go stale: a new command or option is in it as soon as it
/// is built.
struct CommandShape: Sendable, Hashable, CustomTestStringConvertible {
    /// An option or positional argument that takes a value.
    struct Argument: Sendable, Hashable {
        /// The long name of an option (`booths`), the value name of a positional argument (`party`).
        var name: String
        /// Whether it is an option (`--name=value`) rather than a positional argument.
        var isOption: Bool
        /// Whether the command runs without it.
        var isOptional: Bool
        /// Whether it takes several values.
        var isRepeating: Bool
        /// The values of a choice (`fair`, `conference`, …); empty for free text or a number.
        var choices: [String]
    }

    /// The words naming the command after `fairplan` (`register party`).
    var path: [String]
    /// Its arguments that take a value, in the order the command declares them.
    var arguments: [Argument]
    /// The long names of its flags (`force`, `yes`).
    var flags: [String]

    /// The command's words, joined (`register party`).
    var name: String { path.joined(separator: " ") }

    var testDescription: String { name }

    /// Every command of the built binary that has an argument taking a value.
    static func all() throws -> [CommandShape] {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        let result = try cli.run("--experimental-dump-help")
        guard result.exited, result.status == 0 else {
            throw DumpError.failed(status: result.status, text: result.text)
        }
        let tool = try JSONDecoder().decode(ToolInfo.self, from: Data(result.output.utf8))
        var commands: [CommandShape] = []
        collect(tool.command, path: [], into: &commands)
        return commands
    }

    /// Adds `command` (when it has arguments taking a value) and its subcommands to `commands`.
    private static func collect(
        _ command: ToolInfo.Command, path: [String], into commands: inout [CommandShape]
    ) {
        let declared = command.arguments ?? []
        let arguments = declared.compactMap { argument -> Argument? in
            switch argument.kind {
            case "option":
                guard let name = argument.longName else { return nil }
                return Argument(
                    name: name, isOption: true, isOptional: argument.isOptional,
                    isRepeating: argument.isRepeating, choices: argument.allValues ?? [])
            case "positional":
                return Argument(
                    name: argument.valueName ?? "value", isOption: false, isOptional: argument.isOptional,
                    isRepeating: argument.isRepeating, choices: argument.allValues ?? [])
            default:
                return nil
            }
        }
        let flags = declared.filter { $0.kind == "flag" }.compactMap(\.longName)
        if !arguments.isEmpty {
            commands.append(CommandShape(path: path, arguments: arguments, flags: flags))
        }
        for subcommand in command.subcommands ?? [] {
            collect(subcommand, path: path + [subcommand.commandName], into: &commands)
        }
    }

    /// Why the tool description could not be read.
    enum DumpError: Error {
        /// `fairplan --experimental-dump-help` did not exit 0.
        case failed(status: Int32, text: String)
    }

    /// The part of swift-argument-parser's ToolInfoV0 the walk reads.
    private struct ToolInfo: Decodable {
        struct Command: Decodable {
            var commandName: String
            var subcommands: [Command]?
            var arguments: [Argument]?
        }

        struct Argument: Decodable {
            struct Name: Decodable {
                var kind: String
                var name: String
            }

            var kind: String
            var names: [Name]?
            var valueName: String?
            var isOptional: Bool
            var isRepeating: Bool
            var allValues: [String]?

            /// The long name, when it has one.
            var longName: String? { names?.first { $0.kind == "long" }?.name }
        }

        var command: Command
    }
}
