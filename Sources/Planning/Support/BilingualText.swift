/// A message already worded in both languages, as findings and reasons carry it (so a JSON
/// document holds both).
public struct BilingualText: Hashable, Codable, Sendable, CustomStringConvertible, Localizable {
    /// The Vietnamese text, shown to organisers.
    public let vietnamese: String
    /// The English text.
    public let english: String

    /// Creates a message from its two languages.
    public init(vi vietnamese: String, en english: String) {
        self.vietnamese = vietnamese
        self.english = english
    }

    /// Words a catalogue message in both languages.
    public init(_ message: some Localizable) {
        self.init(vi: message.text(.vietnamese), en: message.text(.english))
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnamese
        case .english: english
        }
    }

    /// The Vietnamese text.
    public var description: String { vietnamese }
}
