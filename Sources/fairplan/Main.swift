import Foundation

/// The entry point: runs the command line in the language it asks for, renders any error in that
/// language and exits with the command's status (``CommandRunner``).
@main
enum Main {
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // The subcommand, once a language chosen before it (`--lang en serve`) is set aside.
        MemoryArenas.configure(
            for: CLILanguage.choose(arguments: arguments, environment: ProcessInfo.processInfo.environment)
                .arguments)
        exit(await CommandRunner.run(arguments, environment: ProcessInfo.processInfo.environment))
    }
}
