import Foundation

/// What a session or a person asks of the tags of a room or a timeslot: tags it must have
/// (hard), should have (soft), must not have (hard) and should not have (soft).
public struct TagRules: Hashable, Codable, Sendable {
    /// Tags the room or timeslot must have.
    public var required: [String]
    /// Tags it should have.
    public var preferred: [String]
    /// Tags it must not have.
    public var prohibited: [String]
    /// Tags it should not have.
    public var undesired: [String]

    /// Rules; each list kept sorted, without repeats, in NFC.
    public init(
        required: [String] = [], preferred: [String] = [], prohibited: [String] = [], undesired: [String] = []
    ) {
        self.required = Self.cleaned(required)
        self.preferred = Self.cleaned(preferred)
        self.prohibited = Self.cleaned(prohibited)
        self.undesired = Self.cleaned(undesired)
    }

    /// Whether no rule is set.
    public var isEmpty: Bool {
        required.isEmpty && preferred.isEmpty && prohibited.isEmpty && undesired.isEmpty
    }

    /// Tags in NFC, trimmed, without empty ones or repeats, sorted.
    public static func cleaned(_ tags: [String]) -> [String] {
        Array(
            Set(
                tags.map { VietnameseText.normalized($0).trimmingCharacters(in: .whitespaces) }.filter {
                    !$0.isEmpty
                })
        ).sorted()
    }

    private enum CodingKeys: String, CodingKey {
        case required, preferred, prohibited, undesired
    }

    /// Reads rules, any list missing counting as empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            required: try container.decodeIfPresent([String].self, forKey: .required) ?? [],
            preferred: try container.decodeIfPresent([String].self, forKey: .preferred) ?? [],
            prohibited: try container.decodeIfPresent([String].self, forKey: .prohibited) ?? [],
            undesired: try container.decodeIfPresent([String].self, forKey: .undesired) ?? [])
    }

    /// Writes the lists that are not empty.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if !required.isEmpty { try container.encode(required, forKey: .required) }
        if !preferred.isEmpty { try container.encode(preferred, forKey: .preferred) }
        if !prohibited.isEmpty { try container.encode(prohibited, forKey: .prohibited) }
        if !undesired.isEmpty { try container.encode(undesired, forKey: .undesired) }
    }
}
