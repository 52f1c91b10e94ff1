import Foundation
import Planning
import Store
import TestSupport
import Testing

@testable import Workflow

@Suite(
    "EditProduct: an edit reads only what the product's name and rules touch, with the whole plan's outcome")
struct EditProductReadingTests {
    /// A product of the sample with a name no other product has, and an exhibitor with a code.
    static func named(_ plan: Plan) -> (Product, Organisation) {
        let product = plan.products.first { product in
            plan.products.filter { NameKey.folded($0.name) == NameKey.folded(product.name) }.count == 1
        }!
        let owner = plan.organisations.first { $0.registrationCode != nil && $0.id != product.owner }!
        return (product, owner)
    }

    static let cases: [ReadingCase<EditProduct.Input>] = [
        ReadingCase(label: "by identifier, a name the owner's other products have") { _ in
            var input = EditProduct.Input(subject: "x-sp3")
            input.name = "GẠO THƠM"
            return input
        },
        ReadingCase(label: "by name, another owner by code") { plan in
            let (product, owner) = named(plan)
            var input = EditProduct.Input(subject: product.name)
            input.owner = owner.registrationCode!.description
            return input
        },
        ReadingCase(label: "by name without tones, cold chain") { plan in
            var input = EditProduct.Input(subject: NameKey.folded(named(plan).0.name))
            input.coldChain = true
            return input
        },
        ReadingCase(label: "a name several products have") { _ in
            var input = EditProduct.Input(subject: "Gạo thơm")
            input.coldChain = true
            return input
        },
        ReadingCase(label: "a name no product has") { _ in
            var input = EditProduct.Input(subject: "Sản phẩm không có thật")
            input.coldChain = true
            return input
        },
    ]

    @Test(
        "each edit gives the amendment or the error, and the plan, of reading the whole plan",
        arguments: cases)
    func sameOutcome(_ example: ReadingCase<EditProduct.Input>) throws {
        try ReadingComparison.expectSame(example, EditProduct.self)
    }
}
