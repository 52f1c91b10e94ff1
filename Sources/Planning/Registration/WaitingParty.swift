/// A party on the waiting list with what its booths must offer.
public struct WaitingParty: Hashable, Codable, Sendable {
    /// The party.
    public var party: Identifier<ExhibitingParty>
    /// The standard booth units it asked for, as one connected block.
    public var boothsWanted: Int
    /// Services every one of its booths must have.
    public var servicesNeeded: Set<BoothService>

    /// Creates a waiting party.
    public init(
        party: Identifier<ExhibitingParty>, boothsWanted: Int, servicesNeeded: Set<BoothService> = []
    ) {
        self.party = party
        self.boothsWanted = boothsWanted
        self.servicesNeeded = servicesNeeded
    }

    /// The waiting list of a plan in serving order, each party with the sum of its requests.
    ///
    /// A party's several requests add up; the services needed are the union of theirs. A party
    /// without a request asks for nothing and is left out.
    public static func waitingList(in plan: Plan) -> [WaitingParty] {
        let requests = Dictionary(grouping: plan.boothRequests, by: \.party)
        return WaitingList.ordered(plan.parties).compactMap { party in
            let own = requests[party.id, default: []]
            let wanted = own.reduce(0) { $0 + max(0, $1.boothsWanted) }
            guard wanted > 0 else { return nil }
            let services = own.reduce(into: Set<BoothService>()) { $0.formUnion($1.servicesNeeded) }
            return WaitingParty(party: party.id, boothsWanted: wanted, servicesNeeded: services)
        }
    }
}
