public import Planning

/// The wording of exports and reports that tell what they show: which published version a list
/// was exported from, when the working plan was exported instead, and the report's totals without
/// withdrawn registrations.
public enum ExportsMessage: Hashable, Sendable, Localizable {
    /// The lists show the published version `version` of `kind` (not the working plan).
    case publishedExported(PublicationKind, version: Int)
    /// Nothing of `kind` is published yet: the lists show the working plan.
    case workingPlanExported(PublicationKind)
    /// The report's total row of registrations by status, which leaves withdrawn ones out.
    case totalWithoutWithdrawn
    /// An error of an export.
    case error(ExportsError)

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
