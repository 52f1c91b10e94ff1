import Foundation
import Planning
import Store
import TestSupport
import Testing

@testable import Workflow

@Suite("EditPerson: an edit reads only what the person's name and rules touch, with the whole plan's outcome")
struct EditPersonReadingTests {
    /// A person of the plan whose full name nobody else has, and an organisation with a code.
    static func named(_ plan: Plan) -> (Person, Organisation) {
        let person = plan.people.first { person in
            plan.people.filter { NameKey.folded($0.name.fullName) == NameKey.folded(person.name.fullName) }
                .count
                == 1
        }!
        let organisation = plan.organisations.first { $0.registrationCode != nil }!
        return (person, organisation)
    }

    static let cases: [ReadingCase<EditPerson.Input>] = [
        ReadingCase(label: "by identifier, a phone others have") { _ in
            var input = EditPerson.Input(subject: "x-ng5")
            input.phone = "0910000001"
            return input
        },
        ReadingCase(label: "by name, an organisation by code") { plan in
            let (person, organisation) = named(plan)
            var input = EditPerson.Input(subject: person.name.fullName)
            input.organisation = organisation.registrationCode!.description
            return input
        },
        ReadingCase(label: "by name without tones, position") { plan in
            var input = EditPerson.Input(subject: NameKey.folded(named(plan).0.name.fullName))
            input.position = "Giám đốc"
            return input
        },
        ReadingCase(label: "a name several people have") { _ in
            var input = EditPerson.Input(subject: "Nguyễn Văn An")
            input.position = "Giám đốc"
            return input
        },
        ReadingCase(label: "a name nobody has") { _ in
            var input = EditPerson.Input(subject: "Người Không Có Thật")
            input.position = "Giám đốc"
            return input
        },
    ]

    @Test(
        "each edit gives the amendment or the error, and the plan, of reading the whole plan",
        arguments: cases)
    func sameOutcome(_ example: ReadingCase<EditPerson.Input>) throws {
        try ReadingComparison.expectSame(example, EditPerson.self)
    }
}
