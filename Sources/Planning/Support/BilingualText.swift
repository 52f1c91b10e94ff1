/// A message in Vietnamese, for organisers, and in English, for help text and logs.
public struct BilingualText: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The Vietnamese text, shown to organisers.
    public let vietnamese: String
    /// The English text.
    public let english: String

    /// Creates a message from its two languages.
    public init(vi vietnamese: String, en english: String) {
        self.vietnamese = vietnamese
        self.english = english
    }

    /// The Vietnamese text.
    public var description: String { vietnamese }
}
