import Planning
import Testing

@Suite("PlanLookup: entities by identifier")
struct PlanLookupTests {
    @Test("finds what the plan's own look-ups find, the first of a repeated identifier included")
    func sameAsPlan() {
        var plan = PlanFixtures.fair()
        plan.organisations.append(
            PlanFixtures.cooperative("org-2", name: "HTX Chè Tân Cương", province: "Thái Nguyên"))
        plan.organisations.append(PlanFixtures.cooperative("org-1", name: "Bản sao trùng mã"))
        plan.parties.append(
            ExhibitingParty(id: "htx-che", name: "HTX Chè Tân Cương", kind: .organisation("org-2")))
        plan.parties.append(
            ExhibitingParty(id: "htx-mat", name: "HTX không có", kind: .organisation("org-9")))
        plan.people = [Person(id: "p-1", fullName: "Lê Thị Hoa"), Person(id: "p-1", fullName: "Bản sao")]
        let lookup = plan.lookup
        for id in ["org-1", "org-2", "org-9"] as [Identifier<Organisation>] {
            #expect(lookup.organisation(id) == plan.organisation(id))
        }
        #expect(lookup.organisation("org-1")?.name == "Hợp tác xã Nông nghiệp Tân Hòa")
        #expect(lookup.person("p-1")?.name.fullName == "Lê Thị Hoa")
        for party in plan.parties {
            #expect(lookup.party(party.id) == plan.party(party.id))
            #expect(lookup.province(of: party) == plan.province(of: party))
        }
        #expect(lookup.province(of: plan.parties[1])?.officialName == "Thái Nguyên")
        #expect(lookup.province(of: plan.parties[2]) == nil)
        #expect(lookup.connectionPoint("none") == nil)
    }
}
