import Planning
import Testing

@testable import Interchange

@Suite("Documents catalogue")
struct DocumentsMessageTests {
    static let date = CalendarDate(year: 2026, month: 2, day: 5)!
    static let time = TimeOfDay(hour: 8, minute: 30)!

    /// One message of every case.
    static let samples: [DocumentsMessage] =
        [
            .nationalName, .motto, .number(nil), .number("12/GM-LMHTX"),
            .placeAndDate(place: "Hà Nội", date: date),
            .recipients, .recipientsAsAbove, .recipientsFile, .onBehalfOfOrganisers, .defaultSignerTitle,
            .signatureHint,
            .listEvent(event: "Hội chợ", from: date, to: date.adding(days: 2)), .total(3), .invitationTitle,
            .invitationAbout(event: "Hội nghị"), .invitationOpening(organiser: "Liên minh"),
            .addressee(honorific: .mrs, name: "Lê Thị Hoa"), .addressee(honorific: nil, name: "Lê Hoa"),
            .positionLine("Giám đốc"), .unitLine("HTX"), .attendLine(event: "Hội nghị"),
            .roleLine("Đại biểu"),
            .timeLine("08:30"), .timeOnDay(time, date), .placeLine("Hà Nội"),
            .connectionPointLine(point: "Điểm cầu", host: "Liên minh"), .linkTestLine("07:30"),
            .technicalContactLine(name: "An", phone: "0900000000"), .programmeHeading,
            .programmeItem(start: time, end: time, title: "Khai mạc"), .programmeDay(date), .notScheduled,
            .invitationClosing(honorific: .mr),
            .noticeTitle, .exhibitorAbout(event: "Hội chợ"), .dear("HTX"),
            .exhibitorOpening(event: "Hội chợ"),
            .boothsLine(["A-01"]), .noBoothYet, .sharingLine(["HTX"]), .servicesLine(["Điện"]),
            .setUpLine(date),
            .openingHeading, .openingDay(date, opens: time, closes: time), .exhibitorClosing,
            .fasciaBooth("A-01"),
            .changesTitle, .changesAbout(.boothPlan, event: "Hội chợ"),
            .changesAbout(.programme, event: "Hội nghị"),
            .changesOpening, .badgeRole(.delegate),
        ]
        + DocumentKind.allCases.map { .error(.nothingToWrite($0)) }
        + [
            .error(.missingStyle(.page, name: "X")), .error(.libreOfficeMissing),
            .error(.conversionFailed(file: "a.odt", detail: "x")), .error(.unknownList("x")),
            .error(.noticesNeedPlanFile), .error(.optionNotTaken(option: "--party", .badges)),
            .error(.extensionOfAnotherFormat(.odt, written: "pdf")),
            .error(.unpublishedVersion(option: "--from", .boothPlan, number: 9, published: 1...2)),
            .error(.unpublishedVersion(option: "--to", .programme, number: 1, published: nil)),
            .error(.versionsOutOfOrder(from: 2, to: 1)), .error(.partyHasNoBooth(party: "HTX")),
        ]

    @Test("every message has Vietnamese and English wording")
    func bothLanguages() {
        for message in Self.samples {
            #expect(!message.text(.vietnamese).isEmpty && !message.text(.english).isEmpty, "\(message)")
        }
        #expect(
            DocumentsMessage.nationalName.text(.vietnamese) != DocumentsMessage.nationalName.text(.english))
    }

    @Test("the date of an administrative document: two-digit days, and months January and February")
    func administrativeDate() {
        #expect(
            DocumentsMessage.placeAndDate(place: "Hà Nội", date: Self.date).vietnamese
                == "Hà Nội, ngày 05 tháng 02 năm 2026")
        let december = CalendarDate(year: 2026, month: 12, day: 16)!
        #expect(
            DocumentsMessage.placeAndDate(place: "Huế", date: december).vietnamese
                == "Huế, ngày 16 tháng 12 năm 2026")
    }

    @Test("without LibreOffice, the PDF error says how to install it")
    func libreOfficeMissing() {
        for language in Language.allCases {
            #expect(DocumentsError.libreOfficeMissing.text(language).contains("libreoffice-writer-nogui"))
        }
    }
}
