public import Planning
public import Sheets

extension HandMadePlanReader {
    /// Reads a programme: each row names a session (by title or identifier), its day, start time and
    /// room; sessions the sheet does not place come back unscheduled.
    public static func programme(from workbook: ReadWorkbook, plan: Plan) -> Programme {
        guard let (sheet, header, columns) = locate(workbook, [sessionKeys, dayKeys, startKeys, roomKeys])
        else {
            return Programme(
                sessions: plan.sessions,
                problems: [
                    SheetProblem(
                        .error, file: workbook.fileName,
                        message: "Không thấy trang nào có đủ cột «Nội dung», «Ngày», «Bắt đầu» và «Phòng».")
                ])
        }
        var sessions = plan.sessions.map { session -> Session in
            var unscheduled = session
            unscheduled.start = nil
            unscheduled.room = nil
            return unscheduled
        }
        // Titles repeat ("Tham luận của điểm cầu thành phần"): rows take such sessions in order.
        var byTitle = Dictionary(grouping: sessions.indices) { VietnameseText.searchKey(sessions[$0].title) }
        let byID = Dictionary(sessions.indices.map { (sessions[$0].id.rawValue, $0) }) { first, _ in first }
        let rooms = plan.venue?.rooms ?? []
        var problems: [SheetProblem] = []
        for index in sheet.rows.indices where index > header {
            func problem(_ column: Int, _ message: String) {
                problems.append(
                    SheetProblem(
                        .error, file: workbook.fileName, sheet: sheet.name, row: sheet.rowNumbers[index],
                        column: columns[column] + 1,
                        header: sheet.cell(row: header, column: columns[column]).plainText,
                        message: message))
            }
            let title = sheet.cell(row: index, column: columns[0]).plainText.trimmedCell
            guard !title.isEmpty else { continue }
            let key = VietnameseText.searchKey(title)
            let position = byID[title] ?? byTitle[key]?.first
            if let position, byTitle[key]?.first == position { byTitle[key]?.removeFirst() }
            guard let position else {
                problem(0, "Không có phiên «\(title)» trong kế hoạch.")
                continue
            }
            let dayCell = sheet.cell(row: index, column: columns[1])
            let startCell = sheet.cell(row: index, column: columns[2])
            let roomText = sheet.cell(row: index, column: columns[3]).plainText.trimmedCell
            if dayCell == .empty && startCell == .empty && roomText.isEmpty { continue }
            // "Chưa xếp" (not scheduled), as the exported programme writes it: left unscheduled.
            if VietnameseText.searchKey(dayCell.plainText).hasPrefix("chua") { continue }
            guard let day = date(dayCell) ?? date(startCell) else {
                problem(1, "Ngày «\(dayCell.plainText)» không đọc được (dd/mm/yyyy).")
                continue
            }
            guard let time = time(startCell) else {
                problem(2, "Giờ bắt đầu «\(startCell.plainText)» không đọc được (hh:mm).")
                continue
            }
            let room =
                rooms.first { $0.id == roomText }
                ?? rooms.first { VietnameseText.searchKey($0.name) == VietnameseText.searchKey(roomText) }
            if room == nil && !roomText.isEmpty {
                problem(3, "Không có phòng «\(roomText)» ở địa điểm.")
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
