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

    /// Registration closes at 23:59 on 9 December 2026, after the tests' «now».
    static let closesAt = LocalDateTime(
        date: CalendarDate(year: 2026, month: 12, day: 9)!, time: TimeOfDay(hour: 23, minute: 59)!)

    /// A new cooperative's form, as the portal lays it out.
    static func form(
        name: String = "Hợp tác xã Nông nghiệp Suối Mơ", code: String = "5900876543",
        delegate: String? = nil
    ) -> ReadWorkbook {
        var organisation: [RegistrationField: String] = [:]
        for field in RegistrationSheetKind.organisations.fields {
            organisation[field] = field.example(in: .vietnamese)
        }
        organisation[.organisationName] = name
        organisation[.organisationShortName] = ""
        organisation[.organisationCode] = code
        organisation[.organisationProvince] = "Lào Cai"
        let delegates = delegate.map { name -> [[RegistrationField: String]] in
            [[.fullName: name, .delegatePhone: "0912 345 678", .role: "Đại biểu"]]
        }
        return RegistrationForm(organisation: organisation, delegates: delegates ?? []).workbook(
            in: .vietnamese)
    }

    @Test("the same name in the same province is already registered, with another code or without tone marks")
    func sameNameSameProvince() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let desk = try RegistrationDesk(path: fixture.fairPath, closesAt: Self.closesAt)
        let context = ChangeContext(user: Portal.portalUser, now: PortalFixture.now)
        let forms = [
            Self.form(name: "Hợp tác xã Nông nghiệp Bản Trùng", code: "5900500001"),
            Self.form(name: "Hợp tác xã Nông nghiệp Bản Trùng", code: "5900500002"),
            Self.form(name: "Hop tac xa Nong nghiep Ban Trung", code: "5900500003"),
        ]
        var verdicts: [SubmitRegistration.Verdict] = []
        for (index, form) in forms.enumerated() {
            let outcome = try await desk.submit(
                [form], source: .form, checkOnly: false, digest: String(format: "%064x", index + 1),
                context: context)
            verdicts.append(outcome.verdict)
        }
        guard case .registered = verdicts[0] else {
            Issue.record("the first form was not registered: \(verdicts[0])")
            return
        }
        #expect(verdicts[1] == .alreadyRegistered)
        #expect(verdicts[2] == .alreadyRegistered)
        let plan = try desk.read { try $0.loadPlan() }
        #expect(plan.organisations.count { VietnameseText.searchKey($0.name).contains("ban trung") } == 1)
    }

    @Test("registrations are written while a run searches; a staff change waits for the run to end")
    func registrationsGoOn() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let desk = try RegistrationDesk(path: fixture.fairPath, closesAt: Self.closesAt)
        // The run blocks its thread while it searches, as a solver does, until `finish`.
        let started = DispatchSemaphore(value: 0)
        let finish = DispatchSemaphore(value: 0)
        let order = Log()
        let run = Task {
            try await desk.solve {
                started.signal()
                _ = finish.wait(timeout: .now() + .seconds(90))
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
                try await Task.sleep(for: .seconds(60))
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

    @Test(
        "a check made before another registration's write is made again when that write names what it looked at"
    )
    func checksMadeBeforeAWrite() async throws {
        let fixture = try PortalFixture()
        defer { fixture.remove() }
        let desk = try RegistrationDesk(path: fixture.fairPath, closesAt: Self.closesAt)
        let context = ChangeContext(user: Portal.portalUser, now: PortalFixture.now)
        let forms = [
            Self.form(name: "Hợp tác xã Thử song song", code: "5900100001"),
            Self.form(name: "Hợp tác xã Thử song song", code: "5900100001"),
            Self.form(name: "Hợp tác xã Đại biểu trùng", code: "5900200001", delegate: "Lò Văn Trùng"),
            Self.form(name: "Hợp tác xã Đại biểu trùng B", code: "5900300001", delegate: "Lò Văn Trùng"),
            Self.form(name: "Hợp tác xã Không liên quan", code: "5900400001", delegate: "Vàng Thị Mỷ"),
        ]
        // Every form checked first, as concurrent posts are, then each registered in turn.
        let start = await desk.writeCount
        var checks: [SubmitRegistration.Checked] = []
        for form in forms { checks.append(try SubmitRegistration(store: desk.store).check([form])) }
        var outcomes: [SubmitRegistration.Outcome] = []
        for (index, (form, checked)) in zip(forms, checks).enumerated() {
            let input = SubmitRegistration.Input(
                workbooks: [form], source: .form, checkOnly: false,
                digest: String(format: "%064x", index + 1),
                editableUntil: Self.closesAt)
            outcomes.append(try await desk.register(checked, input, checkedAfter: start, context: context))
        }
        #expect(outcomes[1].verdict == .alreadyRegistered)
        #expect(!outcomes[2].report.problems.contains { $0.code == .duplicatePerson })
        #expect(outcomes[3].report.problems.contains { $0.code == .duplicatePerson })
        for index in [0, 2, 3, 4] {
            guard case .registered = outcomes[index].verdict else {
                Issue.record("form \(index) not registered: \(outcomes[index].verdict)")
                continue
            }
        }
        let plan = try desk.read { try $0.loadPlan() }
        #expect(plan.organisations.count { $0.registrationCode?.description == "5900100001" } == 1)
    }
}
