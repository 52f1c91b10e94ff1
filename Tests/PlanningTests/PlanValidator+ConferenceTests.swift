import Planning
import Testing

@Suite("PlanValidator: hybrid conferences")
struct PlanValidatorConferenceTests {
    func codes(_ change: (inout Plan) -> Void) -> [FindingCode] {
        var plan = PlanFixtures.conference()
        change(&plan)
        return PlanFixtures.codes(plan)
    }

    @Test("exactly one main connection point")
    func mainPoint() {
        #expect(codes { $0.connectionPoints[1].role = .main }.contains(.mainConnectionPointCount))
        // Two mains: both are concerned, so registering the second is refused.
        var plan = PlanFixtures.conference()
        plan.connectionPoints[1].role = .main
        let found = PlanValidator().validate(plan).first { $0.code == .mainConnectionPointCount }
        #expect(
            Set(found?.related.map(\.id) ?? []) == Set(plan.connectionPoints.prefix(2).map(\.id.rawValue)))
        #expect(codes { $0.connectionPoints[0].role = .satellite }.contains(.mainConnectionPointCount))
    }

    @Test("a point's availability that meets no day's opening hours is flagged: a mistyped date")
    func availabilityOutsideEvent() {
        let typed = PlanFixtures.range("2027-01-01", (7, 0), (12, 0))
        var plan = PlanFixtures.conference()
        plan.connectionPoints[1].availability = [PlanFixtures.range("2026-12-16", (7, 0), (12, 0)), typed]
        let found = PlanValidator().validate(plan).filter { $0.code == .availabilityOutsideEvent }
        #expect(found.map(\.message) == [BilingualText(PlanningMessage.availabilityOutsideEvent(typed))])
        #expect(found.first?.severity == .warning)
        // Before the day's opening only (07:00–08:00, the link test's hour) is flagged too.
        #expect(
            codes { $0.connectionPoints[1].availability = [PlanFixtures.range("2026-12-17", (6, 0), (8, 0))] }
                .contains(.availabilityOutsideEvent))
        #expect(!PlanFixtures.codes(PlanFixtures.conference()).contains(.availabilityOutsideEvent))
    }

    @Test("a technical contact with a phone number")
    func technicalContact() {
        #expect(codes { $0.connectionPoints[1].technicalContact = nil }.contains(.missingTechnicalContact))
        #expect(
            codes { $0.connectionPoints[1].technicalContact = Contact(name: "Võ Thị Lan", phone: "chưa có") }
                .contains(.missingTechnicalContact))
    }

    @Test("an unknown chair")
    func chair() {
        #expect(codes { $0.connectionPoints[1].chair = "p-9" }.contains(.unknownChair))
    }

    @Test("more attendees than the point's hall seats")
    func overCapacity() {
        #expect(codes { $0.connectionPoints[1].hallCapacity = 0 }.contains(.connectionPointOverCapacity))
    }

    @Test("people on site count at the main point's hall")
    func onSiteAtMainPoint() {
        let onSite = codes {
            $0.connectionPoints[0].hallCapacity = 1
            $0.attendances.append(
                Attendance(person: "p-2", event: "su-kien", place: .onSite, role: .delegate))
        }
        #expect(onSite.contains(.connectionPointOverCapacity))
        #expect(!codes { $0.connectionPoints[0].hallCapacity = 1 }.contains(.connectionPointOverCapacity))
    }

    @Test("a room smaller than the audience")
    func roomTooSmall() {
        #expect(codes { $0.sessions[1].expectedAudience = 101 }.contains(.roomTooSmall))
    }

    @Test("a linked session in a room without video link, or in an unknown room")
    func rooms() {
        #expect(
            codes {
                $0.sessions[1].room = "phong-nho"
                $0.sessions[1].expectedAudience = 10
            }.contains(.roomWithoutVideoLink))
        #expect(codes { $0.sessions[1].room = "phong-x" }.contains(.unknownRoom))
    }

    @Test("a room, a person and a connection point in two sessions at once")
    func doubleBookings() {
        let found = codes {
            $0.sessions[1].start = PlanFixtures.at("2026-12-16", 8, 15)
            $0.sessions[1].participants.append(SessionParticipant(person: "p-1", role: .guest))
            $0.sessions[1].order = []
        }
        #expect(found.contains(.roomDoubleBooked))
        #expect(found.contains(.personDoubleBooked))
        #expect(found.contains(.connectionPointDoubleBooked))
    }

    @Test("a point linked outside its availability")
    func availability() {
        #expect(
            codes { $0.sessions[1].start = PlanFixtures.at("2026-12-16", 11, 30) }.contains(
                .connectionPointUnavailable))
    }

    @Test("no room for the 60-minute link test before the first linked session")
    func linkTest() {
        let found = codes {
            $0.connectionPoints[1].availability = [PlanFixtures.range("2026-12-16", (7, 30), (12, 0))]
        }
        #expect(found.contains(.linkTestLeadTime))
        #expect(!found.contains(.connectionPointUnavailable))
    }

    @Test("outside the event's hours, a moved fixed session, outside a window")
    func timing() {
        #expect(
            codes { $0.sessions[1].start = PlanFixtures.at("2026-12-16", 16, 30) }.contains(
                .sessionOutsideHours))
        #expect(codes { $0.sessions[0].start = PlanFixtures.at("2026-12-16", 9) }.contains(.fixedTimeMoved))
        #expect(
            codes { $0.sessions[1].timing = .window(PlanFixtures.range("2026-12-16", (10, 0), (12, 0))) }
                .contains(.outsideWindow))
    }

    @Test("precedence: first, last and after")
    func order() {
        #expect(codes { $0.sessions[1].start = PlanFixtures.at("2026-12-16", 7, 0) }.contains(.orderViolated))
        #expect(codes { $0.sessions[0].order = [.last] }.contains(.orderViolated))
    }

    @Test(
        "--after rules round in a circle are one error naming the circle in running order; a session after itself too"
    )
    func orderCycles() throws {
        var plan = PlanFixtures.conference()
        plan.sessions.append(Session(id: "s-3", title: "Thảo luận", kind: .discussion, durationMinutes: 30))
        let ids = plan.sessions.prefix(3).map(\.id)
        let titles = plan.sessions.prefix(3).map(\.title)
        plan.sessions[0].order = [.after(ids[2])]
        plan.sessions[1].order = [.after(ids[0])]
        plan.sessions[2].order = [.after(ids[1])]
        let cycles = PlanValidator().validate(plan).filter { $0.code == .orderCycle }
        #expect(cycles.count == 1)
        let cycle = try #require(cycles.first)
        #expect(cycle.severity == .error && cycle.subject.id == ids[0].rawValue)
        #expect(
            cycle.message
                == BilingualText(PlanningMessage.orderCycle(sessions: [titles[0], titles[1], titles[2]])))
        #expect(cycle.related.map(\.id) == [ids[1].rawValue, ids[2].rawValue])
        plan.sessions[2].order = []
        plan.sessions[1].order = [.after(ids[1])]
        plan.sessions[0].order = []
        let alone = PlanValidator().validate(plan).filter { $0.code == .orderCycle }
        #expect(alone.map(\.message) == [BilingualText(PlanningMessage.orderCycle(sessions: [titles[1]]))])
        plan.sessions[1].order = [.after(ids[0])]
        #expect(!PlanValidator().validate(plan).contains { $0.code == .orderCycle })
    }

    @Test("first and last rules no timetable can keep are order errors naming the sessions (QA 41)")
    func orderEnds() throws {
        var plan = PlanFixtures.conference()
        plan.sessions.append(Session(id: "s-3", title: "Thảo luận", kind: .discussion, durationMinutes: 30))
        let sessions = plan.sessions.prefix(3).map { ($0.id, $0.title) }
        func messages() -> [BilingualText] {
            PlanValidator().validate(plan).filter { $0.code == .orderCycle }.map(\.message)
        }
        plan.sessions[0].order = [.first]
        plan.sessions[2].order = [.last]
        #expect(messages().isEmpty)
        plan.sessions[1].order = [.first]
        #expect(
            messages() == [
                BilingualText(
                    PlanningMessage.severalAtOneEnd(last: false, sessions: [sessions[0].1, sessions[1].1]))
            ])
        plan.sessions[1].order = [.last]
        #expect(
            messages() == [
                BilingualText(
                    PlanningMessage.severalAtOneEnd(last: true, sessions: [sessions[1].1, sessions[2].1]))
            ])
        plan.sessions[1].order = [.after(sessions[2].0)]
        #expect(
            messages() == [
                BilingualText(PlanningMessage.afterLast(session: sessions[1].1, last: sessions[2].1))
            ])
        plan.sessions[1].order = []
        plan.sessions[0].order = [.first, .after(sessions[2].0)]
        #expect(
            messages() == [
                BilingualText(PlanningMessage.firstAfter(session: sessions[0].1, predecessor: sessions[2].1)),
                BilingualText(PlanningMessage.afterLast(session: sessions[0].1, last: sessions[2].1)),
            ])
        plan.sessions[0].order = [.first, .last]
        plan.sessions[2].order = []
        #expect(messages() == [BilingualText(PlanningMessage.firstAndLast(session: sessions[0].1))])
    }

    @Test("a session longer than the longest day is an error naming both lengths")
    func longerThanEveryDay() throws {
        var plan = PlanFixtures.conference()
        let longest = try #require(plan.event.days.compactMap(\.hours?.minutes).max())
        plan.sessions[0].durationMinutes = longest
        #expect(!PlanValidator().validate(plan).contains { $0.code == .longerThanEveryDay })
        plan.sessions[0].durationMinutes = longest + 1
        let found = PlanValidator().validate(plan).filter { $0.code == .longerThanEveryDay }
        #expect(
            found.map(\.message)
                == [
                    BilingualText(
                        PlanningMessage.longerThanEveryDay(minutes: longest + 1, longestDay: longest))
                ])
        #expect(found.first?.severity == .error)
    }

    @Test("a fixed start or a window no day's opening hours can hold is an error; one that fits is not")
    func timingOutsideEvent() throws {
        var plan = PlanFixtures.conference()
        let day = try #require(plan.event.days.first?.hours)
        let minutes = plan.sessions[0].durationMinutes
        func found(_ timing: SessionTiming) -> [Finding] {
            plan.sessions[0].timing = timing
            return PlanValidator().validate(plan).filter { $0.code == .timingOutsideEvent }
        }
        #expect(found(.fixed(day.start)).isEmpty)
        #expect(found(.fixed(day.end.adding(minutes: -minutes))).isEmpty)
        #expect(found(.fixed(day.end.adding(minutes: 1 - minutes))).map(\.severity) == [.error])
        #expect(found(.fixed(day.start.adding(minutes: -60 * 24 * 30))).count == 1)
        let late = try #require(TimeRange(start: day.end.adding(minutes: -(minutes - 1)), minutes: 600))
        #expect(found(.window(late)).count == 1)
        let fits = try #require(TimeRange(start: day.end.adding(minutes: -minutes), minutes: 600))
        #expect(found(.window(fits)).isEmpty)
        #expect(found(.free).isEmpty)
    }

    @Test("unknown people, points and sessions referred to; a non-positive duration; unscheduled")
    func references() {
        let found = codes {
            $0.sessions[1].participants.append(SessionParticipant(person: "p-9", role: .speaker))
            $0.sessions[1].linkedPoints.append("dc-x")
            $0.sessions[1].order.append(.after("s-x"))
            $0.sessions.append(Session(id: "x", title: "Thảo luận", kind: .discussion, durationMinutes: 0))
        }
        #expect(found.filter { $0 == .unknownSessionReference }.count == 3)
        #expect(found.contains(.invalidDuration))
        #expect(found.contains(.unscheduledSession))
    }
}
