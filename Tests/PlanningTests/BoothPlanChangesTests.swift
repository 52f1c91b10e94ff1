import Planning
import Testing

@Suite("BoothPlanChanges")
struct BoothPlanChangesTests {
    static let old = BoothPlanSnapshot(
        assignments: [
            BoothAssignment(booth: "A-01", party: "an-giang"),
            BoothAssignment(booth: "A-02", party: "an-giang"),
            BoothAssignment(booth: "A-03", party: "ca-mau"),
            BoothAssignment(booth: "A-04", party: "dong-thap"),
        ],
        partyNames: [
            "an-giang": "Liên minh HTX tỉnh An Giang", "ca-mau": "Liên minh HTX tỉnh Cà Mau",
            "dong-thap": "Liên minh HTX tỉnh Đồng Tháp",
        ])
    static let new = BoothPlanSnapshot(
        assignments: [
            BoothAssignment(booth: "A-02", party: "an-giang", state: .held),
            BoothAssignment(booth: "A-01", party: "an-giang"),
            BoothAssignment(booth: "A-05", party: "ca-mau"), BoothAssignment(booth: "A-06", party: "ca-mau"),
            BoothAssignment(booth: "A-03", party: "can-tho"),
        ],
        partyNames: [
            "an-giang": "Liên minh HTX tỉnh An Giang", "ca-mau": "Liên minh HTX tỉnh Cà Mau",
            "can-tho": "Liên minh HTX thành phố Cần Thơ",
        ])

    @Test("moves, arrivals, departures, freed and taken booths")
    func changes() {
        let changes = BoothPlanChanges(from: Self.old, to: Self.new, fromVersion: 1, toVersion: 2)
        #expect(
            changes.moved == [
                PartyMove(
                    party: "ca-mau", name: "Liên minh HTX tỉnh Cà Mau", from: ["A-03"], to: ["A-05", "A-06"])
            ])
        #expect(
            changes.added == [
                PartyBooths(party: "can-tho", name: "Liên minh HTX thành phố Cần Thơ", booths: ["A-03"])
            ])
        #expect(
            changes.removed == [
                PartyBooths(party: "dong-thap", name: "Liên minh HTX tỉnh Đồng Tháp", booths: ["A-04"])
            ])
        #expect(changes.boothsFreed == ["A-04"])
        #expect(changes.boothsTaken == ["A-05", "A-06"])
        #expect(BoothPlanChanges(from: Self.new, to: Self.new).isEmpty)
    }

    @Test("the change log lists moves, arrivals, departures and booths", arguments: Language.allCases)
    func rendered(language: Language) {
        let text = BoothPlanChanges(from: Self.old, to: Self.new, fromVersion: 1, toVersion: 2)
            .rendered(in: language)
        func line(_ message: PlanningMessage) -> String { message.text(language) }
        #expect(
            text.split(separator: "\n").map(String.init) == [
                line(.changeLogHeading(.boothPlan, from: 1, to: 2)),
                line(.partiesMoved(count: 1)),
                "  • Liên minh HTX tỉnh Cà Mau: A-03 → A-05, A-06",
                line(.partiesAdded(count: 1)),
                "  • Liên minh HTX thành phố Cần Thơ: A-03",
                line(.partiesRemoved(count: 1)),
                "  • Liên minh HTX tỉnh Đồng Tháp (\(line(.previously("A-04"))))",
                line(.boothsFreed(["A-04"])),
                line(.boothsTaken(["A-05", "A-06"])),
            ])
        #expect(
            BoothPlanChanges(from: Self.old, to: Self.old).rendered(in: language).hasSuffix(line(.noChanges)))
    }

    @Test("the changes for one exhibitor keep only its own")
    func concerning() {
        let mine = BoothPlanChanges(from: Self.old, to: Self.new).concerning("dong-thap")
        #expect(mine.moved.isEmpty && mine.added.isEmpty)
        #expect(mine.removed.map(\.party) == ["dong-thap"])
        #expect(mine.boothsFreed == ["A-04"] && mine.boothsTaken.isEmpty)
    }
}
