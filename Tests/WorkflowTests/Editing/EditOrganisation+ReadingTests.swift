import Foundation
import Planning
import Store
import TestSupport
import Testing

@testable import Workflow

@Suite(
    "EditOrganisation: an edit reads only what the organisation's name and rules touch, with the whole plan's outcome"
)
struct EditOrganisationReadingTests {
    /// The first exhibiting organisation of the plan, and another organisation with a code (of a
    /// different province when there is one).
    static func exhibitors(_ plan: Plan) -> (Organisation, Organisation) {
        let ids = plan.parties.compactMap { party -> Identifier<Organisation>? in
            if case .organisation(let id) = party.kind { return id }
            return nil
        }
        let first = plan.organisations.first { $0.id == ids[0] }!
        let others = plan.organisations.filter { $0.registrationCode != nil && $0.id != first.id }
        let other = others.first { $0.province.code != first.province.code } ?? others[0]
        return (first, other)
    }

    static let cases: [ReadingCase<EditOrganisation.Input>] = [
        ReadingCase(label: "by identifier, address") { plan in
            var input = EditOrganisation.Input(subject: exhibitors(plan).0.id.rawValue)
            input.address = "Thôn Mới, xã Mới"
            return input
        },
        ReadingCase(label: "by code, the other's code (refused)") { plan in
            let (first, other) = exhibitors(plan)
            var input = EditOrganisation.Input(subject: first.registrationCode!.description)
            input.code = other.registrationCode!.description
            return input
        },
        ReadingCase(label: "by name without tones, the other's name and province") { plan in
            let (first, other) = exhibitors(plan)
            var input = EditOrganisation.Input(subject: NameKey.folded(first.name))
            input.name = other.name.uppercased()
            input.province = other.province.written
            return input
        },
        ReadingCase(label: "by name, the code cleared and too few members") { plan in
            var input = EditOrganisation.Input(subject: exhibitors(plan).0.name)
            input.clear = ["code"]
            input.members = 2
            input.force = true
            return input
        },
        ReadingCase(label: "by a part of the name (the whole plan answers)") { plan in
            var input = EditOrganisation.Input(subject: "Khác 4")
            input.address = "Xã Khác"
            return input
        },
        ReadingCase(label: "a name no organisation has") { _ in
            var input = EditOrganisation.Input(subject: "Hợp tác xã Không Có Thật")
            input.address = "Xã Khác"
            return input
        },
        ReadingCase(label: "a union naming an exhibitor, its name") { plan in
            let union = plan.organisations.first { !$0.memberOrganisations.isEmpty }!
            var input = EditOrganisation.Input(subject: union.id.rawValue)
            input.name = "Liên hiệp Hợp tác xã Đổi Tên"
            return input
        },
    ]

    @Test(
        "each edit gives the amendment or the error, and the plan, of reading the whole plan",
        arguments: cases)
    func sameOutcome(_ example: ReadingCase<EditOrganisation.Input>) throws {
        try ReadingComparison.expectSame(example, EditOrganisation.self)
    }
}
