import Foundation
import Planning
import Store
import TestSupport
import Testing

@testable import Workflow

@Suite(
    "EditParty: an edit reads the fair's tables and the organisations and products it touches, with the whole plan's outcome"
)
struct EditPartyReadingTests {
    /// A party of `plan` exhibiting as one organisation, and one that is a provincial alliance.
    static func parties(_ plan: Plan) -> (organisation: ExhibitingParty, alliance: ExhibitingParty) {
        let own = plan.parties.first { EditParty.organisation(of: $0) != nil }!
        let alliance = plan.parties.first { EditParty.organisation(of: $0) == nil }!
        return (own, alliance)
    }

    static let cases: [ReadingCase<EditParty.Input>] = [
        ReadingCase(label: "an alliance sharing with organisations of another province, by code and name") {
            plan in
            let (_, alliance) = parties(plan)
            let (first, other) = RegisterPartyReadingTests.organisations(plan)
            var input = EditParty.Input(subject: alliance.id.rawValue)
            input.share = [first.name, other.registrationCode!.description]
            return input
        },
        ReadingCase(label: "an organisation's party made another organisation's, by name without tones") {
            plan in
            let (own, _) = parties(plan)
            let (_, other) = RegisterPartyReadingTests.organisations(plan)
            var input = EditParty.Input(subject: own.name)
            input.organisation = NameKey.folded(other.name)
            return input
        },
        ReadingCase(label: "products cleared: every product of those sharing shown again") { plan in
            let (_, alliance) = parties(plan)
            var input = EditParty.Input(subject: alliance.name)
            input.clear = ["products"]
            input.booths = 4
            return input
        },
        ReadingCase(label: "products named, one of another organisation, cold chain not asked") { plan in
            let (own, _) = parties(plan)
            var input = EditParty.Input(subject: own.id.rawValue)
            input.products = plan.products.suffix(2).map(\.id.rawValue)
            input.clear = ["services"]
            return input
        },
        ReadingCase(label: "an alliance made one of another province, sharing kept") { plan in
            let (_, alliance) = parties(plan)
            var input = EditParty.Input(subject: alliance.id.rawValue)
            input.province = "Điện Biên"
            input.priority = 2
            return input
        },
        ReadingCase(label: "sharing with an organisation named by part of its name (the whole plan answers)")
        { plan in
            var input = EditParty.Input(subject: parties(plan).alliance.id.rawValue)
            input.share = ["Khác 4"]
            return input
        },
        ReadingCase(label: "a product many organisations have (ambiguous)") { plan in
            var input = EditParty.Input(subject: parties(plan).organisation.id.rawValue)
            input.products = ["Gạo thơm"]
            return input
        },
        ReadingCase(label: "a party nobody has") { _ in
            var input = EditParty.Input(subject: "Gian hàng không có thật")
            input.booths = 2
            return input
        },
    ]

    @Test(
        "each edit gives the amendment or the error, and the plan, of reading the whole plan",
        arguments: cases)
    func sameOutcome(_ example: ReadingCase<EditParty.Input>) throws {
        try ReadingComparison.expectSame(example, EditParty.self)
    }
}
