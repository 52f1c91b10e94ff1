import Planning
import Testing

@Suite("WaitingList and WaitingParty")
struct RegistrationWaitingListTests {
    static func party(
        _ id: String, priority: Int = 0, day: Int?, hour: Int = 8, status: RegistrationStatus = .waitlisted
    ) -> ExhibitingParty {
        let time = day.flatMap { CalendarDate(year: 2026, month: 10, day: $0) }.flatMap { date in
            TimeOfDay(hour: hour).map { LocalDateTime(date: date, time: $0) }
        }
        return ExhibitingParty(
            id: Identifier(id), name: id, kind: .organisation("o"), registeredAt: time, priority: priority,
            registrationStatus: status)
    }

    @Test("priority first, then registration time, undated last, then registration order; only waitlisted")
    func order() {
        let parties = [
            Self.party("late", day: 5), Self.party("undated", day: nil), Self.party("early", day: 2),
            Self.party("urgent", priority: 2, day: 9), Self.party("b-same", day: 3, hour: 9),
            Self.party("a-same", day: 3, hour: 9), Self.party("placed", priority: 9, day: 1, status: .placed),
        ]
        #expect(
            WaitingList.ordered(parties).map(\.id) == [
                "urgent", "early", "b-same", "a-same", "late", "undated",
            ])
        #expect(WaitingList.queue(parties).map(\.id).first == "placed")
        let positions = WaitingList.positions(parties)
        #expect(positions["b-same"].map { $0.sequence } == 4)
        #expect(positions["b-same"]! < positions["a-same"]!)
    }

    @Test("the queue position orders by priority, then time (none last), then registration order")
    func queuePosition() {
        let day = CalendarDate(year: 2026, month: 10, day: 1)!
        func at(_ hour: Int) -> LocalDateTime { LocalDateTime(date: day, time: TimeOfDay(hour: hour)!) }
        let positions = [
            QueuePosition(priority: 0, registeredAt: nil, sequence: 0),
            QueuePosition(priority: 0, registeredAt: at(9), sequence: 3),
            QueuePosition(priority: 0, registeredAt: at(9), sequence: 1),
            QueuePosition(priority: 2, registeredAt: at(10), sequence: 5),
            QueuePosition(priority: 0, registeredAt: at(8), sequence: 4),
        ]
        #expect(positions.sorted().map(\.sequence) == [5, 4, 1, 3, 0])
        #expect(!(positions[1] < positions[1]))
    }

    @Test("a waiting party asks for the sum of its requests and the union of their services")
    func waitingParties() {
        var plan = Plan(
            event: Event(
                id: "e", name: "Hội chợ", kind: .fair, organiser: "LM", province: ProvinceReference("Huế"),
                days: []))
        plan.parties = [
            Self.party("p-1", day: 2), Self.party("p-2", priority: 1, day: 3), Self.party("p-3", day: 1),
        ]
        plan.boothRequests = [
            BoothRequest(id: "r-1", party: "p-1", boothsWanted: 1, servicesNeeded: [.water]),
            BoothRequest(id: "r-2", party: "p-1", boothsWanted: 2, servicesNeeded: [.power]),
            BoothRequest(id: "r-3", party: "p-2", boothsWanted: 1),
        ]
        #expect(
            WaitingParty.waitingList(in: plan) == [
                WaitingParty(party: "p-2", boothsWanted: 1),
                WaitingParty(party: "p-1", boothsWanted: 3, servicesNeeded: [.water, .power]),
            ])
    }
}
