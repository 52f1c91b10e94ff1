import Foundation
import Planning
import Store
import Testing
import Workflow

@Suite("Workflow: confirming and withdrawing registrations")
struct LifeCycleTests {
    @Test("confirming names each party once and says which were confirmed already")
    func confirm() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        try fixture.organisation("Hợp tác xã Chè Suối Giàng", code: "5300100002")
        try fixture.party("HTX Suối Giàng", organisation: "5300100002")
        let first = try ConfirmRegistrations(store: fixture.store()).run(
            [
                "HTX Suối Giàng", "dv-htx-suoi-giang",
            ], context: WorkflowFixture.context)
        #expect(first.count == 1)
        #expect(first[0].wasConfirmed == false)
        let second = try ConfirmRegistrations(store: fixture.store()).run(
            ["htx suoi giang"], context: WorkflowFixture.context)
        #expect(second[0].wasConfirmed)
        #expect(throws: WorkflowError.conflict(.nothingNamed(.party))) {
            try ConfirmRegistrations(store: fixture.store()).run([], context: WorkflowFixture.context)
        }
    }

    @Test("an unknown party is an error with suggestions, and nothing is confirmed")
    func confirmUnknown() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        try fixture.organisation("Hợp tác xã Chè Suối Giàng", code: "5300100002")
        try fixture.party("HTX Suối Giàng", organisation: "5300100002")
        #expect {
            try ConfirmRegistrations(store: fixture.store()).run(
                ["HTX Suối Giàng", "HTX Mận Bắc Hà"], context: WorkflowFixture.context)
        } throws: { error in
            guard case .notFound(.party, "HTX Mận Bắc Hà", let suggestions) = error as? PlanningError else {
                return false
            }
            return suggestions.contains { $0.contains("Suối Giàng") }
        }
        #expect(try fixture.store().parties(status: .pending).count == 1)
    }

    @Test("withdrawing a party with no booths frees none")
    func withdraw() throws {
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        try fixture.organisation("Hợp tác xã Chè Suối Giàng", code: "5300100002")
        try fixture.party("HTX Suối Giàng", organisation: "5300100002")
        let withdrawal = try WithdrawRegistration(store: fixture.store()).run(
            "HTX Suối Giàng", context: WorkflowFixture.context)
        #expect(withdrawal.outcome.previousStatus == .pending)
        #expect(withdrawal.outcome.freedBooths.isEmpty)
        #expect(try fixture.store().parties(status: .withdrawn).count == 1)
    }
}
