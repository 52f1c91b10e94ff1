import Foundation
import Planning
import Store
import TestSupport
import Testing

@testable import Workflow

@Suite(
    "RegisterSession: a registration reads the fair's tables and the people it names, with the whole plan's outcome"
)
struct RegisterSessionReadingTests {
    static let cases: [ReadingCase<RegisterSession.Input>] = [
        ReadingCase(label: "chair and speakers by whole name and identifier, linked to two points") { plan in
            var input = RegisterSession.Input(title: "Thảo luận", kind: .discussion, minutes: 20)
            input.chair = BriefingRegistry.uniquelyNamed(plan, skipping: 1).name.fullName
            input.speakers = [
                plan.people.last!.id.rawValue,
                BriefingRegistry.uniquelyNamed(plan, skipping: 6).name.fullName,
            ]
            input.links = ["Cần Thơ", "dc-ha-noi"]
            return input
        },
        ReadingCase(label: "placed over the report with its speaker (booked twice), forced") { plan in
            var input = RegisterSession.Input(title: "Báo cáo bổ sung", kind: .report, minutes: 15)
            input.speakers = [plan.people[1].id.rawValue]
            input.room = "Hội trường lớn"
            input.start = "04/12/2026 08:20"
            input.force = true
            return input
        },
        ReadingCase(label: "after a session, every point linked, fixed outside hours") { _ in
            var input = RegisterSession.Input(title: "Tổng kết", kind: .closing, minutes: 10)
            input.after = ["chi-dao"]
            input.linkAll = true
            input.fixed = "04/12/2026 13:00"
            return input
        },
        ReadingCase(label: "a speaker by a name many share (ambiguous)") { _ in
            var input = RegisterSession.Input(title: "Thảo luận", kind: .discussion, minutes: 20)
            input.speakers = ["Nguyễn Văn An"]
            return input
        },
        ReadingCase(label: "a chair by part of a name (the whole plan answers)") { _ in
            var input = RegisterSession.Input(title: "Thảo luận", kind: .discussion, minutes: 20)
            input.chair = "Bích Số 5"
            return input
        },
    ]

    @Test(
        "each registration gives the result or the error, and the plan, of reading the whole plan",
        arguments: cases)
    func sameOutcome(_ example: ReadingCase<RegisterSession.Input>) throws {
        try ReadingComparison.expectSame(example, RegisterSession.self, plan: BriefingRegistry.plan(seed:))
    }
}
