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

    @Test("priority first, then registration time, undated last, then identifier; only waitlisted")
    func order() {
        let parties = [
            Self.party("late", day: 5), Self.party("undated", day: nil), Self.party("early", day: 2),
            Self.party("urgent", priority: 2, day: 9), Self.party("b-same", day: 3, hour: 9),
            Self.party("a-same", day: 3, hour: 9), Self.party("placed", priority: 9, day: 1, status: .placed),
        ]
        #expect(
            WaitingList.ordered(parties).map(\.id) == [
                "urgent", "early", "a-same", "b-same", "late", "undated",
            ])
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
