import Planning
import Scheduler
import TestSupport
import Testing

@Suite("BoothPlanChecker")
struct BoothPlanCheckerTests {
    static func problem() throws -> BoothAllocationProblem {
        let rows = [
            BoothFixtures.Row(zone: "tinh", services: Array(repeating: [], count: 5), blocked: [4]),
            BoothFixtures.Row(zone: "tinh", services: Array(repeating: [], count: 5)),
            BoothFixtures.Row(zone: "thu-cong", services: Array(repeating: [], count: 5)),
            BoothFixtures.Row(zone: "thuc-pham", services: [[.water], [], [], [], []]),
        ]
        let parties = [
            BoothFixtures.party("a", booths: 2, food: true, sets: [1]),
            BoothFixtures.party("b", booths: 3, province: "Cà Mau", food: true, sets: [1]),
            BoothFixtures.party("c", booths: 1, fresh: true),
            BoothFixtures.party("d", booths: 2),
            BoothFixtures.party("e", booths: 1),
        ]
        return try BoothAllocationProblem(
            title: "Kiểm tra", venue: BoothFixtures.venue(rows: rows, zones: BoothFixtures.zones),
            parties: parties,
            fixed: [BoothAssignment(booth: "R2-5", party: "e", pinned: true)],
            published: [
                BoothAssignment(booth: "R2-1", party: "d"), BoothAssignment(booth: "R2-2", party: "d"),
            ])
    }

    static func kinds(_ entries: [(String, String)]) throws -> [BoothFinding.Kind] {
        try BoothPlanChecker(problem: problem()).check(
            entries.map { BoothPlanEntry(booth: $0.0, party: $0.1) }
        )
        .findings.map(\.kind)
    }

    @Test("a valid plan has no hard violation")
    func validPlan() throws {
        let check = try BoothPlanChecker(problem: Self.problem()).check(
            [
                ("R1-1", "a"), ("R1-2", "a"), ("R4-3", "b"), ("R4-4", "b"), ("R4-5", "b"), ("R4-1", "c"),
                ("R2-1", "d"), ("R2-2", "d"), ("R2-5", "e"),
            ]
            .map { BoothPlanEntry(booth: $0.0, party: $0.1) })
        #expect(check.hardViolations.isEmpty, "\(check.hardViolations.map(\.vietnamese))")
        #expect(check.score.total > 0)
    }

    @Test("every hard rule is reported with its message in both languages")
    func hardViolations() throws {
        let checker = try BoothPlanChecker(problem: Self.problem())
        let check = checker.check(
            [
                ("X-1", "a"), ("R1-1", "khong-co"), ("R1-5", "a"), ("R1-1", "a"), ("R1-3", "a"),
                ("R1-1", "b"),
                ("R3-1", "b"), ("R3-2", "b"), ("R2-1", "c"), ("R2-2", "d"), ("R2-4", "d"),
            ].map { BoothPlanEntry(booth: $0.0, party: $0.1) })
        let kinds = Set(check.findings.map(\.kind))
        let expected: Set<BoothFinding.Kind> = [
            .unknownBooth, .unknownParty, .blockedBooth, .boothGivenTwice, .blockNotConnected,
            .foodNotAllowed,
            .missingService, .pinNotKept, .notPlaced, .moreBoothsThanWanted, .fewerBoothsThanWanted,
        ]
        #expect(
            expected.isSubset(of: kinds), "\(kinds.subtracting(expected)) / \(expected.subtracting(kinds))")
        #expect(check.findings.allSatisfy { !$0.wording.vietnamese.isEmpty && !$0.wording.english.isEmpty })
        let unknown = try #require(check.findings.first { $0.kind == .unknownBooth })
        #expect(unknown.wording == BilingualText(SchedulerMessage.unknownBooth(booth: "X-1")))
        #expect(
            unknown.text(.english) == unknown.wording.english
                && unknown.vietnamese == unknown.wording.vietnamese
        )
        let water = try #require(check.findings.first { $0.kind == .missingService })
        #expect(
            water.wording
                == BilingualText(SchedulerMessage.serviceMissing(party: "Đơn vị c", service: .water)))
        let pin = try #require(check.findings.first { $0.kind == .pinNotKept })
        #expect(pin.wording == BilingualText(SchedulerMessage.pinNotKept(booth: "R2-5", party: "Đơn vị e")))
        for language in Language.allCases {
            let label = SchedulerMessage.findingSeverity(hard: true).text(language)
            #expect(check.rendered(in: language).contains("[\(label)] \(unknown.text(language))"))
        }
    }

    @Test("a bent block is a soft finding that says whether a straight run was free; a split one is hard")
    func bentBlocks() throws {
        let checker = try BoothPlanChecker(problem: Self.problem())
        let bent = checker.check(
            [("R1-1", "b"), ("R1-2", "b"), ("R2-1", "b"), ("R2-5", "e")].map {
                BoothPlanEntry(booth: $0.0, party: $0.1)
            })
        #expect(bent.hardViolations.isEmpty, "\(bent.hardViolations.map(\.vietnamese))")
        let finding = try #require(bent.findings.first { $0.kind == .blockNotStraight })
        #expect(!finding.isHard)
        #expect(
            finding.wording
                == BilingualText(
                    SchedulerMessage.blockNotStraight(
                        party: "Đơn vị b", booths: ["R1-1", "R1-2", "R2-1"], wanted: 3, straightRunFree: true)
                ))
        #expect(bent.score[.compactness]?.value == -0.5)
        #expect(bent.score[.compactness]?.weight == 20)
        let split = checker.check(
            [("R1-1", "b"), ("R1-2", "b"), ("R2-3", "b"), ("R2-5", "e")].map {
                BoothPlanEntry(booth: $0.0, party: $0.1)
            })
        #expect(split.hardViolations.map(\.kind) == [.blockNotConnected])
        #expect(!split.findings.contains { $0.kind == .blockNotStraight })

        let rows = [
            BoothFixtures.Row(zone: "tinh", services: [[], []]),
            BoothFixtures.Row(zone: "tinh", services: [[], []]),
        ]
        let narrow = try BoothAllocationProblem(
            title: "Hẹp", venue: BoothFixtures.venue(rows: rows, zones: BoothFixtures.zones),
            parties: [BoothFixtures.party("x", booths: 3)])
        let check = BoothPlanChecker(problem: narrow).check([
            BoothPlanEntry(booth: "R1-1", party: "x"), BoothPlanEntry(booth: "R1-2", party: "x"),
            BoothPlanEntry(booth: "R2-1", party: "x"),
        ])
        #expect(check.hardViolations.isEmpty)
        #expect(
            check.softFindings.filter { $0.kind == .blockNotStraight }.map(\.wording) == [
                BilingualText(
                    SchedulerMessage.blockNotStraight(
                        party: "Đơn vị x", booths: ["R1-1", "R1-2", "R2-1"], wanted: 3, straightRunFree: false
                    ))
            ])
        let result = BoothAllocator.allocate(
            narrow, seed: 1, limits: SearchLimits(maximumIterations: 500), clock: ManualClock())
        #expect(result.placements.first?.booths.count == 3)
        #expect(result.score[.compactness]?.value == -0.5)
    }

    @Test(
        "the compactness component: 0 for a straight run, -0.5 for a 2 × n block, -1 for another shape",
        arguments: [
            (["R1-1", "R1-2", "R1-3", "R1-4"], 0.0), (["R2-2", "R2-3", "R2-4", "R2-5"], 0.0),
            (["R1-1", "R1-2", "R2-1", "R2-2"], -0.5), (["R1-1", "R1-2", "R1-3", "R2-1"], -1.0),
            (["R1-2", "R1-3", "R2-3", "R2-4"], -1.0), (["R1-1", "R1-2", "R1-3", "R2-2"], -1.0),
            (["R1-1", "R1-3", "R2-1", "R2-2", "R2-3"], -1.0),
            (["R1-1", "R1-2", "R2-1", "R2-2", "R2-3"], -0.5),
        ])
    func compactness(booths: [String], expected: Double) throws {
        let rows = [
            BoothFixtures.Row(zone: "tinh", services: Array(repeating: [], count: 5)),
            BoothFixtures.Row(zone: "tinh", services: Array(repeating: [], count: 5)),
        ]
        let problem = try BoothAllocationProblem(
            title: "Hình khối", venue: BoothFixtures.venue(rows: rows, zones: BoothFixtures.zones),
            parties: [BoothFixtures.party("x", booths: booths.count)])
        let check = BoothPlanChecker(problem: problem).check(
            booths.map { BoothPlanEntry(booth: $0, party: "x") })
        #expect(check.hardViolations.isEmpty)
        #expect(check.score[.compactness]?.value == expected)
        #expect(check.findings.contains { $0.kind == .blockNotStraight } == (expected < 0))
    }

    @Test("soft findings: clashing neighbours, moves, prime booths, split pavilions")
    func softFindings() throws {
        let kinds = try Self.kinds([
            ("R1-1", "a"), ("R1-2", "a"), ("R1-3", "b"), ("R1-4", "b"), ("R2-4", "b"), ("R4-1", "c"),
            ("R2-2", "d"),
            ("R2-3", "d"), ("R2-5", "e"),
        ])
        #expect(kinds.contains(.sameProductNeighbours))
        #expect(kinds.contains(.movedFromPublished))
        let noPrime = try Self.kinds([
            ("R3-2", "d"), ("R3-3", "d"), ("R2-5", "e"), ("R1-2", "a"), ("R1-3", "a"),
        ])
        #expect(!noPrime.contains(.sameProductNeighbours))
        #expect(noPrime.contains(.notPlaced))
    }

    @Test("the allocator's plans pass the checker on generated instances", arguments: [1, 2, 3] as [UInt64])
    func generatedPlansPass(seed: UInt64) throws {
        let problem = try BoothInstanceGenerator.make(scale: .small, seed: seed).problem()
        let result = BoothAllocator.allocate(
            problem, seed: seed, limits: SearchLimits(maximumIterations: 800), clock: ManualClock())
        let check = BoothPlanChecker(problem: problem).check(result.boothAssignments)
        #expect(check.hardViolations.isEmpty, "\(check.hardViolations.map(\.vietnamese))")
        #expect(abs(check.score.total - result.score.total) < 1e-6)
    }
}
