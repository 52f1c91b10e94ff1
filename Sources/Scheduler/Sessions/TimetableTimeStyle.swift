import Planning

/// How timetable messages show times: with their date only when the event has several days.
/// Shared by the checker and the solver's explanations so that both say the same thing the
/// same way.
struct TimetableTimeStyle {
    /// Whether the event has several days (times then carry their date).
    let showsDate: Bool

    /// The style for a problem's days.
    init(days: [EventDay]) {
        showsDate = days.count > 1
    }

    /// A time as organisers read it: `08:00`, or `08:00 04/12/2026` for a multi-day event.
    func moment(_ dateTime: LocalDateTime) -> SchedulerMessage.Moment {
        SchedulerMessage.Moment(dateTime, showsDate: showsDate)
    }

    /// A span as organisers read it.
    func span(_ range: TimeRange) -> SchedulerMessage.Span {
        SchedulerMessage.Span(range, showsDate: showsDate)
    }

    /// Why a point's link test does not fit before `firstStart`: its lead time from the test's
    /// start, and the start of the availability span holding `firstStart`, when any.
    func linkTestTooLate(_ point: ConnectionPoint, firstStart: LocalDateTime) -> SchedulerMessage {
        let availableFrom = point.availability.filter { $0.start <= firstStart && firstStart < $0.end }
            .map(\.start).min()
        return .linkTestTooLate(
            point: point.name, firstStart: moment(firstStart), leadMinutes: point.linkTestLeadMinutes,
            testStart: moment(firstStart.adding(minutes: -point.linkTestLeadMinutes)),
            availableFrom: availableFrom.map(moment))
    }
}
