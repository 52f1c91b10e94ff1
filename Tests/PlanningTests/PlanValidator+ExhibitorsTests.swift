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

@Suite("PlanValidator: withdrawn registrations leave no trace")
struct PlanValidatorWithdrawnTests {
    /// The fair fixture with a second party of the same cooperative: without a request, asking for
    /// zero booths in a second request, for more booths than the venue has, and sharing with an
    /// unknown organisation; `status` is the second party's registration status.
    static func plan(second status: RegistrationStatus) -> Plan {
        var plan = PlanFixtures.fair()
        plan.venue = PlanFixtures.venue()
        plan.parties.append(
            ExhibitingParty(
                id: "htx-1", name: "HTX Tân Hòa", kind: .organisation("org-1"), registrationStatus: status))
        plan.parties.append(
            ExhibitingParty(
                id: "dn-x", name: "Công ty X", kind: .organisation("org-9"), registrationStatus: status))
        plan.boothRequests.append(
            BoothRequest(id: "dk-2", party: "htx-1", boothsWanted: 9, sharingOrganisations: ["org-8"]))
        plan.boothRequests.append(BoothRequest(id: "dk-3", party: "htx-1", boothsWanted: 0))
        plan.boothAssignments = [BoothAssignment(booth: "A-01", party: "htx-1")]
        return plan
    }

    @Test("a withdrawn party, its requests and its sharing organisations raise no finding")
    func withdrawnRaisesNothing() {
        let codes: Set<FindingCode> = [
            .organisationInTwoParties, .demandExceedsVenue, .invalidBoothCount, .unknownSharingOrganisation,
            .partyWithoutRequest, .unknownPartyOrganisation, .boothCountMismatch,
        ]
        let active = Set(PlanFixtures.codes(Self.plan(second: .confirmed)))
        #expect(codes.isSubset(of: active))
        let findings = PlanValidator().validate(Self.plan(second: .withdrawn))
        #expect(findings.filter { codes.contains($0.code) }.isEmpty, "\(findings.map(\.code))")
        #expect(!findings.contains { ["htx-1", "dn-x", "dk-2", "dk-3"].contains($0.subject.id) })
    }

    @Test("«demand exceeds venue» counts only the booths of parties not withdrawn")
    func demand() {
        var plan = PlanFixtures.fair()
        plan.venue = PlanFixtures.venue()
        plan.parties.append(
            ExhibitingParty(
                id: "lm-x", name: "Liên minh HTX tỉnh An Giang",
                kind: .provincialAlliance(ProvinceReference("An Giang")), registrationStatus: .withdrawn))
        plan.boothRequests.append(BoothRequest(id: "dk-2", party: "lm-x", boothsWanted: 7))
        #expect(!PlanFixtures.codes(plan).contains(.demandExceedsVenue))
        plan.parties[1].registrationStatus = .waitlisted
        #expect(PlanFixtures.codes(plan).contains(.demandExceedsVenue))
    }

    @Test("the plan without withdrawn registrations keeps requests of parties it does not know")
    func withoutWithdrawn() {
        let plan = Self.plan(second: .withdrawn)
        var unknown = plan
        unknown.boothRequests.append(BoothRequest(id: "dk-9", party: "khong-co", boothsWanted: 1))
        let active = unknown.withoutWithdrawnRegistrations
        #expect(active.parties.map(\.id) == ["lm-can-tho"])
        #expect(active.boothRequests.map(\.id) == ["dk-1", "dk-9"])
        #expect(active.boothAssignments.isEmpty)
        #expect(PlanFixtures.fair().withoutWithdrawnRegistrations == PlanFixtures.fair())
    }
}
