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
        #expect(codes { $0.connectionPoints[0].role = .satellite }.contains(.mainConnectionPointCount))
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
