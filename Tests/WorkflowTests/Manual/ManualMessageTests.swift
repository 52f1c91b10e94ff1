import Planning
import Scheduler
import Testing
import Workflow

@Suite("Workflow: the manual area's message catalogue")
struct ManualMessageTests {
    /// One value of every case and of every error.
    static let samples: [ManualMessage] = {
        let day = CalendarDate(year: 2026, month: 12, day: 10) ?? CalendarDate(daysSinceEpoch: 0)
        let start = LocalDateTime(date: day, time: TimeOfDay(hour: 14) ?? TimeOfDay(minutesSinceMidnight: 0)!)
        let finding = BoothFinding(
            .blockNotConnected, party: "dv-htx",
            message: SchedulerMessage.blockNotConnected(party: "HTX", booths: ["A-01", "A-05"]))
        let issue = TimetableIssue(
            rule: .outsideHours, sessions: ["bao-cao"],
            message: SchedulerMessage.sessionFitsNoDay(session: "Báo cáo", minutes: 600))
        let errors: [ManualError] = [
            .noVenue, .unknownBooth("Z-99"), .boothTaken(booth: "A-01", party: "HTX A"),
            .boothAlreadyHeld(booth: "A-01", party: "HTX A"), .notBookable(party: "HTX A", status: .pending),
            .notBookable(party: "HTX A", status: .withdrawn), .holdsNoBooths(party: "HTX A"),
            .sameParty(party: "HTX A"), .boothRulesBroken([finding]), .sessionNotPlaced(session: "Báo cáo"),
            .timetableRulesBroken(session: "Báo cáo", issues: [issue]),
            .nothingNewToPublish(.boothPlan, version: 3), .nothingNewToPublish(.programme, version: 1),
        ]
        return errors.map { .error($0) } + [
            .boothsChanged(party: "HTX A", from: [], to: ["A-01"]),
            .boothsChanged(party: "HTX A", from: ["A-01"], to: []),
            .boothsChanged(party: "HTX A", from: ["A-01"], to: ["B-01"]),
            .boothsPinned(party: "HTX A", booths: ["A-01"]),
            .boothsUnpinned(party: "HTX A", booths: ["A-01"]),
            .alreadyPinned(party: "HTX A"), .notPinned(party: "HTX A"), .boothCheckClean,
            .boothCheckFindings(hard: 1, soft: 2), .writtenDespiteViolations(1),
            .sessionPlaced(session: "Báo cáo", room: "Hội trường", start: start),
            .sessionPinned(session: "Báo cáo", room: "Hội trường", start: start),
            .sessionUnpinned(session: "Báo cáo"), .sessionAlreadyPinned(session: "Báo cáo"),
            .sessionNotPinned(session: "Báo cáo"), .sessionCheckClean, .sessionCheckIssues(2),
            .keptPinnedBooths(party: "HTX A", booths: ["A-01"]),
            .keptPinnedSession(session: "Báo cáo", room: "Hội trường", start: start),
            .pinNotKept(session: "Báo cáo"), .publishRefused, .pinnedSessionsMoved(["Báo cáo"]),
        ]
    }()

    @Test("every message is worded in Vietnamese and in English, differently")
    func bothLanguages() {
        for message in Self.samples {
            let vietnamese = message.text(.vietnamese)
            let english = message.text(.english)
            #expect(!vietnamese.isEmpty && !english.isEmpty, "\(message)")
            #expect(vietnamese != english, "\(message)")
        }
    }

    @Test("errors are worded through WorkflowError, Vietnamese by default")
    func errorsThroughWorkflowError() {
        let error = WorkflowError.manual(.boothTaken(booth: "A-01", party: "HTX A"))
        #expect(
            error.text(.vietnamese)
                == ManualMessage.error(.boothTaken(booth: "A-01", party: "HTX A")).vietnamese)
        #expect(
            error.text(.english) == ManualMessage.error(.boothTaken(booth: "A-01", party: "HTX A")).english)
        #expect(ManualError.noVenue.description == ManualError.noVenue.text(.vietnamese))
    }
}
