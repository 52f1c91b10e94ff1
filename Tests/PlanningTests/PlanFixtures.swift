import Planning

/// Small plans the validation tests start from and break one rule at a time.
enum PlanFixtures {
    static func date(_ iso: String) -> CalendarDate {
        guard let date = CalendarDate(iso: iso) else { preconditionFailure("bad fixture date \(iso)") }
        return date
    }

    static func at(_ iso: String, _ hour: Int, _ minute: Int = 0) -> LocalDateTime {
        guard let time = TimeOfDay(hour: hour, minute: minute) else { preconditionFailure("bad time") }
        return LocalDateTime(date: date(iso), time: time)
    }

    static func range(_ iso: String, _ from: (Int, Int), _ to: (Int, Int)) -> TimeRange {
        guard let range = TimeRange(start: at(iso, from.0, from.1), end: at(iso, to.0, to.1)) else {
            preconditionFailure("bad range")
        }
        return range
    }

    static func event(kind: EventKind = .fair) -> Event {
        Event(
            id: "su-kien", name: "Hội chợ thử", kind: kind, organiser: "Liên minh HTX",
            province: ProvinceReference("Cần Thơ"),
            days: [
                EventDay(date: date("2026-12-16"), opens: TimeOfDay(hour: 8)!, closes: TimeOfDay(hour: 17)!),
                EventDay(date: date("2026-12-17"), opens: TimeOfDay(hour: 8)!, closes: TimeOfDay(hour: 17)!),
            ])
    }

    static func cooperative(
        _ id: String, name: String = "Hợp tác xã Nông nghiệp Tân Hòa", code: String? = "9992000001",
        province: String = "Cần Thơ", kind: OrganisationKind = .cooperative, members: Int? = 12
    ) -> Organisation {
        Organisation(
            id: Identifier(id), name: name, kind: kind,
            sector: kind == .peoplesCreditFund ? .credit : .agricultural,
            registrationCode: code, province: ProvinceReference(province),
            contacts: [Contact(name: "Trần Văn Bình", phone: "0901 000 001", email: "binh@example.com")],
            memberCount: members)
    }

    static func product(
        _ id: String, owner: String = "org-1", name: String = "Gạo thơm Tân Hòa", stars: Int = 4,
        decided: String = "2025-03-10", level: IssuingLevel? = nil, number: String = "1234/QĐ-UBND",
        classification: OCOPClassification? = .productSet(3)
    ) -> Product {
        Product(
            id: Identifier(id), name: name, owner: Identifier(owner), classification: classification,
            recognition: OCOPRecognition(
                stars: stars, decisionNumber: number, decisionDate: date(decided), issuingLevel: level,
                criteriaBasis: .decision148of2023))
    }

    /// A clean fair plan: one cooperative, one product, one alliance asking for two booths.
    static func fair() -> Plan {
        Plan(
            event: event(),
            organisations: [cooperative("org-1")],
            products: [product("sp-1")],
            parties: [
                ExhibitingParty(
                    id: "lm-can-tho", name: "Liên minh HTX thành phố Cần Thơ",
                    kind: .provincialAlliance(ProvinceReference("Cần Thơ")))
            ],
            boothRequests: [
                BoothRequest(
                    id: "dk-1", party: "lm-can-tho", boothsWanted: 2, sharingOrganisations: ["org-1"],
                    products: ["sp-1"])
            ])
    }

    /// A hall 30 m × 20 m with a row of four 3 m × 3 m booths facing south at the top and a row
    /// facing north across a 4 m aisle.
    static func venue() -> Venue {
        var booths: [Booth] = []
        for index in 0..<4 {
            booths.append(
                Booth(
                    code: "A-0\(index + 1)", hall: "A",
                    rect: Rect(x: Double(index) * 3, y: 0, width: 3, depth: 3),
                    front: .south, services: index == 0 ? [.water, .power] : [.power]))
            booths.append(
                Booth(
                    code: "B-0\(index + 1)", hall: "A",
                    rect: Rect(x: Double(index) * 3, y: 7, width: 3, depth: 3),
                    front: .north))
        }
        return Venue(
            id: "trung-tam", name: "Trung tâm thử",
            halls: [Hall(id: "A", name: "Nhà A", width: 30, depth: 20)],
            booths: booths,
            rooms: [
                Room(id: "hoi-truong", name: "Hội trường", capacity: 100, hasVideoLink: true),
                Room(id: "phong-nho", name: "Phòng nhỏ", capacity: 20),
            ])
    }

    /// A clean hybrid conference: a main point and one satellite, two sessions in order.
    static func conference() -> Plan {
        var plan = Plan(event: event(kind: .hybridConference), venue: venue())
        plan.people = [
            Person(id: "p-1", fullName: "Nguyễn Văn An", position: "Chủ tịch", phone: "0901000011"),
            Person(id: "p-2", fullName: "Lê Thị Hoa", position: "Phó Chủ tịch", phone: "0901000012"),
        ]
        plan.connectionPoints = [
            ConnectionPoint(
                id: "dc-chinh", name: "Điểm cầu Hà Nội", role: .main, province: ProvinceReference("Hà Nội"),
                host: "Liên minh HTX Việt Nam", chair: "p-1", hallCapacity: 100,
                technicalContact: Contact(name: "Đỗ Văn Hải", phone: "0901000021")),
            ConnectionPoint(
                id: "dc-can-tho", name: "Điểm cầu Cần Thơ", role: .satellite,
                province: ProvinceReference("Cần Thơ"),
                host: "Liên minh HTX Cần Thơ", chair: "p-2", hallCapacity: 40,
                technicalContact: Contact(name: "Võ Thị Lan", phone: "0901000022"),
                availability: [range("2026-12-16", (7, 0), (12, 0))]),
        ]
        plan.sessions = [
            Session(
                id: "khai-mac", title: "Khai mạc", kind: .opening, durationMinutes: 30,
                participants: [SessionParticipant(person: "p-1", role: .chair)], expectedAudience: 80,
                linkedPoints: ["dc-chinh", "dc-can-tho"], timing: .fixed(at("2026-12-16", 8)),
                order: [.first],
                room: "hoi-truong", start: at("2026-12-16", 8)),
            Session(
                id: "bao-cao", title: "Báo cáo", kind: .report, durationMinutes: 45,
                participants: [SessionParticipant(person: "p-2", role: .speaker)], expectedAudience: 80,
                linkedPoints: ["dc-chinh", "dc-can-tho"], order: [.after("khai-mac")], room: "hoi-truong",
                start: at("2026-12-16", 8, 30)),
        ]
        plan.attendances = [
            Attendance(person: "p-1", event: "su-kien", place: .connectionPoint("dc-chinh"), role: .chair),
            Attendance(person: "p-2", event: "su-kien", place: .connectionPoint("dc-can-tho"), role: .chair),
        ]
        return plan
    }

    static func codes(_ plan: Plan) -> [FindingCode] {
        PlanValidator().validate(plan).map(\.code)
    }
}
