import Planning
import Testing
import Web

@Suite("Web: the portal's wording is complete in both languages")
struct PortalMessageTests {
    /// One message of each case.
    static let samples: [PortalMessage] = [
        .portalName, .skipToContent, .navigation, .otherLanguage, .eventsHeading, .eventPage, .programmePage,
        .exhibitorsPage, .pointsPage, .organiser, .dates, .place, .venue, .exhibitorCount(2),
        .sessionCount(1),
        .pointCount(3), .notPublished(.boothPlan), .notPublished(.programme),
        .publishedVersion(
            .programme, number: 2,
            at: LocalDateTime(
                date: CalendarDate(year: 2026, month: 12, day: 1)!, time: TimeOfDay(hour: 9, minute: 5)!)),
        .day(CalendarDate(year: 2026, month: 12, day: 1)!), .time, .session, .room, .chairsAndSpeakers,
        .linkedPoints, .programmeForPoint, .allPoints, .show, .programmeAtPoint("Điểm cầu Cà Mau"),
        .calendarDownload, .frabDownload, .floorPlan, .floorPlanDescription("Hội chợ"),
        .exhibitorFloorPlan("HTX Mây tre", booths: ["A-01"]), .boothIndex, .booth,
        .exhibitor, .province, .booths, .productsShown, .allProducts, .organisations, .backToPlan, .pointRole,
        .host, .chair, .technicalContact, .delegates, .hallCapacity, .notNamed, .noSessions, .notFound,
        .notFoundExplanation, .badRequest, .serverError, .error(.noPlans),
        .refusedExplanation(status: 400), .refusedExplanation(status: 403), .refusedExplanation(status: 405),
        .refusedExplanation(status: 413), .refusedExplanation(status: 415), .refusedExplanation(status: 429),
        .error(.duplicateSlug("a", paths: ["x"])),
        .error(.templates(reason: "r")), .error(.invalidHost("h")),
        .error(.editedMeanwhile(field: "Điện thoại", stored: "0912345678")), .error(.staleForm),
        .error(.sessionEnded(signIn: "/hoi-cho/quan-ly/dang-nhap")), .sessionEndedHeading, .signInAgain,
        .serving(address: "http://127.0.0.1:8080/", sites: []),
        .wouldServe(address: "http://127.0.0.1:8080/", sites: []),
        .howToStop, .footer(version: "1.0"),
    ]

    @Test("every message is worded in Vietnamese and in English, and the two differ")
    func bothLanguages() {
        for message in Self.samples {
            #expect(!message.vietnamese.isEmpty, "\(message)")
            #expect(!message.english.isEmpty, "\(message)")
            #expect(message.vietnamese != message.english, "\(message)")
        }
    }
}
