public import Planning
public import Sheets

/// Errors reading or writing spreadsheets, worded in the user's language, so front ends render
/// them as every other `Localizable` error.
extension SheetsError: Localizable {
    /// The error's catalogue message in `language`.
    public func text(_ language: Language) -> String {
        message.text(language)
    }
}
