import Foundation
import Workflow

#if canImport(Glibc)
    import Glibc
#endif

/// Reads a new password: at a terminal, asked twice with the echo off; otherwise the first line
/// of standard input (for scripts: `printf '%s\n' "$PASSWORD" | fairplan user add ...`).
enum PasswordPrompt {
    /// The largest password file read (the password itself is at most 72 bytes).
    static let maximumFileBytes = 4096

    /// The first line of the file at `path` (a regular file of at most ``maximumFileBytes``
    /// bytes, with or without a line end), checked for length.
    static func read(file path: String) throws -> String {
        let refused = WorkflowError.invalidValue(
            .passwordFile, value: path, expected: .passwordFile(maximumBytes: maximumFileBytes))
        let url = URL(fileURLWithPath: path)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
            attributes[.type] as? FileAttributeType == .typeRegular,
            let size = attributes[.size] as? Int, size <= maximumFileBytes,
            let data = try? Data(contentsOf: url), data.count <= maximumFileBytes,
            let text = String(data: data, encoding: .utf8)
        else { throw refused }
        var line = text.prefix { $0 != "\n" && $0 != "\r\n" }
        if line.hasSuffix("\r") { line = line.dropLast() }
        let password = String(line)
        try AddAccount.checkPassword(password)
        return password
    }

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
