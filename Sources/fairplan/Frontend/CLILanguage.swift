import Planning
import Workflow

/// The language the command line speaks in this run: `--lang vi|en` anywhere on the line, else the
/// `FAIRPLAN_LANG` environment variable, else Vietnamese.
///
/// The choice is a task-local value, so help texts (read when ArgumentParser builds a command)
/// and messages follow it, and tests can render help in either language in one process.
enum CLILanguage {
    /// The language of the current run.
    @TaskLocal static var current: Language = .default

    /// The environment variable naming the language.
    static let environmentVariable = "FAIRPLAN_LANG"

    /// The language asked for and the arguments without `--lang`; nil language with the text of
    /// a `--lang` value that names no language.
    static func choose(
        arguments: [String], environment: [String: String]
    ) -> (language: Language, arguments: [String], invalid: String?) {
        var language = environment[environmentVariable].flatMap(Language.init(setting:)) ?? .default
        var remaining: [String] = []
        var invalid: String?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" {
                remaining += arguments[index...]
                break
            }
            var value: String?
            if argument == "--lang" {
                index += 1
                value = index < arguments.endIndex ? arguments[index] : ""
            } else if argument.hasPrefix("--lang=") {
                value = String(argument.dropFirst("--lang=".count))
            }
            if let value {
                if let chosen = Language(setting: value) { language = chosen } else { invalid = value }
            } else {
                remaining.append(argument)
            }
            index += 1
        }
        return (language, remaining, invalid)
    }

    /// A catalogue message in the current language.
    static func text(_ message: some Localizable) -> String {
        message.text(current)
    }
}
