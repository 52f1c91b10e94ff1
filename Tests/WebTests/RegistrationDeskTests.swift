import Foundation
import Interchange
import Planning
import Sheets
import Store
import Testing
import Workflow

@testable import Web

@Suite("Web: a solver run holds the staff lane, not the registration desk")
struct RegistrationDeskTests {
    /// What happened, in order (written from blocking code, so behind a lock).
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var recorded: [String] = []

        func append(_ entry: String) {
            lock.withLock { recorded.append(entry) }
        }

        var entries: [String] { lock.withLock { recorded } }
    }

    /// A new cooperative's form, as the portal lays it out.
    static func form() -> ReadWorkbook {
        var organisation: [RegistrationField: String] = [:]
        for field in RegistrationSheetKind.organisations.fields {
            organisation[field] = field.example(in: .vietnamese)
        }
        organisation[.organisationName] = "Hợp tác xã Nông nghiệp Suối Mơ"
        organisation[.organisationShortName] = ""
        organisation[.organisationCode] = "5900876543"
        organisation[.organisationProvince] = "Lào Cai"
        return RegistrationForm(organisation: organisation).workbook(in: .vietnamese)
    }

    @Test("registrations are written while a run searches; a staff change waits for the run to end")
    func registrationsGoOn() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let closesAt = LocalDateTime(
            date: CalendarDate(year: 2026, month: 12, day: 9)!, time: TimeOfDay(hour: 23, minute: 59)!)
        let desk = try RegistrationDesk(path: fixture.fairPath, closesAt: closesAt)
        // The run blocks its thread while it searches, as a solver does, until `finish`.
        let started = DispatchSemaphore(value: 0)
        let finish = DispatchSemaphore(value: 0)
        let order = Log()
        let run = Task {
            try await desk.solve {
                started.signal()
                _ = finish.wait(timeout: .now() + .seconds(30))
                order.append("run")
            }
        }
        while started.wait(timeout: .now()) == .timedOut { try await Task.sleep(for: .milliseconds(5)) }
        let change = Task {
            try await desk.perform { _ in order.append("staff change") }
        }
        // The registration, against a deadline that ends the run when the registration waits for it.
        let answer = try await withThrowingTaskGroup(of: SubmitRegistration.Outcome?.self) { group in
            group.addTask {
                try await desk.submit(
                    [Self.form()], source: .form, checkOnly: false, digest: String(repeating: "b", count: 64),
                    context: ChangeContext(user: Portal.portalUser, now: PortalFixture.now))
            }
            group.addTask {
                try await Task.sleep(for: .seconds(20))
                finish.signal()
                return nil
            }
            let first = try await group.next() ?? nil
            group.cancelAll()
            return first
        }
        guard let outcome = answer else {
            Issue.record("the registration waited for the run to end")
            return
        }
        guard case .registered = outcome.verdict else {
            Issue.record("not registered while the run searched: \(outcome.report.problems)")
            return
        }
        let plan = try desk.read { try $0.loadPlan() }
        #expect(plan.organisations.contains { $0.registrationCode?.description == "5900876543" })
        #expect(order.entries.isEmpty)
        finish.signal()
        try await run.value
        try await change.value
        #expect(order.entries == ["run", "staff change"])
    }
}
