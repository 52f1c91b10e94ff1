import Foundation

/// The entry point: chooses the language, parses the command line, runs the command, renders any
/// error in the chosen language and exits with the command's status.
@main
enum Main {
    static func main() async {
        let choice = CLILanguage.choose(
            arguments: Array(CommandLine.arguments.dropFirst()),
            environment: ProcessInfo.processInfo.environment)
        let status = await CLILanguage.$current.withValue(choice.language) {
            await CommandRunner.run(choice.arguments, invalidLanguage: choice.invalid)
        }
        exit(status)
    }
}
