import Planning
import Sheets

extension PlanLists {
    /// Danh sách đại biểu: STT | Họ và tên | Chức vụ | Đơn vị | Tỉnh/TP | Điểm cầu | Vai trò.
    ///
    /// A person on site attends at the main connection point when the plan has one (its name is
    /// shown, as the summary counts them there); otherwise «Trực tiếp». With ``connectionPoint``
    /// set, only the people attending there are listed.
    func attendees(in language: Language) -> Sheet {
        let points = Dictionary(plan.connectionPoints.map { ($0.id, $0) }) { first, _ in first }
        let main = plan.mainConnectionPoint
        let (source, event, order, only) = (source, plan.event.id, attendeeOrder, connectionPoint)
        let failure = RowsFailure()
        let pointOf: @Sendable (AttendeeEntry) -> Identifier<ConnectionPoint>? = { entry in
            switch entry.attendance.place {
            case .connectionPoint(let id): id
            case .onSite: main
            }
        }
        let open: @Sendable (Bool) throws -> ListRowCursor<AttendeeEntry> = {
            let all = try source.attendees(of: event, order: order, sorted: $0)
            guard let only else { return all }
            return ListRowCursor {
                while let entry = try all.next() {
                    if pointOf(entry) == only { return entry }
                }
                return nil
            }
        }
        let row: @Sendable (AttendeeEntry) -> [CellValue] = { entry in
            let person = entry.person
            let point = pointOf(entry)
            let place =
                point.map { points[$0]?.name ?? $0.rawValue } ?? InterchangeMessage.onSite.text(language)
            return [
                .text(person.displayName(language)), person.position.cell,
                (person.unit ?? entry.organisationName).cell,
                (person.province?.officialName).cell, .text(place),
                .text(entry.attendance.role.name(language)),
            ]
        }
        var sheet = Sheet(
            name: ListKind.attendees.sheetName(in: language),
            columns: Self.columns(
                [
                    (.number, 1.2), (.fullName, 5.5), (.position, 6), (.unit, 6.5), (.province, 3.5),
                    (.connectionPoint, 5), (.role, 3),
                ], in: language),
            title: title(.attendees, in: language), autoFilter: true,
            rows: Self.streamed(failure, sorted: true, open: open, row: row),
            rowsFailure: { failure.failure })
        sheet.measuringRows = Self.streamed(failure, sorted: false, open: open, row: row)
        return sheet
    }
}
