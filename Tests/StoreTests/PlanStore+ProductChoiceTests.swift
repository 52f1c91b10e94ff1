import Foundation
import GRDB
import Planning
import Testing

@testable import Store

@Suite("PlanStore: a booth request's choice of products (schema version 8)")
struct PlanStoreProductChoiceTests {
    @Test("whether a request shows every product reads back after reopening")
    func roundTrip() throws {
        var plan = StoreFixtures.smallFair()
        plan.boothRequests[0].showsEveryProduct = true
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: plan)
            try store.close()
            let loaded = try PlanStore.open(at: path).loadPlan()
            #expect(loaded.boothRequests.map(\.showsEveryProduct) == [true, false, false, false])
            #expect(loaded == plan)
        }
    }

    @Test("a version 7 file marks the requests showing every product of their organisations")
    func migrated() throws {
        var plan = StoreFixtures.smallFair()
        plan.products.append(Product(id: "sp-2", name: "Bưởi năm roi", owner: "org-1"))
        plan.boothRequests[1].sharingOrganisations = ["org-2"]
        plan.boothRequests[1].products = []
        plan.boothRequests[2].sharingOrganisations = ["org-1"]
        plan.boothRequests[2].products = ["sp-2", "sp-1"]
        try StoreFixtures.withPlanPath { path in
            try PlanStore.create(at: path, plan: plan).close()
            // The file as version 7 wrote it: no column, no triggers naming it.
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                let triggers = try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'journal_%'"
                )
                for name in triggers { try db.execute(sql: "DROP TRIGGER \"\(name)\"") }
                try db.execute(sql: "ALTER TABLE booth_request DROP COLUMN shows_every_product")
                try db.execute(sql: "PRAGMA user_version = 7")
            }
            try queue.close()
            let store = try PlanStore.open(at: path)
            #expect(try store.fileSchemaVersion() == 8)
            let requests = try store.loadPlan().boothRequests
            // p-1 shows one of org-1's two products: a choice. p-2's organisation has none, so it
            // shows every one; p-3 shows both of org-1's.
            #expect(requests.map(\.showsEveryProduct) == [false, true, true, true])
        }
    }

    @Test("a request read from JSON written before version 8 chose its products")
    func olderJSON() throws {
        var request = StoreFixtures.request("p-2", booths: 2)
        let text = String(decoding: try JSONEncoder().encode(request), as: UTF8.self)
        #expect(!text.contains("showsEveryProduct"))
        request.showsEveryProduct = true
        let data = try JSONEncoder().encode(request)
        #expect(try JSONDecoder().decode(BoothRequest.self, from: data) == request)
    }
}
