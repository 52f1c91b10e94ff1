import ArgumentParser
import Foundation
import Planning

/// Asks before a destructive command (withdraw, remove, restore) when a person is at the
/// terminal; `--yes`, or standard input that is not a terminal (a script), goes ahead.
enum Confirmation {
    /// Asks `question` (worded in the run's language) and throws `ExitCode(1)` after saying so
    /// unless the answer is yes (`c`, `có`, `y`, `yes`, in any case).
    static func confirm(_ question: some Localizable, yes: Bool) throws {
        guard !yes, isatty(FileHandle.standardInput.fileDescriptor) != 0 else { return }
        Output.write(
            CLILanguage.text(question) + " " + CLILanguage.text(HelpText.confirmChoices) + " ", error: true)
        let answer = (readLine(strippingNewline: true) ?? "").trimmingCharacters(in: .whitespaces)
        guard Self.isYes(answer) else {
            Output.note(CLILanguage.text(HelpText.confirmDeclined))
            throw ExitCode.failure
        }
    }

    /// Whether a typed answer means yes.
    static func isYes(_ answer: String) -> Bool {
        ["c", "co", "có", "y", "yes", "đồng ý", "dong y"].contains(answer.lowercased())
    }
}
