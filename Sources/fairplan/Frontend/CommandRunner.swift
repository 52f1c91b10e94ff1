import ArgumentParser
import Foundation
import Planning
import Workflow

/// Runs one command line and turns every error into a message in the run's language and an exit
/// status: 1 for a request that could not be carried out, ArgumentParser's statuses (64 for a
/// usage error) for the command line itself.
enum CommandRunner {
    /// Runs `commandLine` (without the program name) in the language it asks for, writes what is
    /// left to write (an error, help, the version) and returns the exit status.
    static func run(_ commandLine: [String], environment: [String: String]) async -> Int32 {
        let outcome = await outcome(commandLine, environment: environment)
        if !outcome.message.isEmpty {
            Output.write(outcome.message, error: outcome.status != ExitCode.success.rawValue)
        }
        return outcome.status
    }

    /// Runs `commandLine` (without the program name): chooses the language (`--lang`, else
    /// `FAIRPLAN_LANG` in `environment`), refuses a value longer than FairPlan takes, parses and
    /// runs the command. Returns the exit status and what is left to write after the command's own
    /// output (an error, help or the version, with its line end; empty for none), on standard
    /// error unless the status is 0.
    static func outcome(_ commandLine: [String], environment: [String: String]) async -> (
        status: Int32, message: String
    ) {
        let choice = CLILanguage.choose(arguments: commandLine, environment: environment)
        return await CLILanguage.$current.withValue(choice.language) {
            do {
                try WrittenValue.checkLengths(ofCommandLine: commandLine)
            } catch {
                return (ExitCode.validationFailure.rawValue, failure(error).message)
            }
            if let invalid = choice.invalid {
                let text =
                    CLILanguage.text(WorkflowMessage.errorPrefix)
                    + CLILanguage.text(HelpText.invalidLanguage(invalid))
                return (ExitCode.validationFailure.rawValue, text + "\n")
            }
            let arguments = Self.joiningNegativeValues(choice.arguments)
            let command: any ParsableCommand
            do {
                command = try FairPlan.parseAsRoot(arguments)
            } catch {
                // A negative number left standing alone is one the command takes in its own place
                // (`restore booths -1`): the parser reads it as an option and says a value is
                // missing, or the option unknown.
                let parserMessage = FairPlan.fullMessage(for: error)
                if FairPlan.exitCode(for: error) != .success,
                    let negative = Self.standaloneNegativeNumber(in: arguments),
                    parserMessage.contains("Missing expected argument")
                        || parserMessage.contains("'\(negative)'")
                {
                    let text =
                        CLILanguage.text(WorkflowMessage.errorPrefix)
                        + CLILanguage.text(HelpText.negativeArgument(negative))
                    return (ExitCode.validationFailure.rawValue, text + "\n")
                }
                var outcome = failure(error)
                // Only where the parser took the word for an option: a value said missing (the
                // option named is then the one waiting for it), an argument missing, the word unknown.
                if FairPlan.exitCode(for: error) != .success,
                    let (word, option) = Self.dashedWord(in: arguments),
                    parserMessage.contains("'\(word)'") || parserMessage.contains("Missing expected argument")
                        || option.map({ parserMessage.contains("Missing value for '\($0)") }) == true
                {
                    let waiting = option.flatMap {
                        parserMessage.contains("Missing value for '\($0)") ? $0 : nil
                    }
                    outcome.message += CLILanguage.text(HelpText.dashedWord(word, option: waiting)) + "\n"
                }
                return outcome
            }
            do {
                var command = command
                if var asynchronous = command as? any AsyncParsableCommand {
                    try await asynchronous.run()
                } else {
                    try command.run()
                }
                return (ExitCode.success.rawValue, "")
            } catch {
                return failure(error)
            }
        }
    }

    /// `arguments` with every `--option -N` (a negative number after an option without `=`)
    /// written `--option=-N`, up to a `--`: ArgumentParser reads a value that starts with `-` as
    /// another option and would say the value is missing, where the range check names the value
    /// and the range it must lie in («--iterations «-1»: cần số nguyên từ 0 đến …»).
    static func joiningNegativeValues(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { return result + arguments[index...] }
            if argument.hasPrefix("--"), argument.count > 2, !argument.contains("="),
                index + 1 < arguments.count,
                isNegativeNumber(arguments[index + 1])
            {
                result.append(argument + "=" + arguments[index + 1])
                index += 2
                continue
            }
            result.append(argument)
            index += 1
        }
        return result
    }

    /// The first negative number standing alone in `arguments` (before a `--`), once
    /// ``joiningNegativeValues(_:)`` has joined those given to options.
    static func standaloneNegativeNumber(in arguments: [String]) -> String? {
        arguments.prefix { $0 != "--" }.first { isNegativeNumber($0) }
    }

    /// The first word in `arguments` (before a `--`) that starts with one `-` and is no option
    /// FairPlan has (`-abc`, not `-h`), which the parser reads as an unknown option, with the
    /// option just before it when it is one waiting for its value (`--name -abc`).
    static func dashedWord(in arguments: [String]) -> (word: String, option: String?)? {
        let typed = Array(arguments.prefix { $0 != "--" })
        guard
            let index = typed.firstIndex(where: { word in
                word.hasPrefix("-") && !word.hasPrefix("--") && word.count > 2 && !isNegativeNumber(word)
            })
        else { return nil }
        let before = index > 0 ? typed[index - 1] : nil
        let option = before.flatMap { $0.hasPrefix("--") && !$0.contains("=") ? $0 : nil }
        return (typed[index], option)
    }

    /// Whether `text` is a negative number as typed: `-5`, `-0.5`, `-1e3`, `-inf`.
    static func isNegativeNumber(_ text: String) -> Bool {
        guard text.hasPrefix("-"), text.count > 1 else { return false }
        let rest = text.dropFirst()
        return Double(rest) != nil && !rest.hasPrefix("-") && !rest.hasPrefix("+")
    }

    /// The exit status `error` calls for and its message for people in the run's language (with
    /// its line end; empty for none).
    static func failure(_ error: any Error) -> (status: Int32, message: String) {
        let language = CLILanguage.current
        if let message = error as? any Localizable {
            return (
                ExitCode.failure.rawValue,
                WorkflowMessage.errorPrefix.text(language) + message.text(language) + "\n"
            )
        }
        let code = FairPlan.exitCode(for: error)
        let text = ParserWording.localized(
            ParserWording.explained(FairPlan.fullMessage(for: error)), in: language)
        return (code.rawValue, text.isEmpty ? "" : text + "\n")
    }
}
