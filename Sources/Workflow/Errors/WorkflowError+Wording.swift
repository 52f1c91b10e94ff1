public import Planning

extension WorkflowError: Localizable, CustomStringConvertible {
    /// The error in `language`.
    public func text(_ language: Language) -> String {
        WorkflowMessage.error(self).text(language)
    }

    /// The error in Vietnamese.
    public var description: String { text(.vietnamese) }
}
