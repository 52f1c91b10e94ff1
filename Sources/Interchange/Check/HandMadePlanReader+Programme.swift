public import Planning
public import Sheets

extension HandMadePlanReader {
    /// Reads a programme: each row names a session (by identifier or title), its day, start time and
    /// room (by identifier or name); sessions the sheet does not place come back unscheduled.
    ///
    /// Sessions sharing one title are taken by the rows naming it in the plan's order.
    public static func programme(from workbook: ReadWorkbook, plan: Plan) -> Programme {
        guard let (sheet, header, columns) = locate(workbook, [sessionKeys, dayKeys, startKeys, roomKeys])
        else {
            return Programme(
                sessions: plan.sessions,
                problems: [
                    SheetProblem(.error, file: workbook.fileName, message: .programmeColumnsMissing)
                ])
        }
        var sessions = plan.sessions.map { session -> Session in
            var unscheduled = session
            unscheduled.start = nil
            unscheduled.room = nil
            return unscheduled
        }
        let positions = Dictionary(sessions.indices.map { (sessions[$0].id, $0) }) { first, _ in first }
        let sessionNames = PlanResolver.sessionIndex(sessions)
        let rooms = PlanResolver.roomIndex(plan.venue?.rooms ?? [])
        var taken: Set<Identifier<Session>> = []
        var problems: [SheetProblem] = []
        for index in sheet.rows.indices where index > header {
            func problem(_ column: Int, _ message: InterchangeMessage) {
                problems.append(
                    SheetProblem(
                        .error, file: workbook.fileName, sheet: sheet.name, row: sheet.rowNumbers[index],
                        column: columns[column] + 1,
                        header: sheet.cell(row: header, column: columns[column]).plainText,
                        message: message))
            }
            let title = sheet.cell(row: index, column: columns[0]).plainText.trimmedCell
            guard !title.isEmpty else { continue }
            let session: Session
            switch sessionNames.resolve(title) {
            case .found(let found):
                session = found
            case .ambiguous(let candidates):
                // Titles repeat («Tham luận của điểm cầu thành phần»): rows take such sessions in order.
                guard let next = nextOfRepeatedTitle(candidates, taken: taken) else {
                    problem(
                        0,
                        .sessionAmbiguous(
                            written: title, candidates: candidates.map { PlanResolver.label($0) }))
                    continue
                }
                session = next
            case .notFound(let suggestions):
                problem(0, .sessionNotInPlan(title, suggestions: suggestions.map { PlanResolver.label($0) }))
                continue
            }
            taken.insert(session.id)
            guard let position = positions[session.id] else { continue }
            let dayCell = sheet.cell(row: index, column: columns[1])
            let startCell = sheet.cell(row: index, column: columns[2])
            let roomText = sheet.cell(row: index, column: columns[3]).plainText.trimmedCell
            if dayCell == .empty && startCell == .empty && roomText.isEmpty { continue }
            // "Chưa xếp" (not scheduled), as the exported programme writes it: left unscheduled.
            if isUnplacedMark(dayCell.plainText) { continue }
            guard let day = date(dayCell) ?? date(startCell) else {
                problem(1, .unreadableDay(dayCell.plainText))
                continue
            }
            guard let time = time(startCell) else {
                problem(2, .unreadableStartTime(startCell.plainText))
                continue
            }
            var room: Room?
            if !roomText.isEmpty {
                switch rooms.resolve(roomText) {
                case .found(let found):
                    room = found
                case .ambiguous(let candidates):
                    problem(
                        3,
                        .roomAmbiguous(
                            written: roomText, candidates: candidates.map { PlanResolver.label($0) }))
                case .notFound(let suggestions):
                    problem(
                        3, .roomNotInVenue(roomText, suggestions: suggestions.map { PlanResolver.label($0) }))
                }
            }
            sessions[position].start = LocalDateTime(date: day, time: time)
            sessions[position].room = room?.id
        }
        return Programme(sessions: sessions, problems: problems)
    }

    /// A day from a date cell, a date-time cell or `dd/mm/yyyy` / ISO text.
    static func date(_ cell: CellValue) -> CalendarDate? {
        switch cell {
        case .date(let day), .dateTime(let day, _, _, _, _):
            return CalendarDate(year: day.year, month: day.month, day: day.day)
        case .text(let text):
            let head = text.trimmedCell.split(separator: " ").first.map(String.init) ?? ""
            return CalendarDate(vietnamese: head) ?? CalendarDate(iso: head)
        default:
            return nil
        }
    }

    /// A time of day from a time cell, a date-time cell, or text such as `08:00`, `8:00` or `8h00`.
    static func time(_ cell: CellValue) -> TimeOfDay? {
        switch cell {
        case .duration(let seconds):
            return TimeOfDay(minutesSinceMidnight: seconds / 60)
        case .dateTime(_, let hour, let minute, _, _):
            return TimeOfDay(minutesSinceMidnight: hour * 60 + minute)
        case .decimal(let fraction) where fraction >= 0 && fraction < 1:
            return TimeOfDay(minutesSinceMidnight: Int((fraction * 24 * 60).rounded()))
        default:
            let text = cell.plainText.trimmedCell.lowercased()
            let clock = text.split(separator: " ").last.map(String.init) ?? text
            let parts = clock.split(whereSeparator: { $0 == ":" || $0 == "h" || $0 == "g" }).map(String.init)
            guard (1...3).contains(parts.count), let hour = Int(parts[0]) else { return nil }
            let minute = parts.count > 1 ? Int(parts[1]) : 0
            guard let minute, (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
            return TimeOfDay(minutesSinceMidnight: hour * 60 + minute)
        }
    }
}
