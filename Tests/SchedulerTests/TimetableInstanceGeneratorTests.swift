import Planning
import Scheduler
import Testing

@Suite("TimetableInstanceGenerator")
struct TimetableInstanceGeneratorTests {
    @Test("each scale has its announced size", arguments: TimetableScale.allCases)
    func sizes(scale: TimetableScale) {
        let problem = TimetableInstanceGenerator.make(scale: scale, seed: 1)
        #expect(problem.sessions.count == scale.sessions)
        #expect(problem.rooms.count == scale.rooms)
        #expect(problem.days.count == scale.days)
        #expect(problem.connectionPoints.count == scale.connectionPoints)
        #expect(problem.personNames.count == scale.people)
        #expect(throws: Never.self) { try problem.validate() }
    }

    @Test(
        "the reference programme satisfies every hard rule of its instance",
        arguments: TimetableScale.allCases)
    func referenceIsFeasible(scale: TimetableScale) {
        let (problem, reference) = TimetableInstanceGenerator.makeWithReference(scale: scale, seed: 8)
        #expect(TimetableChecker(problem: problem).check(reference).isEmpty)
    }

    @Test("the same seed gives the same instance, another seed another")
    func determinism() {
        let first = TimetableInstanceGenerator.make(scale: .regional, seed: 5)
        #expect(first == TimetableInstanceGenerator.make(scale: .regional, seed: 5))
        #expect(first != TimetableInstanceGenerator.make(scale: .regional, seed: 6))
    }

    @Test("the national instance is realistic: openings, plenaries, tracks, links, fixed times, windows")
    func realism() {
        let problem = TimetableInstanceGenerator.make(scale: .national, seed: 2)
        let sessions = problem.sessions
        let opening = sessions.first { $0.order.contains(.first) }
        let closing = sessions.first { $0.order.contains(.last) }
        #expect(opening?.kind == .opening && closing?.kind == .closing)
        #expect(opening?.linkedPoints.count == 10)
        if case .fixed = opening?.timing {} else { Issue.record("the opening has a fixed time") }
        #expect(sessions.filter(\.kind.isPlenary).count >= 5)
        #expect(Set(sessions.compactMap(\.track)).count == 16)
        #expect(sessions.filter { !$0.linkedPoints.isEmpty }.count >= 30)
        #expect(sessions.filter { if case .window = $0.timing { true } else { false } }.count >= 20)
        #expect(
            sessions.filter { $0.order.contains { if case .after = $0 { true } else { false } } }.count >= 20)
        #expect(problem.personAvailability.contains { !$0.available.isEmpty })
        #expect(problem.personAvailability.contains { !$0.preferred.isEmpty })
        #expect(problem.connectionPoints.contains { $0.availability.count < problem.days.count })
        #expect(problem.personNames.values.allSatisfy { $0.hasPrefix("Ông ") || $0.hasPrefix("Bà ") })
    }
}
