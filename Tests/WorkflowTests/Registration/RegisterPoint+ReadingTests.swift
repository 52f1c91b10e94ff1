import Foundation
import Planning
import Store
import TestSupport
import Testing

@testable import Workflow

@Suite(
    "RegisterPoint: a registration reads the fair's tables, the chair it names and counted attendees, with the whole plan's outcome"
)
struct RegisterPointReadingTests {
    static let cases: [ReadingCase<RegisterPoint.Input>] = [
        ReadingCase(label: "a satellite with a chair by whole name") { plan in
            var input = RegisterPoint.Input(
                name: "Điểm cầu Huế", province: "Huế", host: "Liên minh HTX Huế", capacity: 30)
            input.chair = BriefingRegistry.uniquelyNamed(plan, skipping: 4).name.fullName
            input.technician = "Đặng Văn Kỹ"
            input.phone = "0912 000 111"
            return input
        },
        ReadingCase(label: "a second main point, with a hall smaller than those on site, forced") { _ in
            var input = RegisterPoint.Input(
                name: "Điểm cầu chính thứ hai", province: "Hà Nội", host: "Liên minh HTX Việt Nam",
                capacity: 1)
            input.role = .main
            input.force = true
            return input
        },
        ReadingCase(label: "a chair by identifier, hours given") { plan in
            var input = RegisterPoint.Input(
                name: "Điểm cầu Hải Phòng", province: "Hải Phòng", host: "UBND", capacity: 20)
            input.chair = plan.people[5].id.rawValue
            input.available = ["04/12/2026 06:00-12:00"]
            return input
        },
        ReadingCase(label: "a chair by a name many share (ambiguous)") { _ in
            var input = RegisterPoint.Input(name: "Điểm cầu Huế", province: "Huế", host: "UBND", capacity: 30)
            input.chair = "Nguyễn Văn An"
            return input
        },
        ReadingCase(label: "a chair nobody is (the whole plan suggests)") { _ in
            var input = RegisterPoint.Input(name: "Điểm cầu Huế", province: "Huế", host: "UBND", capacity: 30)
            input.chair = "Hoàng Thị Không Có"
            return input
        },
    ]

    @Test(
        "each registration gives the result or the error, and the plan, of reading the whole plan",
        arguments: cases)
    func sameOutcome(_ example: ReadingCase<RegisterPoint.Input>) throws {
        try ReadingComparison.expectSame(example, RegisterPoint.self, plan: BriefingRegistry.plan(seed:))
    }
}
