/// A message that can be worded in every ``Language``.
///
/// Catalogue entries, findings and errors conform; front ends render them with the user's
/// language. Tests compare the typed value (its case or code), never the wording.
public protocol Localizable: Sendable {
    /// The message in `language`.
    func text(_ language: Language) -> String
}

extension Localizable {
    /// The message in Vietnamese, the default language.
    public var vietnamese: String { text(.vietnamese) }
    /// The message in English.
    public var english: String { text(.english) }
}
