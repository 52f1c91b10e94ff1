import ArgumentParser

extension ArgumentHelp {
    /// Help for an option of `fairplan documents`, in the run's language.
    init(documents text: DocumentsHelp, valueName: String? = nil) {
        self.init(CLILanguage.text(text), valueName: valueName)
    }
}

extension DocumentsHelp {
    /// The text in the run's language.
    var localized: String { CLILanguage.text(self) }
}
