import Foundation
import Planning

/// Where a command writes: lines for people on standard output, or, when the command prints a
/// JSON document for other tools, everything but that document on standard error so standard
/// output holds exactly one JSON document.
struct Output {
    /// Whether standard output is reserved for a JSON document.
    let json: Bool

    /// Output for a command; `json` reserves standard output for the document.
    init(json: Bool = false) {
        self.json = json
    }

    /// Writes a line for people.
    func line(_ text: String) {
        write(text + "\n", error: json)
    }

    /// Writes lines for people (none for an empty list).
    func lines(_ texts: [String]) {
        for text in texts { line(text) }
    }

    /// Writes a catalogue message as a line for people, in the run's language.
    func say(_ message: some Localizable) {
        line(message.text(CLILanguage.current))
    }

    /// Writes text for people as it is (its own line ends).
    func text(_ text: String) {
        write(text, error: json)
    }

    /// Writes the JSON document (standard output, one document, then a newline).
    func document(_ text: String) {
        write(text + "\n", error: false)
    }

    /// Writes a line on standard error now (notes, progress), whatever the mode.
    static func note(_ text: String) {
        write(text + "\n", error: true)
    }

    /// Writes to standard output or error, flushed so a watching process sees it at once.
    static func write(_ text: String, error: Bool) {
        if error {
            FileHandle.standardError.write(Data(text.utf8))
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    private func write(_ text: String, error: Bool) {
        Self.write(text, error: error)
    }
}
