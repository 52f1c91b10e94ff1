import Planning
import Sheets

extension PlanLists {
    /// Chương trình: STT | Ngày | Bắt đầu | Kết thúc | Nội dung | Loại | Phòng | Chủ trì, trình bày |
    /// Điểm cầu nối; in time order, unscheduled sessions last.
    func programme() -> Sheet {
        let rooms = Dictionary((plan.venue?.rooms ?? []).map { ($0.id, $0.name) }) { first, _ in first }
        let points = Dictionary(plan.connectionPoints.map { ($0.id, $0.name) }) { first, _ in first }
        let people = Dictionary(plan.people.map { ($0.id, $0) }) { first, _ in first }
        let sorted = plan.sessions.sorted { lhs, rhs in
            switch (lhs.start, rhs.start) {
            case (let a?, let b?): (a, lhs.id) < (b, rhs.id)
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): lhs.id < rhs.id
            }
        }
        let rows: [[CellValue]] = sorted.map { session in
            let range = session.scheduledRange
            let participants = session.participants.map { participant in
                let name = people[participant.person]?.displayName ?? participant.person.rawValue
                return "\(participant.role.vietnameseName): \(name)"
            }
            let linked = session.linkedPoints.map { points[$0] ?? $0.rawValue }
            return [
                range?.start.date.cell ?? .text("Chưa xếp"),
                range.map { .duration(seconds: $0.start.time.minutesSinceMidnight * 60) } ?? .empty,
                range.map { .duration(seconds: $0.end.time.minutesSinceMidnight * 60) } ?? .empty,
                .text(session.title), .text(session.kind.vietnameseName),
                session.room.map { .text(rooms[$0] ?? $0) } ?? .empty,
                .text(participants.joined(separator: "\n")),
                .text(linked.joined(separator: "\n")),
            ]
        }
        return Sheet(
            name: ListKind.programme.sheetName,
            columns: [
                Column("STT", widthCentimetres: 1.2), Column("Ngày", widthCentimetres: 2.6),
                Column("Bắt đầu", widthCentimetres: 2), Column("Kết thúc", widthCentimetres: 2),
                Column("Nội dung", widthCentimetres: 8), Column("Loại", widthCentimetres: 3.5),
                Column("Phòng", widthCentimetres: 3.5), Column("Chủ trì, trình bày", widthCentimetres: 6),
                Column("Điểm cầu nối", widthCentimetres: 5),
            ],
            title: title(.programme), rows: Self.numbered(rows))
    }
}
