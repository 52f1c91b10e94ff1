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

    @Test("the change log names times and rooms")
    func rendered() {
        let text = ProgrammeChanges(from: Self.old, to: Self.new, fromVersion: 2).rendered()
        #expect(
            text == """
                Chương trình: thay đổi từ phiên bản 2 đến bản hiện tại (chưa công bố)
                Nội dung đổi giờ hoặc phòng (3):
                  • Báo cáo kết quả: 08:30–09:00 04/12/2026, Hội trường lớn → 08:30–09:00 04/12/2026, Phòng họp 2
                  • Tham luận: 09:00–09:30 04/12/2026, Hội trường lớn → 09:00–09:45 04/12/2026, Hội trường lớn
                  • Bế mạc: 10:00–10:30 04/12/2026, Hội trường lớn → 10:15–10:45 04/12/2026, Hội trường lớn
                Nội dung mới (1):
                  • Giải lao: chưa xếp giờ, chưa xếp phòng
                """)
    }

    @Test("a connection point gets only the sessions linked to it")
    func concerning() {
        let sonLa = ProgrammeChanges(from: Self.old, to: Self.new).concerning("dc-son-la")
        #expect(sonLa.moved.map(\.to.session) == ["be-mac"])
        #expect(sonLa.added.isEmpty)
        let wrapped = PlanChanges.programme(sonLa)
        #expect(wrapped.kind == .programme && !wrapped.isEmpty && wrapped.rendered() == sonLa.rendered())
    }
}
