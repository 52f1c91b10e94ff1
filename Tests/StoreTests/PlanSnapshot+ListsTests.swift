import Foundation
import Planning
import Store
import TestSupport
import Testing

@Suite("PlanSnapshot: entities one at a time, in list order, sorted by the database")
struct PlanSnapshotListsTests {
    /// The small fair with names that differ by tone, case, spelling (composed or decomposed)
    /// and word order, repeated names, people with and without dates of birth.
    static func plan() -> Plan {
        var plan = StoreFixtures.smallFair()
        var random = TestRandom(seed: 11)
        let names = [
            "Hợp tác xã Hoà Bình", "Hợp tác xã Hòa Bình", "Hợp tác xã Ho\u{300}a Bình", "hợp tác xã an phú",
            "Hợp tác xã An Phú", "HTX Đông Hải", "HTX Dương Đông", "Hợp tác xã 10 Sao", "Hợp tác xã 2 Sao",
            "Hợp tác xã Ánh Dương",
        ]
        for index in 0..<120 {
            let id = "o-\(Int.random(in: 0..<10_000, using: &random))-\(index)"
            plan.organisations.append(StoreFixtures.organisation(id, names.randomElement(using: &random)!))
            plan.products.append(
                Product(
                    id: Identifier("sp-\(id)"), name: names.randomElement(using: &random)!,
                    owner: Identifier(id)))
        }
        let families = ["Nguyễn", "Trần", "Lê", "NGUYỄN", "Đỗ", "Dương"]
        let givens = ["An", "Ân", "an", "Hoà", "Hòa", "Ho\u{300}a", "Bình"]
        for index in 0..<120 {
            let name =
                "\(families.randomElement(using: &random)!) Văn \(givens.randomElement(using: &random)!)"
            let born = index % 3 == 0 ? nil : CalendarDate(year: 1970 + index % 4, month: 1, day: 1)
            plan.people.append(
                Person(id: Identifier("ng-x\(119 - index)"), fullName: name, dateOfBirth: born))
        }
        for index in 0..<40 {
            plan.parties.append(
                StoreFixtures.party(
                    "p-x\(index)", names.randomElement(using: &random)!,
                    organisation: plan.organisations[4 + index].id.rawValue,
                    status: index % 2 == 0 ? .pending : .confirmed))
        }
        return plan
    }

    @Test("each stream gives the array reads' order")
    func sameOrders() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: Self.plan())
            let statuses: [RegistrationStatus?] = [nil, .pending, .confirmed, .withdrawn]
            // The store's array reads, outside the snapshot (GRDB's reads are not reentrant).
            let organisations = try store.organisations()
            let products = try store.products()
            let people = try store.people()
            let parties = try statuses.map { try store.parties(status: $0) }
            var streamed: (organisations: [Organisation], products: [Product], people: [Person]) = (
                [], [], []
            )
            var streamedParties: [[ExhibitingParty]] = []
            try store.snapshot { snapshot in
                try snapshot.forEachOrganisation { streamed.organisations.append($0) }
                try snapshot.forEachProduct { streamed.products.append($0) }
                try snapshot.forEachPerson { streamed.people.append($0) }
                for status in statuses {
                    var listed: [ExhibitingParty] = []
                    try snapshot.forEachParty(status: status) { listed.append($0) }
                    streamedParties.append(listed)
                }
            }
            #expect(streamed.organisations == organisations)
            #expect(streamed.products == products)
            #expect(streamed.people == people)
            #expect(streamedParties == parties)
            #expect(organisations.count == 124 && people.count == 122)
        }
    }

    @Test("look-ups give what the whole plan gives")
    func lookUps() throws {
        try StoreFixtures.withPlanPath { path in
            let plan = Self.plan()
            let store = try PlanStore.create(at: path, plan: plan)
            let assignments = try store.boothAssignments()
            let sessions = try store.sessions()
            try store.snapshot { snapshot throws in
                try Self.checkLookUps(snapshot, plan: plan, assignments: assignments, sessions: sessions)
            }
        }
    }

    /// Checks the snapshot's look-ups against the plan written and the store's array reads.
    static func checkLookUps(
        _ snapshot: PlanSnapshot, plan: Plan, assignments: [BoothAssignment], sessions: [Session]
    ) throws {
        for party in plan.parties {
            let province = try snapshot.province(of: party)
            #expect(province == plan.province(of: party))
            let name = try snapshot.partyName(party.id)
            #expect(name == party.name)
            let wanted = try snapshot.boothsWanted(by: party.id)
            #expect(
                wanted
                    == plan.boothRequests.filter { $0.party == party.id }.reduce(0) { $0 + $1.boothsWanted })
            let booths = try snapshot.booths(of: party.id)
            #expect(booths == plan.boothAssignments.filter { $0.party == party.id }.map(\.booth).sorted())
        }
        let names = (try snapshot.organisationName("org-2"), try snapshot.organisationName("none"))
        #expect(names.0 == "Hợp tác xã Bình An")
        #expect(names.1 == nil)
        let attendances = (try snapshot.firstAttendance(of: "ng-1"), try snapshot.firstAttendance(of: "ng-2"))
        #expect(attendances.0 == plan.attendances.first)
        #expect(attendances.1 == nil)
        let venue = try snapshot.venue()
        #expect(venue == plan.venue)
        #expect(try snapshot.boothAssignments() == assignments)
        #expect(try snapshot.sessions() == sessions)
        let points = try snapshot.connectionPoints()
        #expect(points == plan.connectionPoints)
    }

    @Test("a snapshot keeps its rows while another connection writes; the body's errors pass through")
    func consistentAndErrors() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: Self.plan())
            let writer = try PlanStore.open(at: path)
            let counts = try store.snapshot { snapshot in
                var before = 0
                try snapshot.forEachOrganisation { _ in before += 1 }
                try writer.addOrganisation(StoreFixtures.organisation("org-new", "Hợp tác xã Mới"))
                var after = 0
                try snapshot.forEachOrganisation { _ in after += 1 }
                return (before, after)
            }
            #expect(counts.0 == counts.1)
            #expect(try store.organisations().count == counts.0 + 1)
            #expect(counts.0 == 124)
            struct Stop: Error, Equatable {}
            #expect(throws: Stop()) {
                try store.snapshot { snapshot in try snapshot.forEachOrganisation { _ in throw Stop() } }
            }
        }
    }
}
