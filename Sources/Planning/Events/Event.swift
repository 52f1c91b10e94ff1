/// A fair or conference: what the plan is for.
public struct Event: Hashable, Codable, Sendable, Identifiable {
    /// The event's identifier.
    public let id: Identifier<Event>
    /// The official name, e.g. "Hội chợ triển lãm sản phẩm HTX toàn quốc 2026".
    public var name: String
    /// Fair, conference or hybrid conference.
    public var kind: EventKind
    /// The organiser, e.g. "Liên minh Hợp tác xã Việt Nam".
    public var organiser: String
    /// The host province.
    public var province: ProvinceReference
    /// The days with their opening hours, in order.
    public var days: [EventDay]
    /// The timeslot grid (khung giờ), sorted by start; empty when sessions start at any quarter
    /// hour of the opening hours.
    public var timeslots: [Timeslot] = []
    /// The least pause, in minutes, between two sessions of one person on a day (timeslot grid).
    public var pauseMinutes = 0

    /// Creates an event; texts are normalised to NFC.
    public init(
        id: Identifier<Event>,
        name: String,
        kind: EventKind,
        organiser: String,
        province: ProvinceReference,
        days: [EventDay]
    ) {
        self.id = id
        self.name = VietnameseText.normalized(name)
        self.kind = kind
        self.organiser = VietnameseText.normalized(organiser)
        self.province = province
        self.days = days.sorted { $0.date < $1.date }
    }

    /// The first day, when the event has days.
    public var firstDay: CalendarDate? { days.first?.date }
    /// The last day, when the event has days.
    public var lastDay: CalendarDate? { days.last?.date }

    /// The opening hours of the given day, when the event runs that day.
    func hours(on date: CalendarDate) -> TimeRange? {
        days.first { $0.date == date }?.hours
    }

    /// Whether a span lies within the opening hours of one event day.
    public func isWithinOpeningHours(_ range: TimeRange) -> Bool {
        hours(on: range.start.date)?.contains(range) ?? false
    }
}
