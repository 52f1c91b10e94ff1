/// A typed identifier for an entity of the plan.
///
/// The phantom `Owner` keeps identifiers of different entities apart at compile time: an
/// `Identifier<Organisation>` cannot be passed where an `Identifier<Person>` is expected.
public struct Identifier<Owner>: Hashable, Comparable, Codable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The identifier's text, unique among entities of the same kind in a plan.
    public let rawValue: String

    /// Creates an identifier from its text.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates an identifier from a string literal.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// Creates an identifier from its encoded text.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the identifier as its text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The identifier's text.
    public var description: String { rawValue }

    /// Orders identifiers by their text.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Two identifiers are equal when their texts are.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.rawValue == rhs.rawValue }

    /// Hashes the identifier's text.
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}
