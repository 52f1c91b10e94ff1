import Planning
import Testing

@Suite("PlanValidator: exhibiting parties and booth requests")
struct PlanValidatorExhibitorsTests {
    @Test("fewer than one booth")
    func boothCount() {
        var plan = PlanFixtures.fair()
        plan.boothRequests[0].boothsWanted = 0
        #expect(PlanFixtures.codes(plan).contains(.invalidBoothCount))
    }

    @Test("unknown party, organisation and product in a request")
    func unknownReferences() {
        var plan = PlanFixtures.fair()
        plan.boothRequests.append(
            BoothRequest(
                id: "dk-2", party: "lm-x", boothsWanted: 1, sharingOrganisations: ["org-9"],
                products: ["sp-9"]))
        let found = PlanFixtures.codes(plan)
        #expect(found.contains(.unknownRequestParty))
        #expect(found.contains(.unknownSharingOrganisation))
        #expect(found.contains(.unknownRequestProduct))
    }

    @Test("a product whose owner does not share the booth")
    func ownerNotSharing() {
        var plan = PlanFixtures.fair()
        plan.boothRequests[0].sharingOrganisations = []
        #expect(PlanFixtures.codes(plan).contains(.productOwnerNotSharing))
    }

    @Test("an alliance sharing with another province's cooperative; former names count as the new unit")
    func sharingOutsideProvince() {
        var plan = PlanFixtures.fair()
        plan.organisations.append(
            PlanFixtures.cooperative("org-2", name: "HTX Phú Lợi", code: "9992000002", province: "Sóc Trăng"))
        plan.organisations.append(
            PlanFixtures.cooperative("org-3", name: "HTX Mỹ Thạnh", code: "9992000003", province: "Cà Mau"))
        plan.boothRequests[0].sharingOrganisations = ["org-1", "org-2"]
        #expect(!PlanFixtures.codes(plan).contains(.sharingOutsideProvince))
        plan.boothRequests[0].sharingOrganisations.append("org-3")
        #expect(PlanFixtures.codes(plan).contains(.sharingOutsideProvince))
    }

    @Test("an organisation registered with two parties")
    func twoParties() {
        var plan = PlanFixtures.fair()
        plan.parties.append(ExhibitingParty(id: "htx-1", name: "HTX Tân Hòa", kind: .organisation("org-1")))
        plan.boothRequests.append(BoothRequest(id: "dk-2", party: "htx-1", boothsWanted: 1))
        #expect(PlanFixtures.codes(plan).contains(.organisationInTwoParties))
    }

    @Test("fresh food without water or cold storage")
    func coldChain() {
        var plan = PlanFixtures.fair()
        plan.products[0].needsColdChain = true
        #expect(PlanFixtures.codes(plan).contains(.coldChainNotRequested))
        plan.boothRequests[0].servicesNeeded = [.coldStorage]
        #expect(!PlanFixtures.codes(plan).contains(.coldChainNotRequested))
    }

    @Test("a party without a request, and an organisation party whose organisation is unknown")
    func parties() {
        var plan = PlanFixtures.fair()
        plan.parties.append(ExhibitingParty(id: "dn-x", name: "Công ty X", kind: .organisation("org-9")))
        let found = PlanFixtures.codes(plan)
        #expect(found.contains(.partyWithoutRequest))
        #expect(found.contains(.unknownPartyOrganisation))
    }

    @Test("more booths requested than the venue lets")
    func demand() {
        var plan = PlanFixtures.fair()
        plan.venue = PlanFixtures.venue()
        plan.boothRequests[0].boothsWanted = 9
        #expect(PlanFixtures.codes(plan).contains(.demandExceedsVenue))
    }
}
