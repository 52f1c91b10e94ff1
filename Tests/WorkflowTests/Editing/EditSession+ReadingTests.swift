import Foundation
import Planning
import Store
import TestSupport
import Testing

@testable import Workflow

@Suite("EditSession: an edit reads the fair's tables and the people it names, with the whole plan's outcome")
struct EditSessionReadingTests {
    static let cases: [ReadingCase<EditSession.Input>] = [
        ReadingCase(label: "speakers by whole name and identifier") { plan in
            var input = EditSession.Input(subject: "trien-khai")
            input.speakers = [
                BriefingRegistry.uniquelyNamed(plan, skipping: 2).name.fullName,
                plan.people.last!.id.rawValue,
            ]
            return input
        },
        ReadingCase(label: "the chair of the opening made the report's speaker (booked twice)") { plan in
            var input = EditSession.Input(subject: "Khai mạc, giới thiệu đại biểu")
            input.chair = plan.people[1].id.rawValue
            input.start = "04/12/2026 08:15"
            input.force = true
            return input
        },
        ReadingCase(label: "moved onto another session's hall and time") { _ in
            var input = EditSession.Input(subject: "chi-dao")
            input.start = "04/12/2026 08:15"
            return input
        },
        ReadingCase(label: "linked to every point, moved before the link tests can run") { _ in
            var input = EditSession.Input(subject: "giai-lao")
            input.linkAll = true
            input.start = "04/12/2026 07:00"
            input.force = true
            return input
        },
        ReadingCase(label: "a speaker by a name many share (ambiguous)") { _ in
            var input = EditSession.Input(subject: "bao-cao")
            input.speakers = ["Nguyễn Văn An"]
            return input
        },
        ReadingCase(label: "a chair by a name in capitals others share") { plan in
            var input = EditSession.Input(subject: "be-mac")
            input.chair = plan.people[2].name.fullName
            return input
        },
        ReadingCase(label: "after a session named by a title three share") { _ in
            var input = EditSession.Input(subject: "be-mac")
            input.after = ["Tham luận của điểm cầu thành phần"]
            return input
        },
        ReadingCase(label: "speakers cleared, a point linked by province, a smaller room") { _ in
            var input = EditSession.Input(subject: "tham-luan-1")
            input.clear = ["speaker"]
            input.links = ["Cần Thơ", "dc-ha-noi"]
            input.room = "Phòng họp 1"
            return input
        },
    ]

    @Test(
        "each edit gives the amendment or the error, and the plan, of reading the whole plan",
        arguments: cases)
    func sameOutcome(_ example: ReadingCase<EditSession.Input>) throws {
        try ReadingComparison.expectSame(example, EditSession.self, plan: BriefingRegistry.plan(seed:))
    }
}
