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

/// Runs a command both ways on the same registry and compares what comes out.
enum ReadingComparison {
    /// The outcome of `run` on a fresh plan file of `seed`'s registry
    /// (``ReviewRegistrationsTests/plan(seed:)``), as text: the result or the error, then the
    /// plan's organisations, products, people, attendances, parties and booth requests after it.
    static func outcome(seed: UInt64, _ run: (PlanStore) throws -> Any) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-reading-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("hoi-cho.fairplan").path
        try PlanStore.create(at: path, plan: ReviewRegistrationsTests.plan(seed: seed)).close()
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
    }

    /// Expects `run` to give the same outcome reading the part of the plan and the whole plan
    /// (`whole`), on two random registries.
    static func expectSame<Input>(
        _ example: ReadingCase<Input>, _ run: (PlanStore, Input, _ whole: Bool) throws -> Any
    ) throws {
        for seed: UInt64 in [1, 2] {
            let input = example.input(ReviewRegistrationsTests.plan(seed: seed))
            let outcomes = try [false, true].map { whole in
                try outcome(seed: seed) { store in try run(store, input, whole) }
            }
            #expect(outcomes[0][0] == outcomes[1][0], "\(example.label), seed \(seed)")
            #expect(outcomes[0] == outcomes[1], "\(example.label), seed \(seed)")
        }
    }
}
