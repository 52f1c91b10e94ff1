import Foundation
import Workflow

#if canImport(Glibc)
    import Glibc
#endif

/// Reads a new password: at a terminal, asked twice with the echo off; otherwise the first line
/// of standard input (for scripts: `printf '%s\n' "$PASSWORD" | fairplan user add ...`).
enum PasswordPrompt {
    /// The password typed, checked for length; throws when the two entries differ.
    static func read() throws -> String {
        let input = FileHandle.standardInput.fileDescriptor
        guard isatty(input) != 0 else {
            let line = readLine(strippingNewline: true) ?? ""
            try AddAccount.checkPassword(line)
            return line
        }
        let first = try silently(PortalHelp.passwordPrompt)
        try AddAccount.checkPassword(first)
        let second = try silently(PortalHelp.passwordAgain)
        guard first == second else { throw WorkflowError.conflict(.passwordsDiffer) }
        return first
    }

    /// A line typed after `prompt` with the terminal's echo off (restored afterwards).
    private static func silently(_ prompt: PortalHelp) throws -> String {
        Output.write(CLILanguage.text(prompt) + " ", error: true)
        let input = FileHandle.standardInput.fileDescriptor
        var saved = termios()
        tcgetattr(input, &saved)
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(input, TCSANOW, &quiet)
        defer {
            tcsetattr(input, TCSANOW, &saved)
            Output.write("\n", error: true)
        }
        return readLine(strippingNewline: true) ?? ""
    }
}
