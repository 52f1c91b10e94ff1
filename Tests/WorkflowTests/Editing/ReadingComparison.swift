import Foundation
import Planning
import Store
import Testing

@testable import Workflow

/// One command asked of a plan, for the tests comparing a command that reads only the part of the
/// plan it touches with the same command reading the whole plan.
struct ReadingCase<Input: Sendable>: CustomTestStringConvertible, Sendable {
    /// What the case is.
    let label: String
    /// The command's input for a plan.
    let input: @Sendable (Plan) -> Input

    var testDescription: String { label }
}

/// A use case with a switch to read the whole plan instead of the part it touches.
protocol PartReading {
    /// What it is asked.
    associatedtype Input: Sendable
    /// What it answers.
    associatedtype Output
    /// The use case on a plan file.
    init(store: PlanStore)
    /// Whether it reads the whole plan.
    var readsWholePlan: Bool { get set }
    /// Runs it.
    func run(_ input: Input, context: ChangeContext) throws -> Output
}

extension EditOrganisation: PartReading {}
extension EditProduct: PartReading {}
extension EditPerson: PartReading {}
extension EditParty: PartReading {}
extension EditPoint: PartReading {}
extension EditSession: PartReading {}
extension RegisterParty: PartReading {}
extension RegisterPoint: PartReading {}
extension RegisterSession: PartReading {}

/// Runs a command both ways on the same registry and compares what comes out.
enum ReadingComparison {
    /// The outcome of `run` on a fresh plan file of `plan`, as text: the result or the error,
    /// then the plan's organisations, products, people, attendances, parties, booth requests,
    /// connection points and sessions after it.
    static func outcome(plan: Plan, _ run: (PlanStore) throws -> Any) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-reading-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("hoi-cho.fairplan").path
        try PlanStore.create(at: path, plan: plan).close()
        let store = try PlanStore.open(at: path)
        let result: String
        do {
            result = "\(try run(store))"
        } catch {
            result = "error: \(error)"
        }
        let plan = try store.loadPlan()
        return [result] + plan.organisations.map { "\($0)" } + plan.products.map { "\($0)" }
            + plan.people.map { "\($0)" } + plan.attendances.map { "\($0)" } + plan.parties.map { "\($0)" }
            + plan.boothRequests.map { request in
                // Sets are described in no set order: their elements sorted.
                "\(request.id) \(request.party) \(request.boothsWanted) \(request.sharingOrganisations) "
                    + "\(request.products) \(request.servicesNeeded.sorted()) \(request.preferredZones)"
            }
            + plan.connectionPoints.map { "\($0)" } + plan.sessions.map { "\($0)" }
    }

    /// Expects `Command` to give the same outcome reading the part of the plan and the whole plan,
    /// on two random plans of `plan`.
    static func expectSame<Command: PartReading>(
        _ example: ReadingCase<Command.Input>, _ command: Command.Type,
        plan: (UInt64) -> Plan = ReviewRegistrationsTests.plan(seed:)
    ) throws {
        try expectSame(example, plan: plan) { store, input, whole in
            var use = Command(store: store)
            use.readsWholePlan = whole
            return try use.run(input, context: WorkflowFixture.context)
        }
    }

    /// Expects `run` to give the same outcome reading the part of the plan and the whole plan
    /// (`whole`), on two random plans of `plan` (by default registries of the national fair,
    /// ``ReviewRegistrationsTests/plan(seed:)``).
    static func expectSame<Input>(
        _ example: ReadingCase<Input>, plan: (UInt64) -> Plan = ReviewRegistrationsTests.plan(seed:),
        _ run: (PlanStore, Input, _ whole: Bool) throws -> Any
    ) throws {
        for seed: UInt64 in [1, 2] {
            let plan = plan(seed)
            let input = example.input(plan)
            let outcomes = try [false, true].map { whole in
                try outcome(plan: plan) { store in try run(store, input, whole) }
            }
            #expect(outcomes[0][0] == outcomes[1][0], "\(example.label), seed \(seed)")
            #expect(outcomes[0] == outcomes[1], "\(example.label), seed \(seed)")
        }
    }
}
