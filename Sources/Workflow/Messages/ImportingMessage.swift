public import Planning

/// The wording of importing filled registration templates into a plan, in every ``Language``
/// (area: importing).
public enum ImportingMessage: Hashable, Sendable, Localizable {
    /// Nothing was written to the plan file at `path`: every row is already in the plan, or
    /// repeats another, or (`changesNotApplied` rows) changes what the plan holds without
    /// `--update`.
    case nothingWritten(path: String, changesNotApplied: Int)

    /// The message in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
