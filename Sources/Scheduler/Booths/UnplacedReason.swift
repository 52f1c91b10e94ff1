public import Planning

/// Why a party got no booths.
public enum UnplacedReason: Hashable, Codable, Sendable, Localizable {
    /// It shows food and no lettable booth stands where food is allowed.
    case noFoodZone
    /// No lettable booth lies in a zone the rules allow it (the province's required zones).
    case noAllowedZone
    /// No allowed booth offers a service it needs (water for fresh food, say).
    case missingService(BoothService)
    /// The allowed booths never make up a connected block of that many booths with its services.
    case noContiguousBlock(booths: Int)
    /// Such blocks exist, but every one holds a booth given to a party served before it (one with
    /// pinned or held booths, or one earlier in the queue: higher priority, or equal priority and
    /// registered earlier).
    case noFreeBlock(booths: Int)
    /// Its pinned or held booths cannot be extended to the booths it wants.
    case pinsCannotBeExtended(booths: Int)

    /// A stable key for JSON and tests.
    public var code: String {
        switch self {
        case .noFoodZone: "no-food-zone"
        case .noAllowedZone: "no-allowed-zone"
        case .missingService: "missing-service"
        case .noContiguousBlock: "no-contiguous-block"
        case .noFreeBlock: "no-free-block"
        case .pinsCannotBeExtended: "pins-cannot-be-extended"
        }
    }

    /// The reason in `language`.
    public func text(_ language: Language) -> String {
        SchedulerMessage.unplacedReason(self).text(language)
    }

    enum CodingKeys: String, CodingKey {
        case code, service, booths, message
    }

    /// Decodes a reason from its code and details.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let code = try container.decode(String.self, forKey: .code)
        let booths = try container.decodeIfPresent(Int.self, forKey: .booths) ?? 1
        switch code {
        case "no-food-zone": self = .noFoodZone
        case "no-allowed-zone": self = .noAllowedZone
        case "missing-service":
            self = .missingService(try container.decode(BoothService.self, forKey: .service))
        case "no-contiguous-block": self = .noContiguousBlock(booths: booths)
        case "no-free-block": self = .noFreeBlock(booths: booths)
        case "pins-cannot-be-extended": self = .pinsCannotBeExtended(booths: booths)
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .code, in: container, debugDescription: "Unknown reason code '\(code)'.")
        }
    }

    /// Encodes the code, its details and the message in both languages.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        switch self {
        case .missingService(let service): try container.encode(service, forKey: .service)
        case .noContiguousBlock(let booths), .noFreeBlock(let booths), .pinsCannotBeExtended(let booths):
            try container.encode(booths, forKey: .booths)
        case .noFoodZone, .noAllowedZone: break
        }
        try container.encode(BilingualText(self), forKey: .message)
    }
}
