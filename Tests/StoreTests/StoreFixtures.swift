import Foundation
import Planning
import Store

/// Plans, venues and temporary files the store tests share.
enum StoreFixtures {
    /// Runs `body` with a path for a new plan file in a fresh temporary folder, removed afterwards.
    static func withPlanPath<Value>(
        _ name: String = "hoi-cho.fairplan", _ body: (String) throws -> Value
    ) throws -> Value {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("fairplan-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder.appendingPathComponent(name).path)
    }

    /// A day of the test fair.
    static let day = CalendarDate(year: 2026, month: 12, day: 16)!

    /// A local time on the fair's first day.
    static func at(_ hour: Int, _ minute: Int = 0) -> LocalDateTime {
        LocalDateTime(date: day, time: TimeOfDay(hour: hour, minute: minute)!)
    }

    /// A small fair event.
    static let event = Event(
        id: "hoi-cho-thu", name: "Hội chợ thử nghiệm", kind: .fair, organiser: "Liên minh HTX tỉnh",
        province: ProvinceReference("Cần Thơ"),
        days: [EventDay(date: day, opens: TimeOfDay(hour: 8)!, closes: TimeOfDay(hour: 21)!)])

    /// A hall with one row of six standard booths A-01 … A-06 sharing walls; have
    /// water.
    static let venue = Venue(
        id: "nha-thi-dau", name: "Nhà thi đấu (thử)", province: ProvinceReference("Cần Thơ"),
        halls: [Hall(id: "A", name: "Nhà A", width: 30, depth: 12)],
        booths: (1...6).map { index in
            Booth(
                code: "A-0\(index)", hall: "A",
                rect: Rect(x: Double(index - 1) * 3, y: 0, width: 3, depth: 3),
                zone: "tinh", services: index >= 5 ? [.water] : [])
        },
        rooms: [Room(id: "phong-1", name: "Phòng họp 1", capacity: 40)])

    /// An organisation of Cần Thơ.
    static func organisation(_ id: String, _ name: String, code: String? = nil) -> Organisation {
        Organisation(
            id: Identifier(id), name: name, kind: .cooperative, sector: .agricultural,
            registrationCode: code, province: ProvinceReference("TP. Cần Thơ"),
            contacts: [Contact(name: "Lê Thị Thử", position: "Giám đốc", phone: "0912 000 111")],
            memberCount: 9)
    }

    /// A party of one organisation, registered at `hour` on the first day.
    static func party(
        _ id: String, _ name: String, organisation: String, hour: Int = 9, priority: Int = 0,
        status: RegistrationStatus = .pending
    ) -> ExhibitingParty {
        ExhibitingParty(
            id: Identifier(id), name: name, kind: .organisation(Identifier(organisation)),
            registeredAt: at(hour), priority: priority, registrationStatus: status)
    }

    /// A request of `booths` booths for a party.
    static func request(_ party: String, booths: Int, services: Set<BoothService> = []) -> BoothRequest {
        BoothRequest(
            id: Identifier("dk-\(party)"), party: Identifier(party), boothsWanted: booths,
            servicesNeeded: services)
    }

    /// A fair with the six-booth venue, four organisations with parties and requests, a product,
    /// people, a session and a booth plan for the first two parties.
    static func smallFair() -> Plan {
        var plan = Plan(event: event, venue: venue)
        plan.organisations = [
            organisation("org-1", "Hợp tác xã Ánh Dương", code: "9992000001"),
            organisation("org-2", "Hợp tác xã Bình An", code: "9992000002"),
            organisation("org-3", "Hợp tác xã Cái Răng", code: "9992000003"),
            organisation("org-4", "Hợp tác xã Đồng Xanh", code: "9992000004"),
        ]
        plan.products = [
            Product(
                id: "sp-1", name: "Bưởi da xanh", owner: "org-1", classification: .productSet(1),
                recognition: OCOPRecognition(
                    stars: 4, decisionNumber: "1234/QĐ-UBND",
                    decisionDate: CalendarDate(year: 2025, month: 3, day: 1)!,
                    issuingLevel: .province, criteriaBasis: .decision148of2023),
                needsColdChain: true)
        ]
        plan.people = [
            Person(
                id: "ng-1", honorific: .mrs, fullName: "Trần Thị Hạ", position: "Giám đốc",
                organisation: "org-1"),
            Person(id: "ng-2", honorific: .mr, fullName: "Nguyễn Văn An", position: "Chủ tịch HĐQT"),
        ]
        plan.attendances = [Attendance(person: "ng-1", event: event.id, place: .onSite, role: .delegate)]
        plan.parties = [
            party("p-1", "HTX Ánh Dương", organisation: "org-1", hour: 8, status: .placed),
            party("p-2", "HTX Bình An", organisation: "org-2", hour: 9, status: .placed),
            party("p-3", "HTX Cái Răng", organisation: "org-3", hour: 10, status: .waitlisted),
            party("p-4", "HTX Đồng Xanh", organisation: "org-4", hour: 11, priority: 1, status: .waitlisted),
        ]
        plan.boothRequests = [
            BoothRequest(
                id: "dk-p-1", party: "p-1", boothsWanted: 2, sharingOrganisations: ["org-1"],
                products: ["sp-1"],
                servicesNeeded: [.water], notes: "Cần nước"),
            request("p-2", booths: 2), request("p-3", booths: 2), request("p-4", booths: 3),
        ]
        plan.boothAssignments = [
            BoothAssignment(booth: "A-05", party: "p-1"), BoothAssignment(booth: "A-06", party: "p-1"),
            BoothAssignment(booth: "A-01", party: "p-2", state: .held, pinned: true),
            BoothAssignment(booth: "A-02", party: "p-2"),
        ]
        plan.sessions = [
            Session(
                id: "khai-mac", title: "Khai mạc hội chợ", kind: .opening, durationMinutes: 30,
                participants: [SessionParticipant(person: "ng-2", role: .chair)], expectedAudience: 30,
                timing: .fixed(at(8)), order: [.first], room: "phong-1", start: at(8))
        ]
        return plan
    }
}
