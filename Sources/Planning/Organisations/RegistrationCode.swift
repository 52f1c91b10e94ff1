/// A cooperative's registration code (mã số HTX), which is also its tax code.
///
/// Ten digits, leading zeros kept, optionally followed by `-NNN` for a branch (chi nhánh). The
/// code identifies an organisation: two registrations with the same code are duplicates.
public struct RegistrationCode: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The ten-digit main code, leading zeros kept.
    public let main: String
    /// The three-digit branch suffix, when the code names a branch.
    public let branch: String?

    /// Parses a code as people type it.
    ///
    /// Surrounding spaces and spaces or dots inside the main digits are ignored ("0101 234 567");
    /// anything else that is not ten digits with an optional `-NNN` is refused.
    public init?(_ text: String) {
        // The usual case, ten digits and nothing else, without looking at characters.
        if text.utf8.count == 10, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
            main = text
            branch = nil
            return
        }
        let trimmed = text.trimmingWhitespace()
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return nil }
        let main = parts[0].filter { $0 != " " && $0 != "." }
        guard main.count == 10, main.allSatisfy(\.isASCIIDigit) else { return nil }
        var branch: String?
        if parts.count == 2 {
            let suffix = parts[1].trimmingWhitespace()
            guard suffix.count == 3, suffix.allSatisfy(\.isASCIIDigit) else { return nil }
            branch = suffix
        }
        self.main = main
        self.branch = branch
    }

    /// The code as printed: `0123456789` or `0123456789-001`.
    public var description: String {
        branch.map { "\(main)-\($0)" } ?? main
    }

    /// Whether the code names a branch rather than the organisation itself.
    public var isBranch: Bool { branch != nil }

    /// Orders codes by their printed form.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }

    /// Decodes a code from its printed form, refusing malformed text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let code = RegistrationCode(text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: PlanningMessage.undecodableRegistrationCode(text).text(.vietnamese))
        }
        self = code
    }

    /// Encodes the code in its printed form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
