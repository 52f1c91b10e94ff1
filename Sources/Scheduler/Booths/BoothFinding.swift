public import Planning

/// One finding about a booth plan: a hard rule broken or a soft preference missed.
public struct BoothFinding: Hashable, Codable, Sendable, Localizable {
    /// What was found; raw values are stable keys.
    public enum Kind: String, CaseIterable, Codable, Sendable {
        /// The booth code is not in the venue.
        case unknownBooth = "unknown-booth"
        /// The party has no booth request.
        case unknownParty = "unknown-party"
        /// The party has withdrawn: a withdrawal is final and frees its booths.
        case withdrawnParty = "withdrawn-party"
        /// The booth is given to two parties (or twice).
        case boothGivenTwice = "booth-given-twice"
        /// The booth is blocked.
        case blockedBooth = "blocked-booth"
        /// The booth is in a zone closed to exhibitors.
        case closedZone = "closed-zone"
        /// Food where the venue does not allow it.
        case foodNotAllowed = "food-not-allowed"
        /// Outside the zones the province's parties must use.
        case wrongZone = "wrong-zone"
        /// The party's booths do not form one connected block.
        case blockNotConnected = "block-not-connected"
        /// The block is joined by shared walls but is not one straight run (soft; the message says
        /// whether a free straight run would have fitted).
        case blockNotStraight = "block-not-straight"
        /// No booth of the block offers a needed service.
        case missingService = "missing-service"
        /// A pinned booth is not given to its party.
        case pinNotKept = "pin-not-kept"
        /// A held booth is not given to its party.
        case holdNotKept = "hold-not-kept"
        /// The party has fewer booths than it wants.
        case fewerBoothsThanWanted = "fewer-booths-than-wanted"
        /// The party has more booths than it wants.
        case moreBoothsThanWanted = "more-booths-than-wanted"
        /// The party has no booths (waiting list).
        case notPlaced = "not-placed"
        /// Neighbours of different provinces sell the same product set.
        case sameProductNeighbours = "same-product-neighbours"
        /// A province's parties do not stand together.
        case pavilionSplit = "pavilion-split"
        /// None of the party's booths is in a zone it prefers.
        case outsidePreferredZone = "outside-preferred-zone"
        /// The party stands outside its region's pavilion while a block there is free or held by
        /// parties served after it (the allocator never leaves one: the pavilion queue).
        case outsideRegionalPavilion = "outside-regional-pavilion"
        /// A prime booth went to a party with fewer stars than one with no prime booth.
        case primeBoothOrder = "prime-booth-order"
        /// The party moved against the published plan.
        case movedFromPublished = "moved-from-published"

        /// Whether the finding breaks a hard rule.
        var isHard: Bool {
            switch self {
            case .notPlaced, .blockNotStraight, .sameProductNeighbours, .pavilionSplit, .outsidePreferredZone,
                .outsideRegionalPavilion, .primeBoothOrder, .movedFromPublished:
                false
            default:
                true
            }
        }
    }

    /// What was found.
    public var kind: Kind
    /// The booth concerned, when one.
    public var booth: String?
    /// The party concerned, when one (as written in the plan checked).
    public var party: String?
    /// The finding in both languages, specific: names the booth, party, zone or service.
    public var wording: BilingualText

    /// Creates a finding worded by a catalogue message (or any text in both languages).
    public init(_ kind: Kind, booth: String? = nil, party: String? = nil, message: some Localizable) {
        self.kind = kind
        self.booth = booth
        self.party = party
        self.wording = BilingualText(
            vi: VietnameseText.normalized(message.text(.vietnamese)),
            en: VietnameseText.normalized(message.text(.english)))
    }

    /// The finding in `language`.
    public func text(_ language: Language) -> String { wording.text(language) }

    /// Whether the finding breaks a hard rule.
    public var isHard: Bool { kind.isHard }

    enum CodingKeys: String, CodingKey {
        case kind, hard, booth, party, message
    }

    /// Decodes a finding.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(Kind.self, forKey: .kind)
        booth = try container.decodeIfPresent(String.self, forKey: .booth)
        party = try container.decodeIfPresent(String.self, forKey: .party)
        wording = try container.decode(BilingualText.self, forKey: .message)
    }

    /// Encodes the finding with whether it is hard and its message in both languages.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(isHard, forKey: .hard)
        try container.encodeIfPresent(booth, forKey: .booth)
        try container.encodeIfPresent(party, forKey: .party)
        try container.encode(wording, forKey: .message)
    }
}
