/// Builds the sample hybrid briefing: a main connection point in Hà Nội and 9 satellites.
struct BriefingSampleBuilder {
    static let satellites = [
        "An Giang", "Cà Mau", "Cần Thơ", "Đồng Tháp", "Vĩnh Long", "Tây Ninh", "Lào Cai", "Sơn La", "Đà Nẵng",
    ]

    func build() -> Plan {
        guard let day = CalendarDate(year: 2026, month: 12, day: 4), let opens = TimeOfDay(hour: 7),
            let closes = TimeOfDay(hour: 12)
        else { preconditionFailure("sample calendar constants are valid") }
        let event = Event(
            id: SampleData.briefingID,
            name: "Hội nghị trực tuyến triển khai Hội chợ HTX toàn quốc 2026 (dữ liệu mẫu)",
            kind: .hybridConference, organiser: "Liên minh Hợp tác xã Việt Nam",
            province: ProvinceReference("Hà Nội"),
            days: [EventDay(date: day, opens: opens, closes: closes)])
        var plan = Plan(event: event)
        plan.venue = Venue(
            id: "tru-so-lien-minh", name: "Trụ sở Liên minh HTX Việt Nam (mẫu)",
            province: ProvinceReference("Hà Nội"),
            rooms: [
                Room(id: "hoi-truong", name: "Hội trường lớn", capacity: 150, hasVideoLink: true, floor: 2),
                Room(id: "phong-1", name: "Phòng họp 1", capacity: 30, layout: .boardroom, floor: 3),
                Room(
                    id: "phong-2", name: "Phòng họp 2", capacity: 40, layout: .uShape, hasVideoLink: true,
                    floor: 3),
            ])
        let sites = ["Hà Nội"] + Self.satellites
        var personIndex = 400
        func addPerson(_ position: String, province: String, place: Attendance.Place, role: Attendance.Role)
            -> Identifier<Person>
        {
            personIndex += 1
            let generated = SampleNames.person(personIndex)
            let id = Identifier<Person>("db-\(personIndex)")
            plan.people.append(
                Person(
                    id: id, honorific: generated.honorific, fullName: generated.name, position: position,
                    unit: "Liên minh HTX \(province)", province: ProvinceReference(province),
                    phone: SampleNames.phone(personIndex), email: "daibieu\(personIndex)@example.com"))
            plan.attendances.append(Attendance(person: id, event: event.id, place: place, role: role))
            return id
        }
        for (index, site) in sites.enumerated() {
            let pointID = Identifier<ConnectionPoint>(
                "dc-\(VietnameseText.searchKey(site).replacingSpaces(with: "-"))")
            let place = Attendance.Place.connectionPoint(pointID)
            let chair = addPerson(
                index == 0 ? "Chủ tịch Liên minh HTX Việt Nam" : "Chủ tịch Liên minh HTX", province: site,
                place: place, role: .chair)
            for delegate in 0..<(index == 0 ? 12 : 5 + index % 3) {
                _ = addPerson(
                    delegate == 0 ? "Phó Chủ tịch" : "Chuyên viên", province: site, place: place,
                    role: .delegate)
            }
            // Sơn La's hall is free only from 07:30: too late for a 60-minute link test before 08:00.
            let from = index == 8 ? TimeOfDay(hour: 7, minute: 30) : TimeOfDay(hour: 6, minute: 30)
            let availability = from.flatMap { from in
                TimeRange(
                    start: LocalDateTime(date: day, time: from), end: LocalDateTime(date: day, time: closes))
            }
            plan.connectionPoints.append(
                ConnectionPoint(
                    id: pointID, name: "Điểm cầu \(site)", role: index == 0 ? .main : .satellite,
                    province: ProvinceReference(site), host: "Liên minh HTX \(site)", chair: chair,
                    hallCapacity: index == 0 ? 150 : 40 + 10 * (index % 4),
                    technicalContact: Contact(
                        name: SampleNames.person(600 + index).name, position: "Kỹ thuật viên",
                        phone: SampleNames.phone(600 + index)),
                    availability: availability.map { [$0] } ?? []))
        }
        let allPoints = plan.connectionPoints.map(\.id)
        let leader = plan.people[0].id
        let speakers = plan.connectionPoints.dropFirst().prefix(3).compactMap(\.chair)
        var minute = 8 * 60
        func slot(
            _ id: String, _ title: String, _ kind: AgendaKind, _ minutes: Int, people: [SessionParticipant],
            linked: Bool = true, order: [OrderConstraint] = []
        ) {
            let start = TimeOfDay(minutesSinceMidnight: minute).map { LocalDateTime(date: day, time: $0) }
            plan.sessions.append(
                Session(
                    id: Identifier(id), title: title, kind: kind, durationMinutes: minutes,
                    participants: people,
                    expectedAudience: 80, linkedPoints: linked ? allPoints : [],
                    timing: kind == .opening ? start.map(SessionTiming.fixed) ?? .free : .free, order: order,
                    room: "hoi-truong", start: start))
            minute += minutes
        }
        slot(
            "khai-mac", "Khai mạc, giới thiệu đại biểu", .opening, 15,
            people: [.init(person: leader, role: .chair)], order: [.first])
        slot(
            "bao-cao", "Báo cáo kết quả đăng ký tham gia hội chợ", .report, 30,
            people: [.init(person: plan.people[1].id, role: .speaker)])
        for (number, speaker) in speakers.enumerated() {
            slot(
                "tham-luan-\(number + 1)", "Tham luận của điểm cầu thành phần", .contribution, 15,
                people: [.init(person: speaker, role: .speaker)])
        }
        slot("giai-lao", "Giải lao", .break, 15, people: [], linked: false, order: [.after("bao-cao")])
        slot(
            "trien-khai", "Triển khai kế hoạch tổ chức hội chợ", .report, 30,
            people: [.init(person: plan.people[2].id, role: .speaker)])
        slot(
            "chi-dao", "Phát biểu chỉ đạo", .directiveSpeech, 20,
            people: [.init(person: leader, role: .speaker)])
        slot("be-mac", "Bế mạc", .closing, 10, people: [.init(person: leader, role: .chair)], order: [.last])
        return plan
    }
}
