import Interchange
import Planning

/// Plans and venues for the floor-plan tests: the sample fair in the shipped national hall with
/// booths given to its parties in blocks, and two versions of a small plan.
enum FloorPlanFixtures {
    /// The sample fair in the shipped national venue, its first parties given 1–3 neighbouring
    /// booths each along the rows (a party of three takes a block of three).
    static func nationalFair(parties count: Int = 40) throws -> Plan {
        var plan = SampleData.nationalFair()
        plan.venue = try VenueReader.loadBundled(named: DemoRunner.fairVenue).venue
        let lettable = (plan.venue?.lettableBooths ?? []).map(\.code)
        var next = 0
        var assignments: [BoothAssignment] = []
        for (index, party) in plan.parties.prefix(count).enumerated() {
            let wanted = [1, 2, 3][index % 3]
            for code in lettable.dropFirst(next).prefix(wanted) {
                assignments.append(BoothAssignment(booth: code, party: party.id))
            }
            next += wanted
        }
        plan.boothAssignments = assignments
        return plan
    }

    /// A small plan of two parties in the test venue; `moved` gives them other booths and adds a
    /// third party, as a later version would.
    static func smallPlan(moved: Bool) -> Plan {
        let event = Event(
            id: "hoi-cho-thu", name: "Hội chợ thử nghiệm sản phẩm HTX 2026", kind: .fair,
            organiser: "Liên minh HTX tỉnh Thử", province: ProvinceReference("Cần Thơ"),
            days: [])
        var parties = [
            ExhibitingParty(
                id: "lm-ca-mau", name: "Liên minh HTX tỉnh Cà Mau",
                kind: .provincialAlliance(ProvinceReference("Cà Mau"))),
            ExhibitingParty(
                id: "htx-tan-hoa", name: "Hợp tác xã Nông nghiệp Dịch vụ Tân Hòa",
                kind: .provincialAlliance(ProvinceReference("Đồng Tháp"))),
        ]
        if moved {
            parties.append(
                ExhibitingParty(
                    id: "htx-moi", name: "HTX Mới", kind: .provincialAlliance(ProvinceReference("An Giang"))))
        }
        let assignments: [BoothAssignment] =
            moved
            ? [
                BoothAssignment(booth: "A-04", party: "lm-ca-mau"),
                BoothAssignment(booth: "A-05", party: "lm-ca-mau"),
                BoothAssignment(booth: "A-01", party: "htx-tan-hoa"),
                BoothAssignment(booth: "A-02", party: "htx-moi"),
            ]
            : [
                BoothAssignment(booth: "A-01", party: "lm-ca-mau"),
                BoothAssignment(booth: "A-02", party: "lm-ca-mau"),
                BoothAssignment(booth: "A-03", party: "htx-tan-hoa"),
            ]
        return Plan(
            event: event, venue: FloorPlanRendererTests.venue(), parties: parties,
            boothAssignments: assignments)
    }
}
