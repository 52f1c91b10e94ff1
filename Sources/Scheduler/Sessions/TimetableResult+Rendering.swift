import Planning

extension TimetableResult {
    /// A readable Vietnamese account for `--explain`: the timetable by day, the link tests, the
    /// score by component and every unplaced session with its reasons.
    public func rendered() -> String {
        let total = timetable.count + unplaced.count
        var lines = ["Lịch phiên (hạt giống \(seed)): đã xếp \(timetable.count)/\(total) phiên."]
        var day: CalendarDate?
        for entry in timetable {
            if entry.start.date != day {
                day = entry.start.date
                lines.append("")
                lines.append("Ngày \(entry.start.date.vietnamese)")
            }
            let linked = entry.linkedPoints.isEmpty ? "" : " — nối \(entry.linkedPoints.count) điểm cầu"
            lines.append(
                "  \(entry.start.time)–\(entry.end.time)  \(entry.roomName): \(entry.title)\(linked)")
        }
        if !linkTests.isEmpty {
            lines.append("")
            lines.append("Thử đường truyền:")
            for test in linkTests {
                let span =
                    TimeRange(start: test.start, end: test.end).map(\.description) ?? test.end.description
                let title = timetable.first { $0.session == test.session }?.title ?? test.session.rawValue
                lines.append("  \(test.pointName): \(span) (trước phiên «\(title)»)")
            }
        }
        lines.append("")
        lines.append("Điểm phạt: \(score.total) (càng thấp càng tốt)")
        for component in score.components {
            lines.append(
                "  - \(component.label): \(component.value) × \(component.weight) = \(component.penalty)")
        }
        if !unplaced.isEmpty {
            lines.append("")
            lines.append("Phiên chưa xếp được:")
            for session in unplaced {
                lines.append("  «\(session.title)»")
                for reason in session.reasons { lines.append("    • \(reason.message)") }
            }
        }
        if stoppedByTime {
            lines.append("")
            lines.append("(Dừng tìm kiếm vì hết thời gian sau \(iterations) bước.)")
        }
        return lines.joined(separator: "\n")
    }
}
