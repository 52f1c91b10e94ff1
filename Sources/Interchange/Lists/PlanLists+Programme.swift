import Planning
import Sheets

extension PlanLists {
    /// Chương trình: STT | Ngày | Bắt đầu | Kết thúc | Nội dung | Loại | Phòng | Chủ trì, trình bày |
    /// Điểm cầu nối; in time order, unscheduled sessions last.
    func programme(in language: Language) -> Sheet {
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
                let name = people[participant.person]?.displayName(language) ?? participant.person.rawValue
                return "\(participant.role.name(language)): \(name)"
            }
            let linked = session.linkedPoints.map { points[$0] ?? $0.rawValue }
            return [
                range?.start.date.cell ?? .text(InterchangeMessage.notScheduled.text(language)),
                range.map { .duration(seconds: $0.start.time.minutesSinceMidnight * 60) } ?? .empty,
                range.map { .duration(seconds: $0.end.time.minutesSinceMidnight * 60) } ?? .empty,
                .text(session.title), .text(session.kind.name(language)),
                session.room.map { .text(rooms[$0] ?? $0) } ?? .empty,
                .text(participants.joined(separator: "\n")),
                .text(linked.joined(separator: "\n")),
            ]
        }
        return Sheet(
            name: ListKind.programme.sheetName(in: language),
            columns: Self.columns(
                [
                    (.number, 1.2), (.day, 2.6), (.start, 2), (.end, 2), (.content, 8), (.kind, 3.5),
                    (.room, 3.5),
                    (.chairsAndSpeakers, 6), (.linkedPoints, 5),
                ], in: language),
            title: title(.programme, in: language), rows: Self.numbered(rows))
    }
}
