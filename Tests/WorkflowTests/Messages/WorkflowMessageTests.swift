import Planning
import Store
import Testing
import Workflow

@Suite("Workflow: message catalogue")
struct WorkflowMessageTests {
    /// One value of every case (and of every error, expectation and conflict).
    static let samples: [WorkflowMessage] = {
        let day = CalendarDate(year: 2026, month: 12, day: 10) ?? CalendarDate(daysSinceEpoch: 0)
        let time = LocalDateTime(date: day, time: TimeOfDay(hour: 8) ?? TimeOfDay(minutesSinceMidnight: 0)!)
        let errors: [WorkflowError] = [
            .noPlanFile(folder: "/tmp"),
            .severalPlanFiles(folder: "/tmp", names: ["a.fairplan", "b.fairplan"]),
            .textTooLong(option: "--name", position: 3, characters: 120_000, maximum: 4_000),
            .textTooLong(option: nil, position: 2, characters: 5_000, maximum: 4_000),
            .invalidValue(.from, value: "x", expected: .date), .conflict(.planAndSample),
            .refusedByValidation(.organisation, name: "HTX", findings: []),
        ]
        let expectations: [Workflow.Expectation] = [
            .date, .time, .dateTime, .timeRange, .endAfterStart, .closesAfter(TimeOfDay(hour: 8)!),
            .eventSpan(first: day, maximumDays: 31), .province(suggestions: ["Lào Cai"]),
            .province(suggestions: []),
            .service, .productSet, .registrationStatus, .boothState, .integer(minimum: 1, maximum: 200),
            .seconds(minimum: 0.001, maximum: 3600), .honorific, .versionNumber, .organisationKind,
            .planFileName,
            .templateFormat, .nameLength(characters: 1_811, maximum: 1_000), .nonEmptyName,
        ]
        let conflicts: [Conflict] = [
            .statusNeedsPartiesOrBooths, .partyNeedsBoothChanges, .pointNeedsProgrammeChanges,
            .checkingDayWithPlan(path: "a.fairplan"), .planAndSample, .publishNeedsPlanFile,
            .publishWithOtherVenue,
            .fixedAndWindow, .linkAndLinkAll, .provinceOrOrganisation, .organisationAndUnit,
            .incompleteRecognition,
            .recognitionDetailsWithoutStars, .contactDetailsWithoutContact, .explainAndJSON,
            .versionsOutOfOrder(from: 2, to: 1), .nothingNamed(.party), .nothingNamed(.files),
        ]
        var messages: [WorkflowMessage] = errors.map { .error($0) } + expectations.map { .expectation($0) }
        messages += conflicts.map { .conflict($0) }
        messages += ListColumn.allCases.map { .column($0) }
        messages += ListPlan.Subject.allCases.flatMap {
            [.nothingListed($0), .listedTotal(3, $0)]
        }
        messages += [
            .errorPrefix, .onSite, .unscheduled, .registered(.party, name: "HTX", id: "dv-htx"),
            .writtenDespiteErrors(2), .shownAtBooths(parties: ["HTX"]),
            .confirmed(party: "HTX", from: .pending), .alreadyConfirmed(party: "HTX"),
            .withdrawn(party: "HTX", from: .placed),
            .noBoothsFreed, .boothsFreed(["A-01"]), .noOffers, .offersHeading,
            .offer(position: 1, party: "HTX", booths: ["A-01"]),
            .passedOver(["HTX"]), .unoffered(["A-01"]), .afterWithdrawal, .importing(path: "a.fairplan"),
            .imported(path: "a.fairplan", summary: ImportSummary()), .checkedOnly(path: "a.fairplan"),
            .planCreated(
                path: "a.fairplan", event: "Hội chợ", kind: .fair, first: day, last: day, province: "Lào Cai"),
            .planVenue(name: "Trung tâm", booths: 30, rooms: 3),
            .venueSet(path: "a", name: "b", booths: 1, rooms: 1),
            .venueValid(file: "a.xml"), .venueWarnings(2), .venueWarning("w"),
            .venueInvalid(file: "a.xml", errors: 2), .venueFilesFailed(failed: 1, files: 2),
            .floorPlanWritten(path: "a.svg"), .fileWritten(path: "a.ods"), .usingSample("fair"),
            .changesForParty("HTX"), .changesForPoint("Sơn La"), .statusHeading, .statusColumn,
            .partiesColumn,
            .boothsRequestedColumn, .total, .waitingList(["HTX"]), .versionsHeading,
            .notPublished(.boothPlan),
            .publishedKind(.programme), .publishedVersion(number: 1, at: time, note: "lần 1"),
            .pendingLeftOut(["HTX"]),
            .statusChanged(party: "HTX", to: .placed), .boothPlanPublished(version: 1), .boothPlanSaved,
            .programmePublished(version: 1), .timetableSaved,
            .allocationSummary(title: "Hội chợ", placed: 1, booths: 2, waiting: 0, score: 10, seed: 1),
            .timetableSummary(placed: 8, unplaced: 1, penalty: 20, seed: 1), .violations(0),
            .allocating(iteration: 1, of: 10, placed: 1), .scheduling(placed: 1, of: 9, iterations: 5),
            .unknownProvince,
            .everyonePlaced, .waitingListNote(1),
            .waitingEntry(position: 1, party: "HTX", booths: 2, reason: "r"),
            .demoPlanFile(path: "a", allocated: true), .demoPlanFile(path: "a", allocated: false),
            .demoNationalHall,
            .demoClusterArea(booths: 30, cluster: "Cụm"), .demoBriefing(points: 10), .technicianPosition,
        ]
        return messages
    }()

    @Test("every message is worded in Vietnamese and in English, and the two differ")
    func complete() {
        for message in Self.samples {
            let vietnamese = message.text(.vietnamese)
            let english = message.text(.english)
            #expect(!vietnamese.isEmpty && !english.isEmpty, "\(message)")
            if case .offer = message { continue }  // numbers and names only: the same in both
            #expect(vietnamese != english, "\(message)")
        }
    }

    @Test("an error's wording follows the language; its case does not")
    func errorWording() {
        let error = WorkflowError.invalidValue(.decisionDate, value: "31/02/2025", expected: .date)
        #expect(
            error.text(.vietnamese)
                == "--decision-date «31/02/2025»: ghi một ngày có thật, dạng dd/mm/yyyy hoặc yyyy-mm-dd (ví dụ 15/12/2026)."
        )
        #expect(error.text(.english).hasPrefix("--decision-date «31/02/2025»: write a date that exists"))
        #expect(error.description == error.text(.vietnamese))
    }
}
