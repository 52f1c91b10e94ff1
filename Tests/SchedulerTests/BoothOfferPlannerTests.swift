import Planning
import Scheduler
import Testing

@Suite("BoothOfferPlanner")
struct BoothOfferPlannerTests {
    /// A plan on the test hall: rows R1 (4 booths, R1-4 blocked) and R2 (3 booths; R2-1 and R2-2
    /// with cold storage and water) back to back, so R1-n and R2-n share a wall. Waiting parties of
    /// one priority registered in the order given, wanting the booths and services given.
    static func plan(_ waiting: [(id: String, booths: Int, services: Set<BoothService>)]) -> Plan {
        let rows = [
            BoothFixtures.Row(zone: "tinh", services: [[], [], [], []], blocked: [3]),
            BoothFixtures.Row(
                zone: "tinh", services: [[.water, .coldStorage], [.water, .coldStorage], []]),
        ]
        var plan = Plan(
            event: Event(
                id: "e", name: "Hội chợ", kind: .fair, organiser: "LM", province: ProvinceReference("Huế"),
                days: []),
            venue: BoothFixtures.venue(rows: rows, zones: BoothFixtures.zones))
        for (index, party) in waiting.enumerated() {
            plan.parties.append(
                ExhibitingParty(
                    id: Identifier(party.id), name: party.id,
                    kind: .provincialAlliance(ProvinceReference("Huế")),
                    registeredAt: LocalDateTime(
                        date: CalendarDate(year: 2026, month: 10, day: 1)!, time: TimeOfDay(hour: 8 + index)!),
                    registrationStatus: .waitlisted))
            plan.boothRequests.append(
                BoothRequest(
                    id: Identifier("dk-\(party.id)"), party: Identifier(party.id), boothsWanted: party.booths,
                    servicesNeeded: party.services))
        }
        return plan
    }

    @Test("waiting parties are offered blocks in queue order; one no block fits is passed over")
    func queueOrder() throws {
        let plan = Self.plan([
            ("wants-7", 7, []), ("cold-2", 2, [.coldStorage]), ("one", 1, []), ("cold-1", 1, [.coldStorage]),
            ("two", 2, []),
        ])
        let proposal = try BoothOfferPlanner.propose(
            BoothOfferRound(plan: plan, freedBooths: ["R1-1", "R1-2", "R1-3", "R2-1", "R2-2", "R2-3"]))
        #expect(proposal.passedOver.first == "wants-7")
        #expect(
            proposal.offers.map(\.party)
                == ["cold-2", "one", "cold-1", "two"].filter { id in
                    proposal.offers.contains { $0.party == id }
                })
        let cold = try #require(proposal.offers.first { $0.party == "cold-2" })
        #expect(cold.booths.contains { $0.hasPrefix("R2-1") || $0.hasPrefix("R2-2") })
        let offered = proposal.offers.flatMap(\.booths)
        #expect(Set(offered).count == offered.count)
        #expect(!offered.contains("R1-4"))
    }

    @Test("pending offers, assigned booths and the party that declined are left out of a round")
    func roundLeavesOut() throws {
        var plan = Self.plan([("first", 1, []), ("second", 1, []), ("third", 1, [])])
        plan.boothAssignments = [BoothAssignment(booth: "R1-1", party: "first")]
        plan.parties[0].registrationStatus = .placed
        let time = LocalDateTime(
            date: CalendarDate(year: 2026, month: 12, day: 1)!, time: TimeOfDay(hour: 10)!)
        let round = BoothOfferRound(
            plan: plan, freedBooths: ["R1-2"],
            pending: [
                PendingBoothOffer(party: "third", booths: ["R1-3"], offeredAt: time, reason: .withdrawal("x"))
            ],
            excluded: ["second"])
        let proposal = try BoothOfferPlanner.propose(round)
        #expect(proposal.offers.isEmpty)
        #expect(proposal.passedOver.isEmpty)
        #expect(proposal.unoffered == ["R1-2"])
    }

    @Test("a plan without a venue offers nothing")
    func noVenue() throws {
        var plan = Self.plan([("one", 1, [])])
        plan.venue = nil
        let proposal = try BoothOfferPlanner.propose(BoothOfferRound(plan: plan, freedBooths: ["R1-1"]))
        #expect(proposal == BoothOfferProposal(offers: [], unoffered: ["R1-1"], passedOver: []))
    }
}
