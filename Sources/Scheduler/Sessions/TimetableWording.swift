import Planning

/// The Vietnamese messages of timetable issues, shared by the checker and the solver's
/// explanations so that both say the same thing the same way.
struct TimetableWording {
    /// Whether the event has several days (times then carry their date).
    let multiDay: Bool

    /// A time as organisers read it: `08:00`, or `08:00 04/12/2026` for a multi-day event.
    func time(_ moment: LocalDateTime) -> String {
        multiDay ? moment.description : moment.time.description
    }

    /// A span as organisers read it.
    func span(_ range: TimeRange) -> String {
        multiDay ? range.description : "\(range.start.time)–\(range.end.time)"
    }

    func title(_ session: Session) -> String { "«\(session.title)»" }

    func notScheduled(_ session: Session) -> String {
        "Phiên \(title(session)) chưa được xếp lịch."
    }

    func outsideHours(_ session: Session, _ range: TimeRange) -> String {
        "Phiên \(title(session)) (\(span(range))) nằm ngoài giờ làm việc của sự kiện."
    }

    func fixedTime(_ session: Session, fixed: LocalDateTime, placed: LocalDateTime) -> String {
        "Phiên \(title(session)) cố định lúc \(time(fixed)) nhưng được xếp lúc \(time(placed))."
    }

    func window(_ session: Session, window: TimeRange, placed: TimeRange) -> String {
        "Phiên \(title(session)) phải nằm trong khung \(span(window)), đang xếp \(span(placed))."
    }

    func capacity(_ session: Session, room: Room) -> String {
        "\(room.name) có \(room.capacity) chỗ, phiên \(title(session)) cần \(session.expectedAudience) chỗ."
    }

    func videoLink(_ session: Session, room: Room) -> String {
        "Phiên \(title(session)) cần cầu truyền hình nhưng \(room.name) không có thiết bị."
    }

    func roomConflict(_ room: Room, _ first: Session, _ second: Session) -> String {
        "\(room.name) có hai phiên cùng lúc: \(title(first)) và \(title(second))."
    }

    func roomBusy(_ room: Room, with other: Session) -> String {
        "\(room.name) đã có phiên \(title(other)) vào giờ đó."
    }

    func personBusy(_ name: String, in other: Session) -> String {
        "\(name) bận ở phiên \(title(other))."
    }

    func personConflict(_ name: String, _ first: Session, _ second: Session) -> String {
        "\(name) có mặt ở hai phiên cùng lúc: \(title(first)) và \(title(second))."
    }

    func pointBusy(_ point: ConnectionPoint, with other: Session) -> String {
        "\(point.name) đang nối với phiên \(title(other))."
    }

    func pointConflict(_ point: ConnectionPoint, _ first: Session, _ second: Session) -> String {
        "\(point.name) được nối với hai phiên cùng lúc: \(title(first)) và \(title(second))."
    }

    func pointUnavailable(_ point: ConnectionPoint, _ range: TimeRange, _ session: Session) -> String {
        "\(point.name) không sẵn sàng trong \(span(range)) (phiên \(title(session)))."
    }

    func personUnavailable(_ name: String, _ range: TimeRange, _ session: Session) -> String {
        "\(name) không rảnh trong \(span(range)) (phiên \(title(session)))."
    }

    /// The link test of a point does not fit before `firstStart`.
    func linkTest(_ point: ConnectionPoint, firstStart: LocalDateTime) -> String {
        let testStart = firstStart.adding(minutes: -point.linkTestLeadMinutes)
        let head =
            "\(point.name) chưa kịp thử đường truyền trước \(time(firstStart)): cần "
            + "\(point.linkTestLeadMinutes) phút từ \(time(testStart))"
        let availableFrom = point.availability.filter { $0.start <= firstStart && firstStart < $0.end }
            .map(\.start).min()
        if let availableFrom {
            return head + " nhưng điểm cầu chỉ sẵn sàng từ \(time(availableFrom))."
        }
        return head + " nhưng điểm cầu không sẵn sàng lúc đó."
    }

    func mustBeFirst(_ session: Session, other: Session) -> String {
        "Phiên \(title(session)) phải diễn ra trước mọi phiên khác, nhưng \(title(other)) bắt đầu sớm hơn."
    }

    func mustBeLast(_ session: Session, other: Session) -> String {
        "Phiên \(title(session)) phải diễn ra sau mọi phiên khác, nhưng \(title(other)) kết thúc muộn hơn."
    }

    func mustFollow(_ session: Session, predecessor: Session) -> String {
        "Phiên \(title(session)) phải bắt đầu sau khi phiên \(title(predecessor)) kết thúc."
    }
}
