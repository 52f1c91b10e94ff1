import Planning
import Testing

@Suite("ProgrammeChanges")
struct ProgrammeChangesTests {
    static func at(_ hour: Int, _ minute: Int = 0) -> LocalDateTime {
        LocalDateTime(
            date: CalendarDate(year: 2026, month: 12, day: 4)!, time: TimeOfDay(hour: hour, minute: minute)!)
    }

    static func session(
        _ id: String, _ title: String, _ start: LocalDateTime?, room: String? = "hoi-truong",
        minutes: Int = 30,
        points: [Identifier<ConnectionPoint>] = []
    ) -> Session {
        Session(
            id: Identifier(id), title: title, kind: .report, durationMinutes: minutes, linkedPoints: points,
            room: room, start: start)
    }

    static let rooms = ["hoi-truong": "Hội trường lớn", "phong-2": "Phòng họp 2"]
    static let old = ProgrammeSnapshot(
        sessions: [
            session("khai-mac", "Khai mạc", at(8), points: ["dc-ha-noi", "dc-son-la"]),
            session("bao-cao", "Báo cáo kết quả", at(8, 30), points: ["dc-ha-noi"]),
            session("tham-luan", "Tham luận", at(9)),
            session("be-mac", "Bế mạc", at(10)),
        ], roomNames: rooms)
    static let new = ProgrammeSnapshot(
        sessions: [
            session("khai-mac", "Khai mạc", at(8), points: ["dc-ha-noi", "dc-son-la"]),
            session("bao-cao", "Báo cáo kết quả", at(8, 30), room: "phong-2", points: ["dc-ha-noi"]),
            session("tham-luan", "Tham luận", at(9), minutes: 45),
            session("be-mac", "Bế mạc", at(10, 15), points: ["dc-son-la"]),
            session("giai-lao", "Giải lao", nil, room: nil),
        ], roomNames: rooms)

    @Test("sessions moved in time or room, added and removed, by start")
    func changes() {
        let changes = ProgrammeChanges(from: Self.old, to: Self.new)
        #expect(changes.moved.map(\.to.session) == ["bao-cao", "tham-luan", "be-mac"])
        #expect(changes.moved[0].roomChanged && !changes.moved[0].timeChanged)
        #expect(changes.moved[1].timeChanged)
        #expect(changes.added.map(\.session) == ["giai-lao"])
        #expect(changes.removed.isEmpty)
        let reverse = ProgrammeChanges(from: Self.new, to: Self.old)
        #expect(reverse.removed.map(\.session) == ["giai-lao"] && reverse.added.isEmpty)
    }

    @Test("the change log names times and rooms", arguments: Language.allCases)
    func rendered(language: Language) throws {
        let text = ProgrammeChanges(from: Self.old, to: Self.new, fromVersion: 2).rendered(in: language)
        func line(_ message: PlanningMessage) -> String { message.text(language) }
        func span(_ start: (Int, Int), _ end: (Int, Int)) throws -> TimeRange {
            try #require(TimeRange(start: Self.at(start.0, start.1), end: Self.at(end.0, end.1)))
        }
        let big = "Hội trường lớn"
        let moves = [
            ("Báo cáo kết quả", try span((8, 30), (9, 0)), big, try span((8, 30), (9, 0)), "Phòng họp 2"),
            ("Tham luận", try span((9, 0), (9, 30)), big, try span((9, 0), (9, 45)), big),
            ("Bế mạc", try span((10, 0), (10, 30)), big, try span((10, 15), (10, 45)), big),
        ].map { title, before, beforeRoom, after, afterRoom in
            "  • \(title): \(line(.programmeSlot(time: before, room: beforeRoom))) → "
                + line(.programmeSlot(time: after, room: afterRoom))
        }
        #expect(
            text.split(separator: "\n").map(String.init)
                == [line(.changeLogHeading(.programme, from: 2, to: nil)), line(.sessionsMoved(count: 3))]
                + moves
                + [
                    line(.sessionsRelinked(count: 1)),
                    "  • Bế mạc (\(line(.programmeSlot(time: try span((10, 15), (10, 45)), room: big)))): "
                        + line(.pointsLinked(["dc-son-la"])),
                    line(.sessionsAdded(count: 1)),
                    "  • Giải lao: \(line(.programmeSlot(time: nil, room: nil)))",
                ])
        #expect(moves[0].contains("08:30–09:00 04/12/2026"))
    }

    @Test("a connection point gets only the sessions linked to it")
    func concerning() {
        let sonLa = ProgrammeChanges(from: Self.old, to: Self.new).concerning("dc-son-la")
        #expect(sonLa.moved.map(\.to.session) == ["be-mac"])
        #expect(sonLa.added.isEmpty)
        #expect(!sonLa.isEmpty)
    }

    @Test("points linked and unlinked are listed by the names they were published with")
    func relinked() throws {
        let sonLa = ConnectionPoint(
            id: "dc-son-la", name: "Điểm cầu Sơn La", role: .satellite, province: ProvinceReference("Sơn La"),
            host: "UBND tỉnh Sơn La", hallCapacity: 80)
        var old = Self.old
        old.connectionPoints = [sonLa]
        let changes = ProgrammeChanges(from: old, to: Self.new)
        let beMac = try #require(
            changes.concerning("dc-son-la").relinked.first { $0.entry.session == "be-mac" })
        #expect(beMac.linked == ["dc-son-la"] && beMac.linkedNames == ["Điểm cầu Sơn La"])
        #expect(changes.relinked.count == 1 && changes.concerning("dc-ha-noi").relinked.isEmpty)
        let back = ProgrammeChanges(from: old, to: ProgrammeSnapshot(sessions: [], roomNames: Self.rooms))
        #expect(back.relinked.isEmpty && back.removed.count == 4)
        let unlinked = ProgrammeChanges(
            from: old,
            to: ProgrammeSnapshot(
                sessions: [Self.session("khai-mac", "Khai mạc", Self.at(8), points: ["dc-ha-noi"])],
                roomNames: Self.rooms))
        #expect(unlinked.relinked.map(\.unlinkedNames) == [["Điểm cầu Sơn La"]])
        #expect(
            unlinked.rendered(in: .vietnamese).contains(
                "Khai mạc (08:00–08:30 04/12/2026, Hội trường lớn): bỏ kết nối với «Điểm cầu Sơn La»"))
    }
}
