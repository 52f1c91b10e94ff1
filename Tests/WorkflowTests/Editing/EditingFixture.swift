import Planning
import Store
import Workflow

/// Registrations the editing tests start from, on a ``WorkflowFixture``'s plan file.
extension WorkflowFixture {
    /// Registers a product of `owner` with a 4-star certificate decided on 15/03/2025 (valid to
    /// 14/03/2028).
    @discardableResult
    func product(_ name: String, owner: String) throws -> Registration {
        var input = RegisterProduct.Input(name: name, owner: owner)
        input.productSet = "Gạo, ngũ cốc, hạt sơ chế khác"
        input.stars = 4
        input.decision = "215/QĐ-UBND"
        input.decisionDate = "15/03/2025"
        input.issuingLevel = .province
        return try RegisterProduct(store: store()).run(input, context: WorkflowFixture.context)
    }

    /// Registers a person representing `organisation`.
    @discardableResult
    func person(_ name: String, organisation: String? = nil) throws -> Registration {
        var input = RegisterPerson.Input(name: name)
        input.position = "Giám đốc"
        input.organisation = organisation
        return try RegisterPerson(store: store()).run(input, context: WorkflowFixture.context)
    }

    /// The plan as stored.
    func plan() throws -> Plan {
        try store().loadPlan()
    }
}
