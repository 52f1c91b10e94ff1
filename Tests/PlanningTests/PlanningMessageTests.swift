import Planning
import Testing

/// Every message of the catalogue, worded in both languages.
@Suite("PlanningMessage: the catalogue")
struct PlanningMessageTests {
    static func day(_ iso: String) -> CalendarDate { PlanFixtures.date(iso) }

    static let range = PlanFixtures.range("2026-12-16", (8, 0), (9, 30))
    static let hall = Hall(id: "A", name: "Nhà A", width: 30, depth: 20)
    static let rect = Rect(x: 12, y: 6, width: 3, depth: 3)

    /// The names of Planning's enumerations: every value of each.
    static let names: [PlanningMessage] =
        Severity.allCases.map { .severity($0) } + Subject.Kind.allCases.map { .subjectKind($0) }
        + EntityKind.allCases.map { .entityNoun($0) }
        + OrganisationKind.allCases.map { .organisationKind($0) }
        + Sector.allCases.map { .sector($0) } + RegistrationStatus.allCases.map { .registrationStatus($0) }
        + BoothState.allCases.map { .boothState($0) } + BoothKind.allCases.map { .boothKind($0) }
        + BoothService.allCases.map { .boothService($0) } + RoomLayout.allCases.map { .roomLayout($0) }
        + AgendaKind.allCases.map { .agendaKind($0) }
        + EventKind.allCases.map { .eventKind($0) } + Attendance.Role.allCases.map { .attendanceRole($0) }
        + SessionParticipant.Role.allCases.map { .participantRole($0) }
        + ConnectionPointRole.allCases.map { .connectionPointRole($0) }
        + ConnectionPointRole.allCases.map { .connectionPointRoleShort($0) }
        + IssuingLevel.allCases.map { .issuingLevel($0) }
        + [
            CertificateStatus.valid(daysLeft: 3), .expired(since: day("2026-01-01")),
            .notYetValid(from: day("2027-01-01")),
        ]
        .map { .certificateStatus($0) }
        + PublicationKind.allCases.map { .publicationKind($0) } + Honorific.allCases.map { .honorific($0) }
        + ProductCategory.allCases.map { .productCategory($0) }
        + ProvinceKind.allCases.map { .provinceKind($0) }
        + ProvinceCode.Scheme.allCases.map { .provinceScheme($0) }
        + CalendarDate.Weekday.allCases.map { .weekday($0) }

    /// One representative value of every other case.
    static let others: [PlanningMessage] = [
        .subject(kind: .organisation, label: "HTX Tân Hòa", id: "org-12"),
        .formerProvince(current: "Cần Thơ", former: "Sóc Trăng"),
        .unknownProductSet(number: 99), .unknownLegacyGroup(number: 99),
        .rectangle(width: 3, depth: 3, x: 12, y: 6),
        .entityNotFound(.organisation, written: "Tân Hoà", suggestions: ["HTX Tân Hòa (org-12)"]),
        .entityNotFound(.person, written: "An", suggestions: []),
        .entityAmbiguous(
            .organisation, written: "Tân", candidates: ["HTX Tân Hòa (org-1)", "HTX Tân An (org-2)"]),
        .registrationMoveRefused(from: .pending, to: .placed),
        .registrationMoveRefused(from: .withdrawn, to: .pending),
        .undecodableRegistrationCode("12345"), .undecodableDate("16/12/2026"),
        .eventWithoutDays,
        .eventInvertedHours(
            date: day("2026-12-16"), opens: TimeOfDay(hour: 17)!, closes: TimeOfDay(hour: 8)!),
        .eventDuplicateDay(date: day("2026-12-16"), count: 2),
        .malformedPhone(phone: "12345", contact: "Trần Văn Bình"),
        .malformedEmail(email: "binh@", contact: "Trần Văn Bình"),
        .unknownProvince(written: "Hà Tây", suggestions: ["Hà Nội"]),
        .malformedRegistrationCode(written: "12345"),
        .missingRegistrationCode(kind: .cooperative),
        .tooFewMembers(kind: .cooperative, members: 3, minimum: 5),
        .nameDoesNotMatchKind(name: "Phú Lợi", prefix: "Hợp tác xã"),
        .sectorDoesNotMatchKind(sector: .credit, kind: .cooperative),
        .unknownMemberOrganisation(member: "org-9"),
        .duplicateRegistrationCode(code: "0101234567", otherName: "HTX Tân Hòa", otherID: "org-1"),
        .possibleDuplicateOrganisation(otherName: "HTX Tân Hòa", otherID: "org-1"),
        .unknownProductOwner(owner: "org-9"), .unclassifiedProduct,
        .duplicateProduct(otherName: "Gạo thơm", otherID: "sp-1"),
        .starsOutOfRange(stars: 2),
        .certificateNotYetValid(
            decisionNumber: "1/QĐ-UBND", decisionDate: day("2027-01-01"), firstDay: day("2026-12-16")),
        .certificateExpired(
            decisionNumber: "1/QĐ-UBND", decisionDate: day("2022-01-01"), invalidFrom: day("2025-01-01")),
        .certificateExpiresDuringEvent(
            decisionNumber: "1/QĐ-UBND", decisionDate: day("2023-12-17"), validUntil: day("2026-12-16")),
        .certificateRenewalDue(validUntil: day("2027-01-10")),
        .issuingLevelMismatch(
            stars: 3, decisionDate: day("2025-08-01"), expected: .province, actual: .district),
        .malformedDecisionNumber(number: "QĐ 12"),
        .criteriaBasisMismatch(classification: .legacyGroup(3), basis: .decision148of2023),
        .personWithoutName, .unknownPersonOrganisation(organisation: "org-9"),
        .birthDateImplausible(
            date: CalendarDate(year: 2062, month: 5, day: 1)!,
            firstDay: CalendarDate(year: 2026, month: 12, day: 15)!,
            years: 120),
        .duplicatePerson(otherName: "Nguyễn Văn An", otherID: "p-1"),
        .unknownAttendee(person: "p-9"), .unknownAttendancePoint(point: "dc-9"), .duplicateAttendance,
        .unknownPartyOrganisation(organisation: "org-9"), .partyWithoutRequest,
        .unknownRequestParty(party: "lm-9"),
        .invalidBoothCount(wanted: 0), .unknownSharingOrganisation(organisation: "org-9"),
        .sharingOutsideProvince(organisation: "HTX Phú Lợi", province: ProvinceReference("Sóc Trăng")),
        .unknownRequestProduct(product: "sp-9"), .productOwnerNotSharing(product: "Gạo thơm"),
        .coldChainNotRequested, .organisationInTwoParties(parties: ["Liên minh A", "Liên minh B"]),
        .demandExceedsVenue(demand: 40, supply: 30),
        .duplicateHall(id: "A", count: 2), .duplicateRoom(id: "hoi-truong", count: 2),
        .duplicateBoothCode(code: "A-01", count: 2),
        .degenerateBooth(rect: Rect(x: 0, y: 0, width: 0, depth: 3)),
        .boothInUnknownHall(hall: "Z"),
        .boothOutsideHall(rect: rect, hallName: "Nhà A", hallWidth: 10, hallDepth: 5),
        .overlappingBooths(booth: "A-01", other: "A-02"), .roomWithoutCapacity, .unknownZone(zone: "z-9"),
        .boothInAisle(booth: "A-01", aisle: "aisle-1"), .zoneWithoutBooths(zone: "Khu ẩm thực"),
        .featureOutsideHall(feature: .aisle, id: "aisle-1", hall: "Z"),
        .assignmentToUnknownBooth(booth: "Z-01"),
        .boothAssignedTwice(parties: ["Liên minh A", "Liên minh B"]),
        .blockedBoothAssigned, .boothCountMismatch(wanted: 2, assigned: 1),
        .missingBoothService(services: [.water, .coldStorage], party: "Liên minh A"),
        .boothsNotContiguous(booths: ["A-01", "A-04"]),
        .mainConnectionPointCount(count: 2), .mainPointNotLinked(main: "Điểm cầu Hà Nội"),
        .missingTechnicalContact, .unknownChair(chair: "p-9"), .availabilityOutsideEvent(range),
        .connectionPointOverCapacity(attendees: 50, capacity: 40), .invalidDuration,
        .longerThanEveryDay(minutes: 1_440, longestDay: 570), .orderCycle(sessions: ["Khai mạc", "Báo cáo"]),
        .severalAtOneEnd(last: false, sessions: ["Khai mạc", "Chào cờ"]),
        .severalAtOneEnd(last: true, sessions: ["Bế mạc", "Tổng kết"]),
        .firstAfter(session: "Khai mạc", predecessor: "Báo cáo"), .afterLast(session: "Thử", last: "Bế mạc"),
        .firstAndLast(session: "Khai mạc"),
        .unknownSessionReference(.connectionPoint, id: "dc-9"), .unscheduledSession,
        .connectionPointUnavailable(point: "Điểm cầu Cần Thơ", range: range), .unknownRoom(room: "phong-9"),
        .roomTooSmall(room: "Phòng nhỏ", capacity: 20, audience: 80),
        .roomWithoutVideoLink(room: "Phòng nhỏ"),
        .sessionOutsideHours(range: range), .fixedTimeMoved(fixed: range.start, scheduled: range.end),
        .outsideWindow(window: range, scheduled: range),
        .roomDoubleBooked(room: "hoi-truong", first: "Khai mạc", second: "Báo cáo"),
        .personDoubleBooked(person: "Nguyễn Văn An", first: "Khai mạc", second: "Báo cáo"),
        .connectionPointDoubleBooked(point: "Điểm cầu Cần Thơ", first: "Khai mạc", second: "Báo cáo"),
        .sessionMustBeFirst(earlier: "Báo cáo"), .sessionMustBeLast(later: "Báo cáo"),
        .sessionMustFollow(session: "Khai mạc"),
        .linkTestLeadTime(minutes: 60, sessionStart: range.start, availableFrom: range.end),
        .summaryEventLine(
            kind: .fair, organiser: "Liên minh HTX", province: "Cần Thơ", firstDay: day("2026-12-16"),
            lastDay: day("2026-12-18")),
        .summaryEventLine(
            kind: .fair, organiser: "Liên minh HTX", province: "Cần Thơ", firstDay: nil, lastDay: nil),
        .summaryOrganisationsHeading(total: 61), .summaryProductsHeading(total: 112),
        .summaryInvalidCertificates(count: 2), .summaryClustersHeading,
        .summaryBoothsRequested(requested: 30, available: 40), .summaryStandardBoothsRequested(requested: 30),
        .summaryConferenceHeading, .summaryFindingsHeading(errors: 1, warnings: 2, notes: 3),
        .noProblemsFound,
        .severityGroup(.warning, count: 2), .moreItems(count: 4), .starRating(stars: 4), .notRecognised,
        .unclassified, .otherCluster, .notScheduled,
        .columnProvince, .columnTotal, .rowSum, .columnProductGroup, .columnCount, .columnShare,
        .columnRating,
        .columnCluster, .columnOrganisations, .columnProducts, .columnBooths, .columnProductMix,
        .columnConnectionPoint, .columnRole, .columnCapacity, .columnAttendees, .columnTechnician,
        .columnTime,
        .columnContent, .columnRoom, .columnLinkedPoints,
        .venueHalls([hall]), .venueHalls([]), .venueBooths(total: 8, lettable: 7, blocked: 1, mainAisle: 4),
        .venueServices([.power: 3, .water: 1]), .venueNoRooms, .venueRooms(count: 2, seats: 120), .noZone,
        .columnBoothKind, .columnBoothCount, .columnZone, .columnSeats, .columnLayout, .columnVideoLink, .yes,
        .no,
        .changeLogHeading(.boothPlan, from: 1, to: 2), .changeLogHeading(.programme, from: nil, to: nil),
        .noChanges, .partiesMoved(count: 1), .partiesAdded(count: 1), .partiesRemoved(count: 1),
        .previously("A-04"), .boothsFreed(["A-04"]), .boothsTaken(["A-05", "A-06"]),
        .sessionsMoved(count: 3), .sessionsAdded(count: 1), .sessionsRemoved(count: 1),
        .timingOutsideEvent(timing: .free, minutes: 30),
        .timingOutsideEvent(timing: .fixed(range.start), minutes: 90),
        .timingOutsideEvent(timing: .window(range), minutes: 600),
        .sessionsRelinked(count: 1), .pointsLinked(["Điểm cầu Vinh"]),
        .pointsUnlinked(["Điểm cầu Sơn La", "Huế"]),
        .programmeSlot(time: range, room: nil), .programmeSlot(time: nil, room: "Hội trường lớn"),
    ]

    static let all = names + others

    /// The position of a message's case in the catalogue. The switch is exhaustive, so a new case
    /// does not compile until it is numbered here (and ``caseCount`` raised, and a sample added).
    static func ordinal(_ message: PlanningMessage) -> Int {
        switch message {
        case .severity: 0
        case .subjectKind: 1
        case .subject: 2
        case .entityNoun: 3
        case .organisationKind: 4
        case .sector: 5
        case .registrationStatus: 6
        case .boothState: 7
        case .boothKind: 8
        case .boothService: 9
        case .roomLayout: 10
        case .agendaKind: 11
        case .eventKind: 12
        case .attendanceRole: 13
        case .participantRole: 14
        case .connectionPointRole: 15
        case .connectionPointRoleShort: 16
        case .issuingLevel: 17
        case .certificateStatus: 18
        case .publicationKind: 19
        case .honorific: 20
        case .productCategory: 21
        case .provinceKind: 22
        case .provinceScheme: 23
        case .weekday: 24
        case .formerProvince: 25
        case .unknownProductSet: 26
        case .unknownLegacyGroup: 27
        case .rectangle: 28
        case .entityNotFound: 29
        case .entityAmbiguous: 30
        case .registrationMoveRefused: 31
        case .undecodableRegistrationCode: 32
        case .undecodableDate: 33
        case .eventWithoutDays: 34
        case .eventInvertedHours: 35
        case .eventDuplicateDay: 36
        case .malformedPhone: 37
        case .malformedEmail: 38
        case .unknownProvince: 39
        case .malformedRegistrationCode: 40
        case .missingRegistrationCode: 41
        case .tooFewMembers: 42
        case .nameDoesNotMatchKind: 43
        case .sectorDoesNotMatchKind: 44
        case .unknownMemberOrganisation: 45
        case .duplicateRegistrationCode: 46
        case .possibleDuplicateOrganisation: 47
        case .unknownProductOwner: 48
        case .unclassifiedProduct: 49
        case .duplicateProduct: 50
        case .starsOutOfRange: 51
        case .certificateNotYetValid: 52
        case .certificateExpired: 53
        case .certificateExpiresDuringEvent: 54
        case .certificateRenewalDue: 55
        case .issuingLevelMismatch: 56
        case .malformedDecisionNumber: 57
        case .criteriaBasisMismatch: 58
        case .personWithoutName: 59
        case .unknownPersonOrganisation: 60
        case .duplicatePerson: 61
        case .unknownAttendee: 62
        case .unknownAttendancePoint: 63
        case .duplicateAttendance: 64
        case .unknownPartyOrganisation: 65
        case .partyWithoutRequest: 66
        case .unknownRequestParty: 67
        case .invalidBoothCount: 68
        case .unknownSharingOrganisation: 69
        case .sharingOutsideProvince: 70
        case .unknownRequestProduct: 71
        case .productOwnerNotSharing: 72
        case .coldChainNotRequested: 73
        case .organisationInTwoParties: 74
        case .demandExceedsVenue: 75
        case .duplicateHall: 76
        case .duplicateRoom: 77
        case .duplicateBoothCode: 78
        case .degenerateBooth: 79
        case .boothInUnknownHall: 80
        case .boothOutsideHall: 81
        case .overlappingBooths: 82
        case .roomWithoutCapacity: 83
        case .unknownZone: 84
        case .boothInAisle: 85
        case .zoneWithoutBooths: 86
        case .featureOutsideHall: 87
        case .assignmentToUnknownBooth: 88
        case .boothAssignedTwice: 89
        case .blockedBoothAssigned: 90
        case .boothCountMismatch: 91
        case .missingBoothService: 92
        case .boothsNotContiguous: 93
        case .mainConnectionPointCount: 94
        case .missingTechnicalContact: 95
        case .unknownChair: 96
        case .connectionPointOverCapacity: 97
        case .invalidDuration: 98
        case .unknownSessionReference: 99
        case .unscheduledSession: 100
        case .connectionPointUnavailable: 101
        case .unknownRoom: 102
        case .roomTooSmall: 103
        case .roomWithoutVideoLink: 104
        case .sessionOutsideHours: 105
        case .fixedTimeMoved: 106
        case .outsideWindow: 107
        case .roomDoubleBooked: 108
        case .personDoubleBooked: 109
        case .connectionPointDoubleBooked: 110
        case .sessionMustBeFirst: 111
        case .sessionMustBeLast: 112
        case .sessionMustFollow: 113
        case .linkTestLeadTime: 114
        case .summaryEventLine: 115
        case .summaryOrganisationsHeading: 116
        case .summaryProductsHeading: 117
        case .summaryInvalidCertificates: 118
        case .summaryClustersHeading: 119
        case .summaryBoothsRequested: 120
        case .summaryStandardBoothsRequested: 121
        case .summaryConferenceHeading: 122
        case .summaryFindingsHeading: 123
        case .noProblemsFound: 124
        case .severityGroup: 125
        case .moreItems: 126
        case .starRating: 127
        case .notRecognised: 128
        case .unclassified: 129
        case .otherCluster: 130
        case .notScheduled: 131
        case .columnProvince: 132
        case .columnTotal: 133
        case .rowSum: 134
        case .columnProductGroup: 135
        case .columnCount: 136
        case .columnShare: 137
        case .columnRating: 138
        case .columnCluster: 139
        case .columnOrganisations: 140
        case .columnProducts: 141
        case .columnBooths: 142
        case .columnProductMix: 143
        case .columnConnectionPoint: 144
        case .columnRole: 145
        case .columnCapacity: 146
        case .columnAttendees: 147
        case .columnTechnician: 148
        case .columnTime: 149
        case .columnContent: 150
        case .columnRoom: 151
        case .columnLinkedPoints: 152
        case .venueHalls: 153
        case .venueBooths: 154
        case .venueServices: 155
        case .venueNoRooms: 156
        case .venueRooms: 157
        case .noZone: 158
        case .columnBoothKind: 159
        case .columnBoothCount: 160
        case .columnZone: 161
        case .columnSeats: 162
        case .columnLayout: 163
        case .columnVideoLink: 164
        case .yes: 165
        case .no: 166
        case .changeLogHeading: 167
        case .noChanges: 168
        case .partiesMoved: 169
        case .partiesAdded: 170
        case .partiesRemoved: 171
        case .previously: 172
        case .boothsFreed: 173
        case .boothsTaken: 174
        case .sessionsMoved: 175
        case .sessionsAdded: 176
        case .sessionsRemoved: 177
        case .programmeSlot: 178
        case .longerThanEveryDay: 179
        case .orderCycle: 180
        case .sessionsRelinked: 181
        case .pointsLinked: 182
        case .pointsUnlinked: 183
        case .timingOutsideEvent: 184
        case .birthDateImplausible: 185
        case .mainPointNotLinked: 186
        case .availabilityOutsideEvent: 187
        case .severalAtOneEnd: 188
        case .firstAfter: 189
        case .afterLast: 190
        case .firstAndLast: 191
        }
    }

    /// The number of cases the catalogue has.
    static let caseCount = 192

    @Test("candidates sharing one name are told apart by identifier only; other names by either (QA 43)")
    func ambiguousAdvice() {
        let same = PlanningMessage.entityAmbiguous(
            .session, written: "Thảo luận", candidates: ["Thảo luận (phien-1)", "Thảo luận (phien-2)"])
        #expect(!same.text(.vietnamese).contains("tên đầy đủ"))
        #expect(!same.text(.english).contains("full name"))
        let differing = PlanningMessage.entityAmbiguous(
            .session, written: "Thảo luận",
            candidates: ["Thảo luận chung (phien-1)", "Thảo luận tổ (phien-2)"])
        #expect(differing.text(.vietnamese).contains("tên đầy đủ"))
    }

    @Test("the samples cover every case of the catalogue")
    func coverage() {
        #expect(Set(Self.all.map(Self.ordinal)) == Set(0..<Self.caseCount))
    }

    @Test("every case is worded in Vietnamese and in English, and the two differ")
    func worded() {
        for message in Self.all {
            let vietnamese = message.text(.vietnamese)
            let english = message.text(.english)
            #expect(!vietnamese.isEmpty, "\(message)")
            #expect(!english.isEmpty, "\(message)")
            #expect(vietnamese != english, "\(message)")
            #expect(message.vietnamese == vietnamese && message.english == english)
        }
    }

    @Test("the names of one enumeration differ from each other in each language")
    func namesDistinct() {
        for language in Language.allCases {
            for words in [
                Severity.allCases.map { $0.name(language) }, Subject.Kind.allCases.map { $0.name(language) },
                EntityKind.allCases.map { $0.noun(language) },
                OrganisationKind.allCases.map { $0.name(language) },
                AgendaKind.allCases.map { $0.name(language) },
                BoothService.allCases.map { $0.name(language) },
                CalendarDate.Weekday.allCases.map { $0.name(language) },
            ] {
                #expect(Set(words).count == words.count, "\(language) \(words)")
            }
        }
    }

    @Test("every finding of the sample plans is worded in both languages")
    func sampleFindings() {
        for plan in [SampleData.nationalFair(), SampleData.hybridBriefing()] {
            let findings = PlanValidator().validate(plan)
            #expect(!findings.isEmpty)
            for finding in findings {
                #expect(!finding.message.vietnamese.isEmpty && !finding.message.english.isEmpty)
                #expect(finding.message.vietnamese != finding.message.english, "\(finding.code)")
                #expect(finding.description == finding.text(.vietnamese))
            }
        }
    }

    @Test("a finding's line names its severity, code and subject in the language asked for")
    func findingLine() throws {
        var plan = PlanFixtures.fair()
        plan.organisations.append(PlanFixtures.cooperative("org-2", name: "Hợp tác xã Phú Lợi"))
        let finding = try #require(
            PlanValidator().validate(plan).first { $0.code == .duplicateRegistrationCode })
        let english = finding.text(.english)
        #expect(english.contains("[\(FindingCode.duplicateRegistrationCode)]"))
        #expect(english.hasPrefix(Severity.error.name(.english)))
        #expect(english.contains(finding.subject.text(.english)))
        #expect(english.hasSuffix(finding.message.english))
        #expect(
            finding.message
                == BilingualText(
                    PlanningMessage.duplicateRegistrationCode(
                        code: "9992000001", otherName: "Hợp tác xã Nông nghiệp Tân Hòa", otherID: "org-1")))
        let vietnamese = finding.text(.vietnamese)
        #expect(vietnamese.contains("[organisation.duplicate-registration-code]"))
        #expect(vietnamese.hasPrefix(Severity.error.name(.vietnamese)))
        #expect(vietnamese != english)
    }

    @Test("entity nouns and resolution errors come from the catalogue")
    func errors() {
        let notFound = PlanningError.notFound(
            .organisation, written: "Tân Hoà", suggestions: ["HTX Tân Hòa (org-1)"])
        #expect(
            notFound.message
                == .entityNotFound(.organisation, written: "Tân Hoà", suggestions: ["HTX Tân Hòa (org-1)"]))
        #expect(notFound.description == notFound.text(.vietnamese))
        #expect(notFound.text(.vietnamese).contains(EntityKind.organisation.noun(.vietnamese)))
        #expect(notFound.text(.english).contains(EntityKind.organisation.noun(.english)))
        let ambiguous = PlanningError.ambiguous(.person, written: "An", candidates: ["a (p-1)", "b (p-2)"])
        #expect(
            ambiguous.message == .entityAmbiguous(.person, written: "An", candidates: ["a (p-1)", "b (p-2)"]))
        #expect(ambiguous.text(.english).contains("a (p-1); b (p-2)"))
        #expect(ambiguous.text(.vietnamese) != ambiguous.text(.english))
    }

    @Test("the venue summary is worded in the language asked for", arguments: Language.allCases)
    func venueSummary(language: Language) {
        let text = VenueSummary(venue: PlanFixtures.venue()).rendered(in: language)
        #expect(text.contains(PlanningMessage.venueHalls([Self.hall]).text(language)))
        #expect(text.contains(PlanningMessage.noZone.text(language)))
        #expect(text.contains(PlanningMessage.venueRooms(count: 2, seats: 120).text(language)))
        let other: Language = language == .vietnamese ? .english : .vietnamese
        #expect(!text.contains(PlanningMessage.columnVideoLink.text(other)))
    }
}
