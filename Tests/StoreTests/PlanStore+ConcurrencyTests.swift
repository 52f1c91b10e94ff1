import Dispatch
import Foundation
import Planning
import Store
import Testing

@Suite("PlanStore: two processes on one file")
struct PlanStoreConcurrencyTests {
    @Test("two pools writing at once lose nothing and keep the file sound")
    func concurrentWriters() throws {
        try StoreFixtures.withPlanPath { path in
            let first = try PlanStore.create(at: path, plan: StoreFixtures.smallFair())
            let second = try PlanStore.open(at: path)
            let errors = ErrorLog()
            let writers = 4
            let perWriter = 20
            DispatchQueue.concurrentPerform(iterations: writers) { writer in
                let store = writer % 2 == 0 ? first : second
                for index in 0..<perWriter {
                    do {
                        let id = "org-w\(writer)-\(index)"
                        if index % 5 == 0 {
                            try store.importBatch(
                                ImportBatch(
                                    organisations: [StoreFixtures.organisation(id, "Hợp tác xã \(id)")],
                                    products: [
                                        Product(
                                            id: Identifier("sp-\(id)"), name: "Gạo", owner: Identifier(id))
                                    ]))
                        } else {
                            try store.addOrganisation(StoreFixtures.organisation(id, "Hợp tác xã \(id)"))
                        }
                        if index % 10 == 0 {
                            try store.publishBoothPlan(note: id, at: StoreFixtures.at(10))
                        }
                    } catch {
                        errors.append(error)
                    }
                }
            }
            #expect(errors.all.isEmpty, "\(errors.all)")
            for store in [first, second] {
                let plan = try store.loadPlan()
                #expect(plan.organisations.count == 4 + writers * perWriter)
                #expect(plan.products.count == 1 + writers * perWriter / 5)
                #expect(Set(plan.organisations.map(\.id)).count == plan.organisations.count)
                let versions = try store.publishedVersions(kind: .boothPlan).map(\.number)
                #expect(versions == Array(1...(writers * 2)))
            }
            #expect(try first.checkIntegrity())
        }
    }
}

/// Errors collected from several threads.
final class ErrorLog: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [any Error] = []

    /// Records an error.
    func append(_ error: any Error) {
        lock.lock()
        errors.append(error)
        lock.unlock()
    }

    /// Every error recorded.
    var all: [any Error] {
        lock.lock()
        defer { lock.unlock() }
        return errors
    }
}
