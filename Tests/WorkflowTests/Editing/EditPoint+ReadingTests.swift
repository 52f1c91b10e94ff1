import Foundation
import Planning
import Store
import TestSupport
import Testing

@testable import Workflow

@Suite(
    "EditPoint: an edit reads the fair's tables, the chairs it names and counted attendees, with the whole plan's outcome"
)
struct EditPointReadingTests {
    static let cases: [ReadingCase<EditPoint.Input>] = [
        ReadingCase(label: "a hall made smaller than its attendees (over capacity)") { _ in
            var input = EditPoint.Input(subject: BriefingRegistry.fullPoint.rawValue)
            input.capacity = 2
            return input
        },
        ReadingCase(label: "a hall made as large as its attendees, by province") { plan in
            var input = EditPoint.Input(subject: "Cần Thơ")
            input.capacity =
                plan.attendances.filter { $0.place == .connectionPoint(BriefingRegistry.fullPoint) }.count + 1
            input.host = "Hội trường thành phố"
            return input
        },
        ReadingCase(label: "a satellite made main (two main points), forced") { _ in
            var input = EditPoint.Input(subject: "Điểm cầu Đà Nẵng")
            input.role = .main
            input.force = true
            return input
        },
        ReadingCase(label: "the main point made a satellite (on-site delegates counted nowhere)") { plan in
            var input = EditPoint.Input(subject: plan.connectionPoints[0].id.rawValue)
            input.role = .satellite
            return input
        },
        ReadingCase(label: "a chair by whole name") { plan in
            var input = EditPoint.Input(subject: "Lào Cai")
            input.chair = BriefingRegistry.uniquelyNamed(plan, skipping: 3).name.fullName
            return input
        },
        ReadingCase(label: "a chair by identifier, hours changed") { plan in
            var input = EditPoint.Input(subject: "Sơn La")
            input.chair = plan.people.last!.id.rawValue
            input.available = ["04/12/2026 06:30-12:00"]
            return input
        },
        ReadingCase(label: "a chair by a name many share (ambiguous)") { _ in
            var input = EditPoint.Input(subject: "Cà Mau")
            input.chair = "Nguyễn Văn An"
            return input
        },
        ReadingCase(label: "a chair by a name without tones") { plan in
            var input = EditPoint.Input(subject: "Cà Mau")
            input.chair = NameKey.folded(BriefingRegistry.uniquelyNamed(plan, skipping: 5).name.fullName)
            return input
        },
        ReadingCase(label: "the chair cleared, a technician's phone changed") { _ in
            var input = EditPoint.Input(subject: "An Giang")
            input.clear = ["chair"]
            input.phone = "0912 345 678"
            return input
        },
        ReadingCase(label: "a point nobody has") { _ in
            EditPoint.Input(subject: "Điểm cầu Sao Hỏa")
        },
    ]

    @Test(
        "each edit gives the amendment or the error, and the plan, of reading the whole plan",
        arguments: cases)
    func sameOutcome(_ example: ReadingCase<EditPoint.Input>) throws {
        try ReadingComparison.expectSame(example, EditPoint.self, plan: BriefingRegistry.plan(seed:))
    }

    @Test("a hall made smaller than the people attending from it is warned about, as the whole plan does")
    func overCapacity() throws {
        let outcome = try ReadingComparison.outcome(plan: BriefingRegistry.plan(seed: 1)) { store in
            var input = EditPoint.Input(subject: BriefingRegistry.fullPoint.rawValue)
            input.capacity = 2
            return try EditPoint(store: store).run(input, context: WorkflowFixture.context).findings.map(
                \.code)
        }
        #expect(outcome[0].contains(FindingCode.connectionPointOverCapacity.rawValue))
    }
}
