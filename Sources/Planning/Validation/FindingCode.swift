/// A stable code naming a validation rule, e.g. `organisation.duplicate-registration-code`.
///
/// Codes never change meaning once published: tools and people filter findings by them.
public struct FindingCode: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible
{
    /// The code's text.
    public let rawValue: String

    /// Creates a code from its text.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The code's text.
    public var description: String { rawValue }

    /// Orders codes by text.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
