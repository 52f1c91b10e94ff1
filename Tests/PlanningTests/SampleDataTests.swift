import Planning
import Testing

@Suite("SampleData: the embedded demo plans")
struct SampleDataTests {
    @Test("the regional cluster registers 61 cooperatives, 112 products (90% / 10%) and 30 booths")
    func regionalCluster() throws {
        let summary = PlanSummary(plan: SampleData.nationalFair())
        let cluster = try #require(summary.clusters.first { $0.cluster == SampleData.regionalCluster })
        #expect(cluster.provinces.count == 6)
        #expect(cluster.organisations == 61)
        #expect(cluster.products == 112)
        #expect(cluster.booths == 30)
        let shares = Dictionary(uniqueKeysWithValues: cluster.categories.map { ($0.name, $0) })
        let agriFood = BilingualText(PlanningMessage.productCategory(.agriFood))
        let handicraft = BilingualText(PlanningMessage.productCategory(.handicraft))
        #expect(shares[agriFood]?.count == 101)
        #expect(shares[agriFood]?.percent == 90)
        #expect(shares[handicraft]?.count == 11)
        #expect(shares[handicraft]?.percent == 10)
    }

    @Test("the fair has other clusters and the planted problems are found")
    func plantedProblems() {
        let plan = SampleData.nationalFair()
        #expect(Set(plan.parties.compactMap(\.cluster)).count >= 3)
        let codes = Set(PlanValidator().validate(plan).map(\.code))
        for expected: FindingCode in [
            .certificateExpired, .certificateExpiresDuringEvent, .duplicateRegistrationCode,
            .malformedRegistrationCode,
            .unknownProvince, .starsOutOfRange, .duplicateProduct, .organisationInTwoParties,
            .coldChainNotRequested,
        ] {
            #expect(codes.contains(expected), "missing \(expected)")
        }
    }

    @Test("pre-2025 province names resolve to the new unit and are kept as written")
    func formerNames() {
        let plan = SampleData.nationalFair()
        let socTrang = plan.organisations.first { $0.province.written == "Sóc Trăng" }
        #expect(socTrang?.province.officialName == "Cần Thơ")
        #expect(socTrang?.province.formerCode != nil)
        #expect(
            socTrang?.province.text(.english)
                == PlanningMessage.formerProvince(current: "Cần Thơ", former: "Sóc Trăng").text(.english))
    }

    @Test("the briefing has one main point and 9 satellites, and only the planted link-test problem")
    func briefing() {
        let plan = SampleData.hybridBriefing()
        #expect(plan.connectionPoints.filter { $0.role == .main }.count == 1)
        #expect(plan.connectionPoints.filter { $0.role == .satellite }.count == 9)
        let errors = PlanValidator().validate(plan).filter { $0.severity != .info }
        #expect(errors.map(\.code) == [.linkTestLeadTime])
        #expect(errors.first?.subject.id == "dc-son-la")
    }

    @Test(
        "the sample is deterministic and the report is worded in the language asked for",
        arguments: Language.allCases)
    func report(language: Language) {
        #expect(SampleData.nationalFair() == SampleData.nationalFair())
        let report = PlanSummary(plan: SampleData.nationalFair()).rendered(in: language)
        #expect(report == PlanSummary(plan: SampleData.nationalFair()).rendered(in: language))
        #expect(report.contains(SampleData.regionalCluster))
        let mix =
            "\(ProductCategory.agriFood.name(language)) 90%, \(ProductCategory.handicraft.name(language)) 10%"
        #expect(report.contains(mix))
        #expect(report.contains(PlanningMessage.summaryClustersHeading.text(language)))
        #expect(report.contains("UTC+07:00"))
        let briefing = PlanSummary(plan: SampleData.hybridBriefing()).rendered(in: language)
        #expect(briefing.contains(PlanningMessage.summaryConferenceHeading.text(language)))
        let other: Language = language == .vietnamese ? .english : .vietnamese
        #expect(!briefing.contains(PlanningMessage.summaryConferenceHeading.text(other)))
        #expect(!report.contains(PlanningMessage.columnProductMix.text(other)))
    }
}
