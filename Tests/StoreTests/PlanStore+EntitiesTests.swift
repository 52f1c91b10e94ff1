import Planning
import Store
import Testing

@Suite("PlanStore: entities and lists")
struct PlanStoreEntitiesTests {
    @Test("add, update and read back each kind of entity")
    func addAndUpdate() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, event: StoreFixtures.event)
            try store.setVenue(StoreFixtures.venue)
            var organisation = StoreFixtures.organisation("org-1", "Hợp tác xã Ánh Dương", code: "9992000001")
            try store.addOrganisation(organisation)
            organisation.memberCount = 31
            try store.updateOrganisation(organisation)
            #expect(try store.organisation("org-1")?.memberCount == 31)
            try store.addProduct(Product(id: "sp-1", name: "Gạo thơm", owner: "org-1"))
            try store.updateProduct(Product(id: "sp-1", name: "Gạo thơm ST", owner: "org-1"))
            #expect(try store.product("sp-1")?.name == "Gạo thơm ST")
            try store.addPerson(Person(id: "ng-1", fullName: "Phạm Minh Khôi"))
            try store.addConnectionPoint(
                ConnectionPoint(
                    id: "dc-1", name: "Điểm cầu Cần Thơ", role: .main, province: ProvinceReference("Cần Thơ"),
                    host: "Liên minh HTX", chair: "ng-1", hallCapacity: 50))
            let attendance = Attendance(
                person: "ng-1", event: StoreFixtures.event.id, place: .onSite, role: .guest)
            try store.addAttendance(attendance)
            var moved = attendance
            moved.place = .connectionPoint("dc-1")
            try store.updateAttendance(moved)
            try store.addParty(
                StoreFixtures.party("p-1", "HTX Ánh Dương", organisation: "org-1"),
                requests: [StoreFixtures.request("p-1", booths: 2)])
            var session = Session(
                id: "s-1", title: "Khai mạc", kind: .opening, durationMinutes: 30, linkedPoints: ["dc-1"])
            try store.addSession(session)
            session.room = "phong-1"
            session.start = StoreFixtures.at(8)
            try store.updateSession(session)
            let plan = try store.loadPlan()
            #expect(plan.attendances == [moved])
            #expect(plan.sessions == [session])
            #expect(plan.boothRequests.map(\.boothsWanted) == [2])
            #expect(plan.connectionPoints.first?.chair == "ng-1")
        }
    }

    @Test("a duplicate identifier, a missing entity and a missing reference are refused")
    func refusals() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            #expect(throws: StoreError.duplicate(.organisation, id: "org-1")) {
                try store.addOrganisation(StoreFixtures.organisation("org-1", "Trùng"))
            }
            #expect(throws: StoreError.notFound(.person, id: "ng-9")) {
                try store.updatePerson(Person(id: "ng-9", fullName: "Không Có"))
            }
            #expect(
                throws: StoreError.missingReference(
                    .party, id: "p-9", refersTo: .organisation, referenceID: "org-9")
            ) {
                try store.addParty(StoreFixtures.party("p-9", "Không có", organisation: "org-9"))
            }
            #expect(
                throws: StoreError.missingReference(
                    .session, id: "s-9", refersTo: .person, referenceID: "ng-9")
            ) {
                try store.addSession(
                    Session(
                        id: "s-9", title: "Báo cáo", kind: .report, durationMinutes: 20,
                        participants: [SessionParticipant(person: "ng-9", role: .speaker)]))
            }
            // The party's request failed, so the party is not there either: one transaction.
            #expect(
                throws: StoreError.missingReference(
                    .boothRequest, id: "dk-p-8", refersTo: .product, referenceID: "sp-9")
            ) {
                try store.addParty(
                    StoreFixtures.party("p-8", "HTX Mới", organisation: "org-1"),
                    requests: [BoothRequest(id: "dk-p-8", party: "p-8", boothsWanted: 1, products: ["sp-9"])])
            }
            #expect(try store.party("p-8") == nil)
            #expect(try store.loadPlan() == StoreFixtures.smallFair())
        }
    }

    @Test("updating a party keeps its registration status")
    func updatePartyKeepsStatus() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            var party = try #require(try store.party("p-3"))
            party.name = "HTX Cái Răng (đổi tên)"
            party.registrationStatus = .placed
            try store.updateParty(party)
            let stored = try #require(try store.party("p-3"))
            #expect(stored.name == "HTX Cái Răng (đổi tên)")
            #expect(stored.registrationStatus == .waitlisted)
        }
    }

    @Test("lists come back in Vietnamese order")
    func listsInVietnameseOrder() throws {
        try StoreFixtures.withPlanPath { path in
            var plan = Plan(event: StoreFixtures.event)
            plan.organisations = [
                StoreFixtures.organisation("o-1", "Hợp tác xã Đồng Tâm"),
                StoreFixtures.organisation("o-2", "Hợp tác xã Dương Minh"),
                StoreFixtures.organisation("o-3", "Hợp tác xã Ân Phú"),
                StoreFixtures.organisation("o-4", "Hợp tác xã An Phú"),
            ]
            plan.products = [
                Product(id: "a", name: "Đường thốt nốt", owner: "o-1"),
                Product(id: "b", name: "Dừa sáp", owner: "o-1"),
                Product(id: "c", name: "Hạt điều", owner: "o-2"),
                Product(id: "d", name: "Hà thủ ô", owner: "o-2"),
            ]
            plan.people = [
                Person(id: "1", fullName: "Nguyễn Văn Bình"), Person(id: "2", fullName: "Trần Thị An"),
                Person(id: "3", fullName: "Lê Ánh"),
            ]
            let store = try PlanStore.create(at: path, plan: plan)
            #expect(
                try store.organisations().map(\.name) == [
                    "Hợp tác xã An Phú", "Hợp tác xã Ân Phú", "Hợp tác xã Dương Minh", "Hợp tác xã Đồng Tâm",
                ])
            #expect(
                try store.products().map(\.name) == ["Dừa sáp", "Đường thốt nốt", "Hà thủ ô", "Hạt điều"])
            #expect(try store.products(owner: "o-2").map(\.id) == ["d", "c"])
            #expect(try store.people().map(\.id) == ["2", "3", "1"])
        }
    }

    @Test("parties, booths, assignments and sessions are listed for reading")
    func otherLists() throws {
        try StoreFixtures.withPlanPath { path in
            var plan = StoreFixtures.smallFair()
            plan.sessions.append(
                Session(id: "tham-quan", title: "Tham quan gian hàng", kind: .siteVisit, durationMinutes: 60))
            plan.sessions.append(
                Session(
                    id: "bao-cao", title: "Báo cáo", kind: .report, durationMinutes: 30, room: "phong-1",
                    start: StoreFixtures.at(9)))
            let store = try PlanStore.create(at: path, plan: plan)
            #expect(try store.parties().map(\.id) == ["p-1", "p-2", "p-3", "p-4"])
            #expect(try store.parties(status: .waitlisted).map(\.id) == ["p-3", "p-4"])
            #expect(try store.booths().map(\.code) == ["A-01", "A-02", "A-03", "A-04", "A-05", "A-06"])
            #expect(try store.boothAssignments().map(\.booth) == ["A-01", "A-02", "A-05", "A-06"])
            #expect(try store.sessions().map(\.id) == ["khai-mac", "bao-cao", "tham-quan"])
        }
    }

    @Test("the venue cannot be replaced by one without the booths in use")
    func venueReplacement() throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            var smaller = StoreFixtures.venue
            smaller.booths = Array(smaller.booths.prefix(4))
            #expect(throws: StoreError.boothsInUse(["A-05", "A-06"])) { try store.setVenue(smaller) }
            #expect(try store.venue() == StoreFixtures.venue)
            var renamed = StoreFixtures.venue
            renamed.name = "Nhà thi đấu mới"
            try store.setVenue(renamed)
            #expect(try store.venue()?.name == "Nhà thi đấu mới")
            #expect(try store.boothAssignments().count == 4)
        }
    }
}
