import Foundation
import Planning
import Store
import TestSupport
import Testing

@testable import Workflow

@Suite("RegisterParty: a registration reads only the fair and what it names, with the whole plan's outcome")
struct RegisterPartyReadingTests {
    /// Organisations of the plan with a code, of two provinces when there are.
    static func organisations(_ plan: Plan) -> (Organisation, Organisation) {
        let coded = plan.organisations.filter { $0.registrationCode != nil }
        let first = coded[0]
        return (first, coded.first { $0.province.code != first.province.code } ?? coded[1])
    }

    static let cases: [ReadingCase<RegisterParty.Input>] = [
        ReadingCase(label: "an organisation by code, showing all its products") { plan in
            var input = RegisterParty.Input(name: "Gian hàng thử", booths: 2)
            input.organisation = organisations(plan).0.registrationCode!.description
            return input
        },
        ReadingCase(label: "an alliance sharing with organisations of another province, by name") { plan in
            let (first, other) = organisations(plan)
            var input = RegisterParty.Input(name: "Liên minh thử", booths: 3)
            input.province = first.province.written
            input.share = [first.name, other.registrationCode!.description]
            return input
        },
        ReadingCase(label: "an organisation by name without tones, products named") { plan in
            let (first, _) = organisations(plan)
            var input = RegisterParty.Input(name: "Gian hàng thử", booths: 1)
            input.organisation = NameKey.folded(first.name)
            input.products =
                plan.products.filter { $0.owner == first.id }.prefix(1).map(\.id.rawValue) + ["x-sp1"]
            input.services = ["nuoc"]
            return input
        },
        ReadingCase(label: "an organisation by part of its name (the whole plan answers)") { _ in
            var input = RegisterParty.Input(name: "Gian hàng thử", booths: 1)
            input.organisation = "Khác 4"
            return input
        },
        ReadingCase(label: "an organisation nobody has") { _ in
            var input = RegisterParty.Input(name: "Gian hàng thử", booths: 1)
            input.organisation = "Hợp tác xã Không Có Thật"
            return input
        },
        ReadingCase(label: "a product several organisations have") { plan in
            var input = RegisterParty.Input(name: "Gian hàng thử", booths: 1)
            input.organisation = organisations(plan).0.id.rawValue
            input.products = ["Gạo thơm"]
            return input
        },
    ]

    @Test(
        "each registration gives the result or the error, and the plan, of reading the whole plan",
        arguments: cases)
    func sameOutcome(_ example: ReadingCase<RegisterParty.Input>) throws {
        try ReadingComparison.expectSame(example, RegisterParty.self)
    }
}
