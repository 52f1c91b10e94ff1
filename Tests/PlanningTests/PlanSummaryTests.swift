import Planning
import Testing

@Suite("PlanSummary: totals that tell the truth")
struct PlanSummaryTests {
    /// The fair fixture with a second, withdrawn party of another cluster asking for five booths.
    static func fairWithWithdrawal() -> Plan {
        var plan = PlanFixtures.fair()
        plan.parties[0].cluster = "Cụm thi đua Tây Nam Bộ"
        plan.organisations.append(
            PlanFixtures.cooperative("org-2", name: "HTX Mỹ Thạnh", code: "9992000002", province: "Cà Mau"))
        plan.parties.append(
            ExhibitingParty(
                id: "htx-2", name: "HTX Mỹ Thạnh", kind: .organisation("org-2"), cluster: "Cụm thi đua khác",
                registrationStatus: .withdrawn))
        plan.boothRequests.append(
            BoothRequest(id: "dk-2", party: "htx-2", boothsWanted: 5, sharingOrganisations: ["org-2"]))
        return plan
    }

    @Test("booths requested and clusters leave withdrawn parties out")
    func withdrawnLeftOut() {
        let summary = PlanSummary(plan: Self.fairWithWithdrawal())
        #expect(summary.boothsRequested == 2)
        #expect(summary.clusters.map(\.cluster) == ["Cụm thi đua Tây Nam Bộ"])
        #expect(summary.clusters.map(\.booths) == [2])
        var active = Self.fairWithWithdrawal()
        active.parties[1].registrationStatus = .confirmed
        #expect(PlanSummary(plan: active).boothsRequested == 7)
        #expect(PlanSummary(plan: active).clusters.count == 2)
    }

    @Test("people on site are the main connection point's delegates", arguments: Language.allCases)
    func mainPointDelegates(language: Language) throws {
        var plan = PlanFixtures.conference()
        plan.people.append(Person(id: "p-3", fullName: "Trần Văn Cường", position: "Chuyên viên"))
        plan.attendances.append(Attendance(person: "p-3", event: "su-kien", place: .onSite, role: .delegate))
        plan.attendances.append(Attendance(person: "p-3", event: "khac", place: .onSite, role: .delegate))
        let summary = PlanSummary(plan: plan)
        #expect(summary.attendeesByPoint == ["dc-chinh": 2, "dc-can-tho": 1])
        #expect(plan.connectionPoint(of: .onSite) == "dc-chinh")
        let row = try #require(
            summary.rendered(in: language).split(separator: "\n").first { $0.contains("Hà Nội") })
        #expect(row.split(separator: " ").contains("2"))
        plan.connectionPoints[0].role = .satellite
        #expect(plan.connectionPoint(of: .onSite) == nil)
        #expect(PlanSummary(plan: plan).attendeesByPoint == ["dc-chinh": 1, "dc-can-tho": 1])
    }

    @Test(
        "a session's kind is printed once, also when its title is the kind's name",
        arguments: Language.allCases)
    func kindOnce(language: Language) {
        var plan = PlanFixtures.conference()
        plan.sessions.append(
            Session(id: "thao-luan", title: "Thảo luận", kind: .discussion, durationMinutes: 30))
        plan.sessions.append(
            Session(id: "giai-lao", title: "giải lao", kind: .break, durationMinutes: 15))
        plan.sessions.append(
            Session(
                id: "tham-luan", title: "HTX Tân Hòa chia sẻ kinh nghiệm", kind: .contribution,
                durationMinutes: 15))
        let text = PlanSummary(plan: plan).rendered(in: language)
        for kind in AgendaKind.allCases {
            let name = kind.name(language)
            #expect(!text.contains("\(name): \(name)"), "\(name)")
        }
        #expect(!text.contains("Thảo luận: Thảo luận"))
        #expect(!text.contains("Khai mạc: Khai mạc"))
        let contribution = "\(AgendaKind.contribution.name(language)): HTX Tân Hòa chia sẻ kinh nghiệm"
        #expect(text.contains(contribution))
        #expect(text.contains("\(AgendaKind.report.name(language)): Báo cáo") == (language == .english))
    }
}
