public import Planning

/// Why an export cannot be made as asked, for ``WorkflowError/exports(_:)``; worded by
/// ``ExportsMessage``.
public enum ExportsError: Error, Hashable, Sendable, Localizable {
    /// A registration-status filter was given but no list about parties (exhibitors) is exported.
    case statusNeedsExhibitors

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        ExportsMessage.error(self).text(language)
    }
}
