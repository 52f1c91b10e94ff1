import ArgumentParser
import Planning

extension ArgumentHelp {
    /// Help for an argument from the command line's catalogue, in the run's language.
    init(_ text: HelpText, valueName: String? = nil) {
        self.init(CLILanguage.text(text), valueName: valueName)
    }
}

extension HelpText {
    /// The text in the run's language.
    var localized: String { CLILanguage.text(self) }
}
