import ArgumentParser
import Foundation
import Planning
import Workflow

/// Runs one command line in the current language and turns every error into a message in that
/// language and an exit status: 1 for a request that could not be carried out, ArgumentParser's
/// statuses (64 for a usage error) for the command line itself.
enum CommandRunner {
    /// Parses and runs `arguments` (without the program name and `--lang`); the exit status.
    static func run(_ arguments: [String], invalidLanguage: String?) async -> Int32 {
        if let invalidLanguage {
            Output.note(
                CLILanguage.text(WorkflowMessage.errorPrefix)
                    + CLILanguage.text(HelpText.invalidLanguage(invalidLanguage)))
            return ExitCode.validationFailure.rawValue
        }
        do {
            var command = try FairPlan.parseAsRoot(arguments)
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
            return ExitCode.success.rawValue
        } catch {
            return report(error)
        }
    }

    /// Writes `error` for people and returns the exit status it calls for.
    static func report(_ error: any Error) -> Int32 {
        let language = CLILanguage.current
        if let message = error as? any Localizable {
            Output.note(WorkflowMessage.errorPrefix.text(language) + message.text(language))
            return ExitCode.failure.rawValue
        }
        let code = FairPlan.exitCode(for: error)
        let text = ParserWording.localized(FairPlan.fullMessage(for: error), in: language)
        if !text.isEmpty { Output.write(text + "\n", error: code != .success) }
        return code.rawValue
    }
}
