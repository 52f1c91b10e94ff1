import Foundation
import Interchange
import Planning
import Store
import Web

/// A folder holding the sample fair and briefing as plan files, with some booths and sessions
/// placed and published, and the portal serving them.
struct PortalFixture {
    /// The folder.
    let folder: URL
    /// The fair's plan file.
    let fairPath: String
    /// The briefing's plan file.
    let briefingPath: String

    /// When the tests publish.
    static let now = LocalDateTime(
        date: CalendarDate(year: 2026, month: 12, day: 1)!, time: TimeOfDay(hour: 10, minute: 0)!)

    /// A party whose name is markup, to show that nothing a registrant types runs in a page.
    static let markupName = "<script>alert('xss')</script> HTX \"Mây\" & <b>Tre</b>"

    /// The fixture: the fair with its first three parties on booths (the third named
    /// ``markupName``), published as version 1; the briefing with its first sessions timed,
    /// published as version 1 when `publishProgramme`.
    init(publishBooths: Bool = true, publishProgramme: Bool = true) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-web-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        fairPath = folder.appendingPathComponent("hoi-cho.fairplan").path
        briefingPath = folder.appendingPathComponent("hoi-nghi.fairplan").path

        var fair = SamplePlan.fair.plan
        fair.parties[2].name = Self.markupName
        let booths = (fair.venue?.lettableBooths.map(\.code) ?? []).sorted()
        fair.boothAssignments = [
            BoothAssignment(booth: booths[0], party: fair.parties[0].id),
            BoothAssignment(booth: booths[1], party: fair.parties[0].id),
            BoothAssignment(booth: booths[2], party: fair.parties[1].id),
            BoothAssignment(booth: booths[3], party: fair.parties[2].id),
        ]
        let fairStore = try PlanStore.create(at: fairPath, plan: fair)
        if publishBooths { try fairStore.publishBoothPlan(note: nil, at: Self.now) }
        try fairStore.close()

        var briefing = SamplePlan.briefing.plan
        let day = briefing.event.days[0].date
        let room = briefing.venue?.rooms.first?.id
        for index in briefing.sessions.indices.prefix(3) {
            briefing.sessions[index].start = LocalDateTime(
                date: day, time: TimeOfDay(hour: 8 + 2 * index, minute: 0)!)
            briefing.sessions[index].room = room
        }
        let briefingStore = try PlanStore.create(at: briefingPath, plan: briefing)
        if publishProgramme { try briefingStore.publishProgramme(note: nil, at: Self.now) }
        try briefingStore.close()
    }

    /// The portal serving both plans.
    func portal() throws -> Portal {
        try Portal(
            sites: [
                PortalSite(slug: "hoi-cho", planPath: fairPath),
                PortalSite(slug: "hoi-nghi", planPath: briefingPath),
            ],
            version: "kiem-thu", now: { Self.now })
    }

    /// Removes the folder.
    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
