import Planning
import Scheduler
import Testing

@Suite("SchedulerMessage")
struct SchedulerMessageTests {
    typealias M = SchedulerMessage

    static let day = CalendarDate(year: 2026, month: 12, day: 4)!
    static let eight = LocalDateTime(date: day, time: TimeOfDay(hour: 8)!)
    static let nine = LocalDateTime(date: day, time: TimeOfDay(hour: 9)!)
    static let moment = M.Moment(eight, showsDate: false)
    static let dated = M.Moment(nine, showsDate: true)
    static let span = M.Span(TimeRange(start: eight, end: nine)!, showsDate: false)
    static let person = M.PersonName.known("Ông Trần Văn Bảo")

    /// Every instance problem, one value each.
    static let instanceProblems: [SchedulerError.InstanceProblem] = [
        .noVenue, .duplicateParty(party: "lm-1", requests: 2), .noBoothsRequested(party: "HTX A", booths: 0),
        .fixedBoothNotInVenue(booth: "Z-9"), .fixedForUnregisteredParty(booth: "A-01", party: "lm-2"),
        .fixedBoothBlocked(booth: "A-02"),
        .boothFixedForTwoParties(booth: "A-03", first: "lm-1", second: "lm-2"),
        .moreFixedThanWanted(party: "HTX A", fixed: 3, wanted: 2), .unknownPolicyProvince("Xứ Đoài"), .noDays,
        .dayClosesBeforeOpening(day), .duplicateDay, .nonPositiveSlot, .noRooms, .duplicateRoom("phong-a"),
        .duplicateSession("khai-mac"), .duplicateConnectionPoint("dc-1"),
        .nonPositiveDuration(session: "Khai mạc"),
        .sessionLongerThanEveryDay(session: "Hội thảo", minutes: 600),
        .unknownConnectionPoint(session: "Khai mạc", point: "dc-9"),
        .unknownPredecessor(session: "Bế mạc", predecessor: "z"), .negativeLinkTest(point: "Điểm cầu Sơn La"),
        .gridNoTimeslots, .gridNoRooms, .gridTimeslotNotAfterStart(timeslot: 2),
        .gridTimeslotTooLong(timeslot: 3, limit: 10_080),
        .gridUnknownIndex(owner: "S01", index: 9), .gridNoPlaceForKind(session: "S01", kind: "Lab"),
        .gridTooManySessions(count: 1_001, limit: 1_000),
        .gridTooManyPlaces(sessions: 1_000, cells: 10_000, limit: 4_000_000),
    ]

    /// Every reason a party is not placed, the one-booth wordings included.
    static let unplacedReasons: [UnplacedReason] =
        [.noFoodZone, .noAllowedZone]
        + BoothService.allCases.map { .missingService($0) }
        + [1, 3].flatMap { [.noContiguousBlock(booths: $0), .noFreeBlock(booths: $0)] }
        + [.pinsCannotBeExtended(booths: 3)]

    /// A representative value of every message (several for messages with nested codes).
    static let examples: [M] =
        [.invalidInstance(instanceProblems)] + instanceProblems.map { .instanceProblem($0) }
        + SchedulerError.ReferenceKind.allCases.map { .unknownReference($0, identifier: "x") }
        + unplacedReasons.map { .unplacedReason($0) }
        + ScoreComponentKind.allCases.map { .boothComponent($0) }
        + [
            .allocationTitle("Hội chợ"), .allocationSummary(placed: 3, parties: 4, booths: 9, waiting: 1),
            .allocationRun(seed: 1, iterations: 600, stoppedBy: .stalled),
            .allocationMayNotRepeat(iterations: 2_560), .allocationSearchHelp, .placedPartiesHeading,
            .columnNumber,
            .columnParty, .columnProvince, .columnBoothCount, .columnBooths, .columnZones, .columnComponent,
            .columnValue, .columnWeight, .columnPoints, .partyWithFixedBooths("HTX A"), .noneListed,
            .scoreByComponentHeading, .totalScoreRow,
            .upperBoundLine(bound: "96 627,47", reached: "95,09", gap: "4,91"), .waitingListEmpty,
            .waitingListHeading,
            .waitingListEntry(
                position: 1, party: "HTX A", province: "Cà Mau", booths: 2, reason: .noFoodZone),
            .boothPlanClean, .boothFindingCounts(hard: 1, soft: 2), .findingSeverity(hard: true),
            .findingSeverity(hard: false), .totalScoreLine(1_234.5), .unknownBooth(booth: "X-1"),
            .unknownParty(booth: "A-01", party: "lm-9"), .withdrawnParty(booth: "A-01", party: "lm-9"),
            .boothListedTwice(booth: "A-01", party: "HTX A"),
            .boothGivenTwice(booth: "A-01", first: "HTX A", second: "HTX B"),
            .blockedBooth(booth: "A-01", party: "HTX A"), .closedZone(booth: "A-01", party: "HTX A"),
            .foodNotAllowed(party: "HTX A", booth: "A-01"),
            .wrongZone(booth: "A-01", province: "Cà Mau", zones: ["gian-tinh"]),
            .pinNotKept(booth: "A-01", party: "HTX A"), .holdNotKept(booth: "A-01", party: "HTX A"),
            .partyNotPlaced(party: "HTX A", booths: 2),
            .fewerBoothsThanWanted(party: "HTX A", given: 1, wanted: 2),
            .moreBoothsThanWanted(party: "HTX A", given: 3, wanted: 2),
            .blockNotConnected(party: "HTX A", booths: ["A-01", "A-05"]),
            .blockNotStraight(
                party: "HTX A", booths: ["A-01", "A-02", "B-01"], wanted: 3, straightRunFree: true),
            .blockNotStraight(
                party: "HTX A", booths: ["A-01", "A-02", "B-01"], wanted: 3, straightRunFree: false),
            .sameProductNeighbours(first: "HTX A", second: "HTX B", productSets: ["Rau, củ, quả tươi"]),
            .pavilionSplit(province: "Cà Mau", parties: 3), .outsidePreferredZone(party: "HTX A"),
            .outsideRegionalPavilion(
                party: "HTX A", pavilion: "Gian hàng các tỉnh phía Nam", booths: ["A-18"]),
            .outsideRegionalPavilion(
                party: "HTX A", pavilion: "Gian hàng các tỉnh phía Nam", booths: ["A-18", "A-19"]),
            .primeBoothOrder(holder: "HTX A", holderStars: 3, other: "HTX B", otherStars: 5),
            .droppedFromPublished(party: "HTX A", booths: ["A-01"]),
            .movedFromPublished(party: "HTX A", from: ["A-01"], to: ["B-01"]),
        ]
        + BoothService.allCases.map { .serviceMissing(party: "HTX A", service: $0) }
        + [
            .sessionNotScheduled(session: "Khai mạc"), .sessionOutsideHours(session: "Khai mạc", span: span),
            .fixedTimeMoved(session: "Khai mạc", fixed: moment, placed: dated),
            .outsideWindow(session: "Khai mạc", window: span, placed: span),
            .roomTooSmall(room: "Phòng A", capacity: 50, session: "Khai mạc", audience: 120),
            .roomWithoutVideoLink(session: "Khai mạc", room: "Phòng A"),
            .roomConflict(room: "Phòng A", first: "Khai mạc", second: "Báo cáo"),
            .roomBusy(room: "Phòng A", other: "Báo cáo"), .personBusy(person, other: "Báo cáo"),
            .personConflict(person, first: "Khai mạc", second: "Báo cáo"),
            .pointBusy(point: "Điểm cầu Sơn La", other: "Báo cáo"),
            .pointConflict(point: "Điểm cầu Sơn La", first: "Khai mạc", second: "Báo cáo"),
            .pointUnavailable(point: "Điểm cầu Sơn La", span: span, session: "Khai mạc"),
            .personUnavailable(person, span: span, session: "Khai mạc"),
            .linkTestTooLate(
                point: "Điểm cầu Sơn La", firstStart: moment, leadMinutes: 60, testStart: moment,
                availableFrom: dated),
            .linkTestTooLate(
                point: "Điểm cầu Sơn La", firstStart: moment, leadMinutes: 60, testStart: moment,
                availableFrom: nil),
            .mustBeFirst(session: "Khai mạc", other: "Báo cáo"),
            .mustBeLast(session: "Bế mạc", other: "Báo cáo"),
            .mustFollow(session: "Thảo luận", predecessor: "Báo cáo"),
            .unknownSessionInProgramme(session: "x"), .sessionPlacedTwice(session: "Khai mạc"),
            .unknownRoomInProgramme(room: "phong-z", session: "Khai mạc"),
            .person(.unknown(identifier: "ai-do")),
            .pointOnlyAvailable(point: "Điểm cầu Sơn La", spans: [span]),
            .personOnlyAvailable(person, spans: [span, span]), .noVideoRoom(session: "Khai mạc"),
            .noVideoRoomLargeEnough(session: "Khai mạc", audience: 300, largest: 200),
            .noRoomLargeEnough(session: "Khai mạc", audience: 300, largest: 200),
            .fixedStartOutsideHours(session: "Khai mạc", start: moment, minutes: 30),
            .windowTooShort(session: "Khai mạc", window: span, minutes: 90),
            .sessionFitsNoDay(session: "Khai mạc", minutes: 600),
            .pointNeverAvailable(point: "Điểm cầu Sơn La", session: "Khai mạc"),
            .personNeverAvailable(.unknown(identifier: "ai-do"), session: "Khai mạc"),
            .noCommonTime(session: "Khai mạc"),
        ]
        + TimetableScoreComponentKind.allCases.map { .timetableComponent($0) }
        + [
            .timetableSummary(seed: 7, placed: 8, sessions: 9), .timetableDay(day),
            .timetableEntry(
                start: TimeOfDay(hour: 8)!, end: TimeOfDay(hour: 9)!, room: "Hội trường", session: "Khai mạc",
                linkedPoints: 10),
            .linkTestsHeading,
            .linkTestEntry(point: "Điểm cầu Sơn La", start: eight, end: nine, session: "Khai mạc"),
            .penaltyHeading(total: 100_020),
            .penaltyComponent(.unplaced, value: 1, weight: 100_000, penalty: 100_000),
            .unplacedSessionsHeading,
            .stoppedByTime(iterations: 2_304),
            .exactStoppedByTime(nodes: 4_096),
        ]
        + TimetableMethod.allCases.map { .timetableMethod($0, nodes: 1_234) }
        + [.timetableMethod(.exactThenLocalSearch, nodes: 99, cutByTime: true), .proofStartGrid(minutes: 15)]
        + [
            .timetableProof(.feasible, mostPlaced: true, optimal: true),
            .timetableProof(.feasible, mostPlaced: true, optimal: false),
            .timetableProof(.infeasible, mostPlaced: true, optimal: true),
            .timetableProof(.infeasible, mostPlaced: true, optimal: false),
            .timetableProof(.infeasible, mostPlaced: false, optimal: false),
            .timetableProof(.unknown, mostPlaced: true, optimal: false),
            .timetableProof(.unknown, mostPlaced: false, optimal: false),
        ]
        + [.conflictHeading(minimal: true), .conflictHeading(minimal: false)]
        + conflictConstraints.map { .conflictConstraint($0) }
        + GridComponent.allCases.map { .gridComponent($0) }
        + [
            .gridSummary(sessions: 216, seed: 1, iterations: 200_000),
            .gridScoreHeading(hard: true, total: 0),
            .gridScoreHeading(hard: false, total: 120),
            .gridScoreLine(.pause, value: 90, weight: 1, penalty: 90),
        ]
        + gridPlanMessages

    /// The reasons a session has no place on a plan's timeslot grid.
    static let gridPlanMessages: [M] = [
        .gridNoTimeslotOfKind(kind: .discussion), .gridNoTimeslotLongEnough(minutes: 120),
        .gridNoTimeslotAtFixedStart(nine), .gridNoTimeslotInWindow(TimeRange(start: eight, end: nine)!),
        .gridPointNotReady(point: "Điểm cầu Sơn La", leadMinutes: 60),
        .gridNoRoom(kind: .report, seats: 300, videoLink: true),
        .gridNoRoom(kind: .report, seats: 30, videoLink: false),
        .gridPinOffGrid(room: "Phòng A", start: nine), .gridBreaks([.personConflict, .pause]),
        .gridOffGrid(session: "Khai mạc", start: nine),
        .gridWrongKind(session: "Khai mạc", kind: .opening, room: "Phòng A", start: nine),
        .gridTooLong(session: "Khai mạc", minutes: 120, timeslotMinutes: 90),
        .gridSessionBreaks(session: "Khai mạc", components: [.pause, .crowd]),
    ]

    /// Every kind of constraint a conflict names.
    static let conflictConstraints: [TimetableConstraint] = [
        .mustBePlaced(session: "Khai mạc"), .fixedStart(session: "Khai mạc", start: moment),
        .window(session: "Trao thưởng", window: span, minutes: 45),
        .pinned(session: "Khai mạc", room: "Phòng A", start: dated),
        .capacity(session: "Khai mạc", audience: 120), .videoLink(session: "Khai mạc"),
        .first(session: "Khai mạc"), .last(session: "Bế mạc"),
        .after(session: "Phát biểu chỉ đạo", predecessor: "Trao thưởng"),
        .personAvailability(person, spans: [span]),
        .pointAvailability(point: "Điểm cầu Sơn La", spans: [span]),
        .linkTest(point: "Điểm cầu Sơn La", leadMinutes: 60),
        .personOneAtATime(.unknown(identifier: "ai-do")),
        .pointOneAtATime(point: "Điểm cầu Sơn La"), .roomOneAtATime(room: "Phòng A"),
    ]

    /// The position of each message in declaration order: the switch must name every case (so a
    /// new message does not compile until it is listed here), and the examples must cover them.
    static func code(_ message: M) -> Int {
        switch message {
        case .invalidInstance: 0
        case .instanceProblem: 1
        case .unknownReference: 2
        case .unplacedReason: 3
        case .boothComponent: 4
        case .allocationTitle: 5
        case .allocationSummary: 6
        case .allocationRun: 7
        case .placedPartiesHeading: 8
        case .columnNumber: 9
        case .columnParty: 10
        case .columnProvince: 11
        case .columnBoothCount: 12
        case .columnBooths: 13
        case .columnZones: 14
        case .columnComponent: 15
        case .columnValue: 16
        case .columnWeight: 17
        case .columnPoints: 18
        case .partyWithFixedBooths: 19
        case .noneListed: 20
        case .scoreByComponentHeading: 21
        case .totalScoreRow: 22
        case .waitingListEmpty: 23
        case .waitingListHeading: 24
        case .waitingListEntry: 25
        case .boothPlanClean: 26
        case .boothFindingCounts: 27
        case .findingSeverity: 28
        case .totalScoreLine: 29
        case .unknownBooth: 30
        case .unknownParty: 31
        case .withdrawnParty: 32
        case .boothListedTwice: 33
        case .boothGivenTwice: 34
        case .blockedBooth: 35
        case .closedZone: 36
        case .foodNotAllowed: 37
        case .wrongZone: 38
        case .pinNotKept: 39
        case .holdNotKept: 40
        case .partyNotPlaced: 41
        case .fewerBoothsThanWanted: 42
        case .moreBoothsThanWanted: 43
        case .blockNotConnected: 44
        case .blockNotStraight: 45
        case .serviceMissing: 46
        case .sameProductNeighbours: 47
        case .pavilionSplit: 48
        case .outsidePreferredZone: 49
        case .primeBoothOrder: 50
        case .droppedFromPublished: 51
        case .movedFromPublished: 52
        case .sessionNotScheduled: 53
        case .sessionOutsideHours: 54
        case .fixedTimeMoved: 55
        case .outsideWindow: 56
        case .roomTooSmall: 57
        case .roomWithoutVideoLink: 58
        case .roomConflict: 59
        case .roomBusy: 60
        case .personBusy: 61
        case .personConflict: 62
        case .pointBusy: 63
        case .pointConflict: 64
        case .pointUnavailable: 65
        case .personUnavailable: 66
        case .linkTestTooLate: 67
        case .mustBeFirst: 68
        case .mustBeLast: 69
        case .mustFollow: 70
        case .unknownSessionInProgramme: 71
        case .sessionPlacedTwice: 72
        case .unknownRoomInProgramme: 73
        case .person: 74
        case .pointOnlyAvailable: 75
        case .personOnlyAvailable: 76
        case .noVideoRoom: 77
        case .noVideoRoomLargeEnough: 78
        case .noRoomLargeEnough: 79
        case .fixedStartOutsideHours: 80
        case .windowTooShort: 81
        case .sessionFitsNoDay: 82
        case .pointNeverAvailable: 83
        case .personNeverAvailable: 84
        case .noCommonTime: 85
        case .timetableComponent: 86
        case .timetableSummary: 87
        case .timetableDay: 88
        case .timetableEntry: 89
        case .linkTestsHeading: 90
        case .linkTestEntry: 91
        case .penaltyHeading: 92
        case .penaltyComponent: 93
        case .unplacedSessionsHeading: 94
        case .stoppedByTime: 95
        case .allocationMayNotRepeat: 96
        case .allocationSearchHelp: 97
        case .timetableMethod: 98
        case .timetableProof: 99
        case .conflictHeading: 100
        case .conflictConstraint: 101
        case .gridComponent: 102
        case .gridSummary: 103
        case .gridScoreHeading: 104
        case .gridScoreLine: 105
        case .upperBoundLine: 106
        case .gridNoTimeslotOfKind: 107
        case .gridNoTimeslotLongEnough: 108
        case .gridNoTimeslotAtFixedStart: 109
        case .gridNoTimeslotInWindow: 110
        case .gridPointNotReady: 111
        case .gridNoRoom: 112
        case .gridPinOffGrid: 113
        case .gridBreaks: 114
        case .gridOffGrid: 115
        case .gridWrongKind: 116
        case .gridTooLong: 117
        case .gridSessionBreaks: 118
        case .outsideRegionalPavilion: 119
        case .exactStoppedByTime: 120
        case .proofStartGrid: 121
        }
    }

    @Test("the examples cover every message of the catalogue")
    func examplesCoverEveryCase() {
        let covered = Set(Self.examples.map(Self.code))
        #expect(covered == Set(0...121), "missing: \(Set(0...121).subtracting(covered).sorted())")
    }

    @Test("every message has Vietnamese and English text, and the two differ")
    func everyMessageInBothLanguages() {
        for message in Self.examples {
            let vi = message.text(.vietnamese)
            let en = message.text(.english)
            #expect(!vi.isEmpty && !en.isEmpty, "\(message)")
            #expect(vi != en, "\(message): «\(vi)»")
            #expect(message.vietnamese == vi && message.english == en)
        }
    }

    @Test("the Vietnamese and English wordings of different messages differ")
    func wordingsAreDistinct() {
        // Two different codes worded the same would be indistinguishable to a reader.
        for language in Language.allCases {
            var seen: [String: M] = [:]
            for message in Self.examples {
                let text = message.text(language)
                if let other = seen[text] {
                    Issue.record("\(language): \(message) and \(other) read «\(text)»")
                }
                seen[text] = message
            }
        }
    }

    @Test("the error is Localizable; its description is the Vietnamese")
    func errorWording() {
        let error = SchedulerError.invalidInstance([.noRooms, .noDays])
        #expect(error.description == error.text(.vietnamese))
        #expect(error.text(.vietnamese) == M.invalidInstance([.noRooms, .noDays]).vietnamese)
        #expect(error.text(.english) == M.invalidInstance([.noRooms, .noDays]).english)
        #expect(error.text(.english).split(separator: "\n").count == 3)
        let missing = SchedulerError.unknownReference(.person, identifier: "ai-do")
        #expect(missing.description == M.unknownReference(.person, identifier: "ai-do").vietnamese)
        for problem in Self.instanceProblems {
            #expect(problem.text(.english) == M.instanceProblem(problem).english)
            #expect(problem.vietnamese == M.instanceProblem(problem).vietnamese)
        }
    }

    @Test("scores are written as each language writes numbers")
    func numbers() {
        #expect(M.totalScoreLine(1_234.5).vietnamese.hasSuffix("1 234,50"))
        #expect(M.totalScoreLine(-30).english.hasSuffix("-30.00"))
        #expect(M.totalScoreLine(1_234_567.891).english.hasSuffix("1,234,567.89"))
    }
}
