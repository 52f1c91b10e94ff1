import Foundation
import Planning
import Store
import TestSupport
import Testing

@testable import Workflow

@Suite(
    "EditProduct: an edit reads only what the product's name and rules touch, with the whole plan's outcome")
struct EditProductReadingTests {
    /// One edit: the subject as written and the change asked.
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let input: @Sendable (Plan) -> EditProduct.Input

        var testDescription: String { label }
    }

    /// A product of the sample with a name no other product has, and an exhibitor with a code.
    static func named(_ plan: Plan) -> (Product, Organisation) {
        let product = plan.products.first { product in
            plan.products.filter { NameKey.folded($0.name) == NameKey.folded(product.name) }.count == 1
        }!
        let owner = plan.organisations.first { $0.registrationCode != nil && $0.id != product.owner }!
        return (product, owner)
    }

    static let cases: [Case] = [
        Case(label: "by identifier, a name the owner's other products have") { _ in
            var input = EditProduct.Input(subject: "x-sp3")
            input.name = "GẠO THƠM"
            return input
        },
        Case(label: "by name, another owner by code") { plan in
            let (product, owner) = named(plan)
            var input = EditProduct.Input(subject: product.name)
            input.owner = owner.registrationCode!.description
            return input
        },
        Case(label: "by name without tones, cold chain") { plan in
            var input = EditProduct.Input(subject: NameKey.folded(named(plan).0.name))
            input.coldChain = true
            return input
        },
        Case(label: "a name several products have") { _ in
            var input = EditProduct.Input(subject: "Gạo thơm")
            input.coldChain = true
            return input
        },
        Case(label: "a name no product has") { _ in
            var input = EditProduct.Input(subject: "Sản phẩm không có thật")
            input.coldChain = true
            return input
        },
    ]

    @Test(
        "each edit gives the amendment or the error, and the plan, of reading the whole plan",
        arguments: cases)
    func sameOutcome(_ example: Case) throws {
        for seed: UInt64 in [1, 2] {
            let input = example.input(ReviewRegistrationsTests.plan(seed: seed))
            let outcomes = try [false, true].map { whole in
                try EditOrganisationReadingTests.outcome(seed: seed) { store in
                    var edit = EditProduct(store: store)
                    edit.readsWholePlan = whole
                    return try edit.run(input, context: WorkflowFixture.context)
                }
            }
            #expect(outcomes[0][0] == outcomes[1][0])
            #expect(outcomes[0] == outcomes[1])
        }
    }
}
