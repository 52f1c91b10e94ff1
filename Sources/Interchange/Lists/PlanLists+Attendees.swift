import Planning
import Sheets

extension PlanLists {
    /// Danh sách đại biểu: STT | Họ và tên | Chức vụ | Đơn vị | Tỉnh/TP | Điểm cầu | Vai trò.
    ///
    /// A person on site attends at the main connection point when the plan has one (its name is
    /// shown, as the summary counts them there); otherwise «Trực tiếp».
    func attendees(in language: Language) -> Sheet {
        let people = Dictionary(plan.people.map { ($0.id, $0) }) { first, _ in first }
        let points = Dictionary(plan.connectionPoints.map { ($0.id, $0) }) { first, _ in first }
        let attending = plan.attendances.filter { $0.event == plan.event.id }.compactMap { attendance in
            people[attendance.person].map { (person: $0, attendance: attendance) }
        }
        let sorted = attending.sortedAsPeopleList(protocolOrder: attendeeOrder == .protocol) { $0.person }
        let rows: [[CellValue]] = sorted.map { entry in
            let person = entry.person
            let unit = person.unit ?? person.organisation.flatMap { lookup.organisation($0)?.name }
            let place =
                plan.connectionPoint(of: entry.attendance.place).map { points[$0]?.name ?? $0.rawValue }
                ?? InterchangeMessage.onSite.text(language)
            return [
                .text(person.displayName(language)), person.position.cell, unit.cell,
                (person.province?.officialName).cell, .text(place),
                .text(entry.attendance.role.name(language)),
            ]
        }
        return Sheet(
            name: ListKind.attendees.sheetName(in: language),
            columns: Self.columns(
                [
                    (.number, 1.2), (.fullName, 5.5), (.position, 6), (.unit, 6.5), (.province, 3.5),
                    (.connectionPoint, 5), (.role, 3),
                ], in: language),
            title: title(.attendees, in: language), autoFilter: true, rows: Self.numbered(rows))
    }
}
