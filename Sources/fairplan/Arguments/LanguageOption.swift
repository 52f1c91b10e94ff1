import ArgumentParser

/// `--lang vi|en`, shown in every command's help. The value is taken off the command line before
/// parsing (``CLILanguage/choose(arguments:environment:)``), so it works in any position; this
/// group only documents it.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(.optionLanguage, valueName: "vi|en"))
    var language: String?
}
