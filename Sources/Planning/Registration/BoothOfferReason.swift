/// Why booths were offered to a waiting party: what freed them.
public enum BoothOfferReason: Hashable, Codable, Sendable {
    /// The party named withdrew and its booths were freed.
    case withdrawal(Identifier<ExhibitingParty>)
    /// The party named declined the booths when they were offered to it.
    case declined(Identifier<ExhibitingParty>)

    /// The party whose withdrawal or refusal freed the booths.
    public var party: Identifier<ExhibitingParty> {
        switch self {
        case .withdrawal(let party), .declined(let party): party
        }
    }
}
