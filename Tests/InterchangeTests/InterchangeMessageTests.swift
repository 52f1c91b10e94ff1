import Foundation
import Interchange
import Planning
import Testing

@Suite("InterchangeMessage: the Interchange catalogue")
struct InterchangeMessageTests {
    /// A finding of the sample fair, for the cases that carry one.
    static func finding() throws -> Finding {
        try #require(
            PlanValidator().validate(SampleData.nationalFair()).first { $0.code == .certificateExpired })
    }

    /// One value of every case, built so that its two wordings differ.
    static func samples() throws -> [InterchangeMessage] {
        let finding = try finding()
        return [
            .xmlNotWellFormed(detail: "EndTag"),
            .emptyFile,
            .fileTooLarge(limit: 1024),
            .documentTypeNotAllowed,
            .entityDeclarationNotAllowed(name: "x"),
            .cannotReadFile(detail: "ENOENT"),
            .xmlLibraryError(detail: "x"),
            .unexpectedError(detail: "x"),
            .excelNotSupported,
            .unknownFileType,
            .resourceMissing(name: "venue.rng"),
            .cannotCreateFolder(reason: "EACCES"),
            .outputPathEmpty(option: "--out"), .outputFolderMissing(folder: "/khong-co", option: "--svg"),
            .csvTemplateFolderNamedAsFile, .outputParentIsFile(folder: "ke-hoach.fairplan"),
            .cannotWrite(reason: "EACCES"),
            .programmeOnlyFormat(.frab),
            .templateFormatUnsupported(.xml),
            .severalFilesToStandardOutput(.csv, files: 5), .extensionOfAnotherFormat(.ods, written: "xlsx"),
            .draftProgrammeVersion,
            .linkTestTitle(point: "Điểm cầu Sơn La"),
            .linkTestDescription(session: "Khai mạc", minutes: 60),
            .qrTextTooLong(bytes: 3_000, limit: 2_331),
            .venueSchemaViolation(detail: "x"),
            .unknownVenueProvince("Đất Mới"),
            .identifierRepeated(id: "k1", count: 2),
            .boothInOtherHallsZone(booth: "A-01", zone: "k1", zoneHall: "B", boothHall: "A"),
            .attributeNotANumber(attribute: "x", value: "a"),
            .attributeNotAnInteger(attribute: "count", value: "a"),
            .venueFinding(finding, lines: [4, 5]),
            .lengthOutOfRange(attribute: "x", value: "1e300", range: 0...10_000),
            .integerOutOfRange(attribute: "capacity", value: "9223372036854775807", range: 0...100_000),
            .tooManyBooths(limit: 2_000),
            .tooManyRooms(limit: 500),
            .tooManyFeatures(limit: 2_000),
            .moreOverlappingBooths(count: 1_999_000),
            .moreProblems(count: 19_900),
            .demoVenuesHeading,
            .demoFilesWritten,
            .floorPlanTitle(venue: "Nhà A"),
            .mainAisle,
            .aisle,
            .boothTooltip(
                code: "A-01", kind: .corner, width: 3, depth: 2.5, zone: "Khu A", services: [.water],
                blocked: true),
            .legendTitle,
            .legendOpenFront,
            .legendEntrance,
            .legendBlockedBooth,
            .boothTotals(booths: 30, lettable: 28),
            .listSheetName(.attendees),
            .listTitle(.products),
            .listColumn(.fullName),
            .onSite,
            .notAssigned,
            .notRecognised,
            .noCertificate,
            .notScheduled,
            .noZone,
            .noVenueChosen,
            .summaryOrganisationsHeading,
            .summaryProductsHeading,
            .summaryBoothsHeading,
            .noRoomYet,
            .linksPoints(["Điểm cầu Sơn La"]),
            .connectionPointsLine(["Điểm cầu Sơn La"]),
            .fieldHeader(.organisationName),
            .fieldNote(.stars),
            .fieldExample(.organisationKind),
            .fieldHeaderNote(.organisationName),
            .registrationSheetName(.organisations),
            .registrationSheetTitle(.delegates),
            .templateTitle,
            .instructionsSheetName,
            .instructionsTitle,
            .instructionsSheetColumn,
            .instructionsFieldColumn,
            .instructionsRequiredColumn,
            .instructionsHowColumn,
            .instructionsExampleColumn,
            .instructionsGeneral,
            .instructionOneRowEach,
            .instructionRequiredColumns,
            .instructionNamingOrganisations,
            .instructionDates,
            .instructionProvinces,
            .instructionCheckFirst,
            .yes,
            .no,
            .productSetsSheetName,
            .productSetsTitle,
            .productSetNumberColumn,
            .productSetNameColumn,
            .productSetGroupColumn,
            .productSetSectorColumn,
            .productSetCategoryColumn,
            .headerRowNotFound(.products, depth: 8),
            .notARegistrationSheet,
            .instructionsOnly,
            .noRegistrationSheet,
            .missingRequiredColumn(.productOwner, headerRow: 2),
            .columnRepeated(.stars, columns: [4, 6]),
            .unknownColumn("Ghi chú riêng"),
            .noDataRows,
            .missingRequiredValue(.fullName),
            .lostLeadingZero(.organisationCode, written: "101234567", numberCell: true),
            .notACount("mười"),
            .countOutOfRange(.organisationMembers, written: 99_999_999_999, minimum: 0, maximum: 10_000_000),
            .matchesOtherRegistration, .boothRequestWaitsForOrganisation,
            .organisationNameShared(written: "HTX Tân Hòa"), .organisationInAnotherParty(sharing: false),
            .organisationInAnotherParty(sharing: true),
            .cellTooLong(.organisationName, characters: 3_510, maximum: 1_000), .fileNotFound, .folderNotFile,
            .textNamedAsWorkbook(extension: "xlsx"),
            .contentOfAnotherFormat(extension: "ods", content: "xlsx"),
            .unreadableDate("32/13/2024"),
            .unclearYesNo("có lẽ"),
            .unreadableStars("nhiều"),
            .invalidValue(.role, written: "Khán giả"),
            .unclearHonorific("Cô"),
            .kindNotInferable(name: "Tân Hòa"),
            .productSetInterpreted(written: "Mật ong", set: 4),
            .productSetAmbiguous(written: "Bộ 2", sets: [2, 12]),
            .productSetUnknown("Đồ lạ"),
            .recognitionIncomplete(missing: .decisionNumber),
            .organisationAmbiguous(
                written: "HTX Tân Hòa", candidates: ["HTX Tân Hòa, 0305100001", "HTX Tân Hòa"]),
            .organisationNotFound(written: "Công ty X", suggestions: ["HTX X"]),
            .organisationNotFoundKeptAsUnit(written: "Sở Nông nghiệp", suggestions: []),
            .connectionPointUnknown(written: "Điểm cầu X", points: ["Điểm cầu Sơn La"]),
            .productSkippedWithOwner(owner: "HTX Chè", row: 5),
            .delegateUnlinkedFromOrganisation(organisation: "HTX Chè", row: 5),
            .finding(finding),
            .rowNumber(5),
            .columnLetter("E", header: "Số sao"),
            .columnNamed("Chủ thể"),
            .reportHeading(files: ["dang-ky.ods"]),
            .sheetCount(.products, rows: 5, valid: 3),
            .severityHeading(.warning, count: 2),
            .verdictValid(organisations: 2, products: 3, people: 1),
            .verdictValid(organisations: 0, products: 0, people: 0, parties: 2),
            .verdictSkipping(skipped: 2, organisations: 2, products: 3, people: 1),
            .verdictNotATemplate(structuralErrors: 1),
            .verdictErrors(count: 4),
            .programmeColumnsMissing,
            .sessionNotInPlan("Phiên lạ"),
            .unreadableDay("hôm nay"),
            .unreadableStartTime("25:00"),
            .roomNotInVenue("Phòng 9"),
            .boothPlanColumnsMissing,
            .partyNotInPlan("HTX Không Có"),
            .sessionAmbiguous(written: "Khai mac", candidates: ["Khai mạc (ph-1)", "Khai mác (ph-2)"]),
            .roomAmbiguous(written: "Phong A", candidates: ["Phòng A (p1)", "Phóng A (p2)"]),
            .partyAmbiguous(
                written: "HTX Tan Hoa", candidates: ["HTX Tân Hòa (dv-1)", "HTX Tấn Hòa (dv-2)"]),
            .alreadyInPlan(.organisations, id: "tc-htx-tan-hoa"),
            .changedInPlan(
                .organisations, id: "tc-htx-tan-hoa",
                changes: [RegistrationChange(.organisationMembers, old: .number(12), new: .number(15))],
                applied: false),
            .repeatedInFiles(
                .registrationCode("0305100001"), others: [RegistrationRowReference(row: 7)], isFirst: true),
            .organisationCodeNotFound(code: "0305100001"),
            .sheetCountAgainstPlan(.organisations, rows: 3, valid: 3, present: 2, changed: 1),
            .changesSummary(count: 1, applied: true),
            .verdictNothingNew(present: 3), .verdictUpdatesOnly(changed: 2),
            .verdictValidUpdating(organisations: 1, products: 0, people: 0, parties: 0, changed: 1),
            .instructionDropDowns(sheet: "Bộ sản phẩm OCOP"),
            .pageLabel,
            .instructionBoothRequests(sheet: "Đăng ký gian hàng"),
            .partyProvinceOrOrganisation(bothGiven: true),
            .boothsOutOfRange(500, maximum: 200),
            .productNotFound(written: "Rượu ngô", suggestions: ["Rượu ngô men lá"]),
            .productAmbiguous(written: "Mật ong", candidates: ["Mật ong (sp-1)", "Mật ong (sp-2)"]),
            .productNotAmongShared(written: "Mận sấy", suggestions: ["Chè Tân Cương đặc biệt"]),
            .productNotAmongShared(written: "Mận sấy", suggestions: []), .outsideSubmission(.productOwner),
            .outsideSubmission(.delegateOrganisation), .outsideSubmission(.partyOrganisation),
            .sharingNotConfirmed(written: "5300100102"),
            .zoneUnknown(written: "Khu sân khấu", zones: ["Gian hàng tỉnh"]),
            .phoneWithoutContact,
            .boothRequestSkippedWithRow(.organisations, name: "Hợp tác xã Mật ong Bắc Hà", row: 4),
            .partiesToImport(added: 2, updated: 1),
            .timefoldNotJSON(detail: "unexpected end of data"), .timefoldTooDeep(limit: 64),
            .timefoldFieldMissing(field: "talkList[3] (Talk#3).language"),
            .timefoldFieldType(field: "talkList[3] (Talk#3).audienceLevel", expected: .integer),
            .timefoldUnknownReference(field: "talkList[3] (Talk#3).timeslot", reference: "Timeslot#99"),
            .timefoldDuplicateIdentifier(field: "talkList[4]", identifier: "Talk#3"),
            .timefoldTooMany(field: "talkList", count: 1_001, limit: 1_000),
            .timefoldValueOutOfRange(
                field: "roomList[0] (Room#0).capacity", value: -1, minimum: 0, maximum: 100),
            .timefoldTextTooLong(field: "talkList[0] (Talk#0).title", limit: 1_000),
            .timefoldUnsupported(field: "constraintWeightOverrides"),
            .timefoldTimeslotNotAfterStart(field: "timeslotList[0] (Timeslot#0)"),
        ]
            + RegistrationDropDown.allCases.flatMap { list -> [InterchangeMessage] in
                [.dropDownPrompt(list), .dropDownNotInList(list), .dropDownListColumn(list)]
            }
    }

    /// The position of a message's case in the catalogue; the switch stops compiling when a case
    /// is added, so the samples must grow with it.
    static func caseIndex(_ message: InterchangeMessage) -> Int {
        switch message {
        case .xmlNotWellFormed: 0
        case .emptyFile: 1
        case .fileTooLarge: 2
        case .documentTypeNotAllowed: 3
        case .entityDeclarationNotAllowed: 4
        case .cannotReadFile: 5
        case .xmlLibraryError: 6
        case .unexpectedError: 7
        case .excelNotSupported: 8
        case .unknownFileType: 9
        case .fileNotFound: 3_010
        case .folderNotFile: 3_011
        case .textNamedAsWorkbook: 3_013
        case .contentOfAnotherFormat: 151
        case .resourceMissing: 10
        case .cannotCreateFolder: 11
        case .cannotWrite: 12
        case .programmeOnlyFormat: 13
        case .templateFormatUnsupported: 14
        case .venueSchemaViolation: 15
        case .unknownVenueProvince: 16
        case .identifierRepeated: 17
        case .boothInOtherHallsZone: 18
        case .attributeNotANumber: 19
        case .attributeNotAnInteger: 20
        case .venueFinding: 21
        case .lengthOutOfRange: 1_000
        case .integerOutOfRange: 1_001
        case .tooManyBooths: 1_002
        case .tooManyRooms: 1_003
        case .tooManyFeatures: 1_004
        case .moreOverlappingBooths: 1_005
        case .moreProblems: 1_006
        case .demoVenuesHeading: 22
        case .demoFilesWritten: 23
        case .floorPlanTitle: 24
        case .mainAisle: 25
        case .aisle: 26
        case .boothTooltip: 27
        case .legendTitle: 28
        case .legendOpenFront: 29
        case .legendEntrance: 30
        case .legendBlockedBooth: 31
        case .boothTotals: 32
        case .listSheetName: 33
        case .listTitle: 34
        case .listColumn: 35
        case .onSite: 36
        case .notAssigned: 37
        case .notRecognised: 38
        case .noCertificate: 39
        case .notScheduled: 40
        case .noZone: 41
        case .noVenueChosen: 42
        case .summaryOrganisationsHeading: 43
        case .summaryProductsHeading: 44
        case .summaryBoothsHeading: 45
        case .noRoomYet: 46
        case .linksPoints: 47
        case .connectionPointsLine: 48
        case .fieldHeader: 49
        case .fieldNote: 50
        case .fieldExample: 51
        case .fieldHeaderNote: 52
        case .registrationSheetName: 53
        case .registrationSheetTitle: 54
        case .templateTitle: 55
        case .instructionsSheetName: 56
        case .instructionsTitle: 57
        case .instructionsSheetColumn: 58
        case .instructionsFieldColumn: 59
        case .instructionsRequiredColumn: 60
        case .instructionsHowColumn: 61
        case .instructionsExampleColumn: 62
        case .instructionsGeneral: 63
        case .instructionOneRowEach: 64
        case .instructionRequiredColumns: 65
        case .instructionNamingOrganisations: 66
        case .instructionDates: 67
        case .instructionProvinces: 68
        case .instructionCheckFirst: 69
        case .yes: 70
        case .no: 71
        case .productSetsSheetName: 72
        case .productSetsTitle: 73
        case .productSetNumberColumn: 74
        case .productSetNameColumn: 75
        case .productSetGroupColumn: 76
        case .productSetSectorColumn: 77
        case .productSetCategoryColumn: 78
        case .headerRowNotFound: 79
        case .notARegistrationSheet: 80
        case .instructionsOnly: 81
        case .noRegistrationSheet: 82
        case .missingRequiredColumn: 83
        case .columnRepeated: 84
        case .unknownColumn: 85
        case .noDataRows: 86
        case .missingRequiredValue: 87
        case .lostLeadingZero: 88
        case .notACount: 89
        case .unreadableDate: 90
        case .unclearYesNo: 91
        case .unreadableStars: 92
        case .invalidValue: 93
        case .unclearHonorific: 94
        case .kindNotInferable: 95
        case .productSetInterpreted: 96
        case .productSetAmbiguous: 97
        case .productSetUnknown: 98
        case .recognitionIncomplete: 99
        case .organisationAmbiguous: 100
        case .organisationNotFound: 101
        case .organisationNotFoundKeptAsUnit: 102
        case .connectionPointUnknown: 103
        case .productSkippedWithOwner: 104
        case .delegateUnlinkedFromOrganisation: 105
        case .finding: 106
        case .rowNumber: 107
        case .columnLetter: 108
        case .columnNamed: 109
        case .reportHeading: 110
        case .sheetCount: 111
        case .severityHeading: 112
        case .verdictValid: 113
        case .verdictSkipping: 114
        case .verdictNotATemplate: 115
        case .verdictErrors: 116
        case .programmeColumnsMissing: 117
        case .sessionNotInPlan: 118
        case .unreadableDay: 119
        case .unreadableStartTime: 120
        case .roomNotInVenue: 121
        case .boothPlanColumnsMissing: 122
        case .partyNotInPlan: 123
        case .sessionAmbiguous: 124
        case .roomAmbiguous: 125
        case .partyAmbiguous: 126
        case .alreadyInPlan: 127
        case .changedInPlan: 128
        case .repeatedInFiles: 129
        case .organisationCodeNotFound: 130
        case .sheetCountAgainstPlan: 131
        case .changesSummary: 132
        case .verdictNothingNew: 133
        case .severalFilesToStandardOutput: 134
        case .draftProgrammeVersion: 2_000
        case .linkTestTitle: 2_001
        case .linkTestDescription: 2_002
        case .qrTextTooLong: 2_003
        case .instructionDropDowns: 135
        case .dropDownPrompt: 136
        case .dropDownNotInList: 137
        case .dropDownListColumn: 138
        case .pageLabel: 139
        case .countOutOfRange: 140
        case .matchesOtherRegistration: 141
        case .boothRequestWaitsForOrganisation: 142
        case .verdictUpdatesOnly: 146
        case .verdictValidUpdating: 149
        case .outputParentIsFile: 150
        case .outputPathEmpty: 143
        case .outputFolderMissing: 144
        case .csvTemplateFolderNamedAsFile: 145
        case .organisationNameShared: 147
        case .organisationInAnotherParty: 148
        case .instructionBoothRequests: 3_000
        case .partyProvinceOrOrganisation: 3_001
        case .boothsOutOfRange: 3_002
        case .productNotFound: 3_003
        case .productAmbiguous: 3_004
        case .zoneUnknown: 3_005
        case .phoneWithoutContact: 3_006
        case .boothRequestSkippedWithRow: 3_007
        case .partiesToImport: 3_008
        case .productNotAmongShared: 3_009
        case .outsideSubmission: 3_014
        case .sharingNotConfirmed: 3_015
        case .timefoldNotJSON: 4_000
        case .timefoldTooDeep: 4_001
        case .timefoldFieldMissing: 4_002
        case .timefoldFieldType: 4_003
        case .timefoldUnknownReference: 4_004
        case .timefoldDuplicateIdentifier: 4_005
        case .timefoldTooMany: 4_006
        case .timefoldValueOutOfRange: 4_007
        case .timefoldTextTooLong: 4_008
        case .timefoldUnsupported: 4_009
        case .timefoldTimeslotNotAfterStart: 4_010
        case .cellTooLong: 3_009
        case .extensionOfAnotherFormat: 3_012
        }
    }

    @Test("every case has a sample")
    func everyCaseSampled() throws {
        #expect(
            Set(try Self.samples().map(Self.caseIndex))
                == Set(0...151).union(1_000...1_006).union(2_000...2_003).union(3_000...3_015).union(
                    4_000...4_010))
    }

    @Test("every message has Vietnamese and English text, and they differ")
    func bothLanguages() throws {
        for message in try Self.samples() {
            let vietnamese = message.text(.vietnamese)
            let english = message.text(.english)
            #expect(!vietnamese.isEmpty && !english.isEmpty, "\(message)")
            #expect(vietnamese != english, "\(message)")
        }
    }

    @Test("every registration field and list column has a header in both languages, distinct per sheet")
    func headers() {
        for language in Language.allCases {
            for kind in RegistrationSheetKind.allCases {
                let headers = kind.fields.map { $0.header(in: language) }
                #expect(Set(headers).count == headers.count, "\(kind) \(language)")
                #expect(kind.fields.allSatisfy { !$0.note(in: language).isEmpty })
            }
            #expect(
                ListColumn.allCases.allSatisfy { !InterchangeMessage.listColumn($0).text(language).isEmpty })
            #expect(
                Set(ListKind.allCases.map { $0.sheetName(in: language) }).count == ListKind.allCases.count)
        }
    }

    @Test("the message survives JSON, as problems travel to other front ends")
    func codable() throws {
        for message in try Self.samples() {
            let data = try JSONEncoder().encode(message)
            #expect(try JSONDecoder().decode(InterchangeMessage.self, from: data) == message)
        }
    }
}
