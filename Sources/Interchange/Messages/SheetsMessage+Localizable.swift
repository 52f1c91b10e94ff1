public import Planning
public import Sheets

/// The Sheets catalogue worded in the user's language: Sheets depends on no other FairPlan
/// module, so it words its messages itself (``SheetsMessage/vietnamese``,
/// ``SheetsMessage/english``) and Interchange, which knows `Language`, picks one.
extension SheetsMessage: Localizable {
    /// The message in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnamese
        case .english: english
        }
    }
}
