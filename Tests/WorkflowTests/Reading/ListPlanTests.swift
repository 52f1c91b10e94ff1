import Foundation
import Planning
import Store
import TestSupport
import Testing
import Workflow

@Suite("ListPlan: rows streamed from the plan file")
struct ListPlanTests {
    @Test("every subject streams the rows run collects, the same on a second pass, in the stores' orders")
    func streamed() throws {
        let fixture = try AllocateBoothsTests.plan()
        defer { fixture.remove() }
        let store = try fixture.store()
        let list = ListPlan(store: store)
        for subject in ListPlan.Subject.allCases {
            for language in Language.allCases {
                let listing = try list.run(subject, status: nil, language: language)
                let passes = try list.stream(subject, status: nil, language: language) { rows in
                    #expect(rows.columns == listing.columns)
                    var first: [[String]] = []
                    try rows.forEachRow { first.append($0) }
                    var second: [[String]] = []
                    try rows.forEachRow { second.append($0) }
                    return (first, second)
                }
                #expect(passes.0 == listing.rows, "\(subject) \(language)")
                #expect(passes.1 == listing.rows, "\(subject) \(language)")
                #expect(listing.rows.allSatisfy { $0.count == listing.columns.count })
            }
        }
        let organisations = try list.run(.organisations, status: nil, language: .vietnamese)
        #expect(organisations.rows.map { $0[1] } == (try store.organisations().map(\.name)))
        #expect(organisations.rows.map(\.[0]) == organisations.rows.indices.map { "\($0 + 1)" })
        let parties = try list.run(.parties, status: nil, language: .vietnamese)
        #expect(parties.rows.map { $0.last! } == (try store.parties().map(\.id.rawValue)))
        let plan = try store.loadPlan()
        for row in parties.rows {
            let party = try #require(plan.party(Identifier(row.last!)))
            #expect(row[2] == plan.province(of: party)?.officialName ?? "")
            #expect(
                row[3]
                    == "\(plan.boothRequests.filter { $0.party == party.id }.reduce(0) { $0 + $1.boothsWanted })"
            )
            #expect(
                row[4]
                    == plan.boothAssignments.filter { $0.party == party.id }.map(\.booth).sorted().joined(
                        separator: ", "))
        }
    }

    @Test("a status is checked before the plan file is read")
    func statusFirst() throws {
        let fixture = try AllocateBoothsTests.plan()
        defer { fixture.remove() }
        var read = false
        #expect(throws: WorkflowError.conflict(.statusNeedsPartiesOrBooths)) {
            try ListPlan(store: fixture.store()).stream(.people, status: "pending", language: .vietnamese) {
                _ in
                read = true
            }
        }
        #expect(!read)
    }
}

extension ListPlanTests {
    @Test("unsorted, the same rows come, numbered in the order read")
    func unsorted() throws {
        let fixture = try AllocateBoothsTests.plan()
        defer { fixture.remove() }
        let list = ListPlan(store: try fixture.store())
        for subject in ListPlan.Subject.allCases {
            let listing = try list.run(subject, status: nil, language: .vietnamese)
            let unsorted = try list.stream(subject, status: nil, language: .vietnamese) { rows in
                var all: [[String]] = []
                try rows.forEachRow(sorted: false) { all.append($0) }
                return all
            }
            let numbered = listing.columns.first == .number
            func withoutNumber(_ rows: [[String]]) -> [[String]] {
                rows.map { numbered ? Array($0.dropFirst()) : $0 }.sorted { $0.lexicographicallyPrecedes($1) }
            }
            #expect(withoutNumber(unsorted) == withoutNumber(listing.rows), "\(subject)")
            if numbered { #expect(unsorted.map(\.[0]) == listing.rows.map(\.[0])) }
        }
    }
}
