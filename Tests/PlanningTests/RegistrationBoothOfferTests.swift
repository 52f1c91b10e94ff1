import Planning
import Testing

@Suite("BoothOfferProposal")
struct RegistrationBoothOfferTests {
    /// Two rows of booths with an aisle between: A-01…A-04 at y 0, B-01…B-03 at y 9 (facing, not
    /// sharing walls); B-01 and B-02 have cold storage; A-04 is blocked.
    static let venue: Venue = {
        let rowA: [Booth] = (1...4).map { index in
            Booth(
                code: "A-0\(index)", hall: "H",
                rect: Rect(x: Double(index - 1) * 3, y: 0, width: 3, depth: 3),
                blocked: index == 4)
        }
        let rowB: [Booth] = (1...3).map { index in
            let services: Set<BoothService> = index <= 2 ? [.coldStorage] : []
            return Booth(
                code: "B-0\(index)", hall: "H",
                rect: Rect(x: Double(index - 1) * 3, y: 9, width: 3, depth: 3),
                front: .north, services: services)
        }
        return Venue(id: "v", name: "Nhà triển lãm", booths: rowA + rowB)
    }()

    @Test("offers go greedily in waiting order to the first parties a connected block fits")
    func greedyOffers() {
        let proposal = BoothOfferProposal.propose(
            freedBooths: ["A-01", "A-02", "A-03", "B-01", "B-02", "B-03"],
            waitingList: [
                WaitingParty(party: "wants-4", boothsWanted: 4),
                WaitingParty(party: "cold-2", boothsWanted: 2, servicesNeeded: [.coldStorage]),
                WaitingParty(party: "one", boothsWanted: 1),
                WaitingParty(party: "cold-1", boothsWanted: 1, servicesNeeded: [.coldStorage]),
                WaitingParty(party: "two", boothsWanted: 2),
            ],
            venue: Self.venue)
        #expect(
            proposal.offers == [
                BoothOffer(party: "cold-2", booths: ["B-01", "B-02"]),
                BoothOffer(party: "one", booths: ["B-03"]),
                BoothOffer(party: "two", booths: ["A-01", "A-02"]),
            ])
        #expect(proposal.passedOver == ["wants-4", "cold-1"])
        #expect(proposal.unoffered == ["A-03"])
    }

    @Test("blocked booths, unknown codes and booths across an aisle never make a block")
    func noFalseBlocks() {
        let proposal = BoothOfferProposal.propose(
            freedBooths: ["A-03", "A-04", "B-03", "Z-99"],
            waitingList: [WaitingParty(party: "two", boothsWanted: 2)], venue: Self.venue)
        #expect(proposal.offers.isEmpty)
        #expect(proposal.passedOver == ["two"])
        #expect(proposal.unoffered == ["A-03", "B-03"])
    }

    @Test("a lone booth goes to a one-booth party before a larger group is split")
    func bestFit() {
        let proposal = BoothOfferProposal.propose(
            freedBooths: ["A-01", "A-02", "B-03"],
            waitingList: [
                WaitingParty(party: "one", boothsWanted: 1), WaitingParty(party: "two", boothsWanted: 2),
            ],
            venue: Self.venue)
        #expect(
            proposal.offers == [
                BoothOffer(party: "one", booths: ["B-03"]),
                BoothOffer(party: "two", booths: ["A-01", "A-02"]),
            ])
    }
}
