import Foundation
import Planning
import Store
import TestSupport
import Testing
import Workflow

@Suite(
    "ReviewRegistrations: the staff console's findings, read focused on the fair, as the whole plan gives them"
)
struct ReviewRegistrationsTests {
    /// The national sample with a registry around its exhibitors: organisations repeating an
    /// exhibitor's registration code, or its name in its province (by case, tone or
    /// composition), unions naming exhibitors as members, products named alike, people sharing
    /// phones, and unrelated rows.
    static func plan(seed: UInt64) -> Plan {
        var plan = SampleData.nationalFair()
        var random = TestRandom(seed: seed)
        let exhibitors = plan.parties.compactMap { party -> Organisation? in
            guard case .organisation(let id) = party.kind else { return nil }
            return plan.organisations.first { $0.id == id }
        }
        for index in 0..<120 {
            let model = exhibitors.randomElement(using: &random)!
            let id = Identifier<Organisation>("x-o\(Int.random(in: 0..<10_000, using: &random))-\(index)")
            let organisation: Organisation
            switch index % 4 {
            case 0:
                organisation = Organisation(
                    id: id, name: "Hợp tác xã Khác \(index)", kind: model.kind, sector: model.sector,
                    registrationCode: model.registrationCode?.description, province: model.province)
            case 1:
                organisation = Organisation(
                    id: id, name: model.name.uppercased(), kind: model.kind, sector: model.sector,
                    registrationCode: nil, province: model.province)
            case 2:
                organisation = Organisation(
                    id: id, name: model.name.decomposedStringWithCanonicalMapping, kind: model.kind,
                    sector: model.sector, registrationCode: String(5_900_000_000 + index),
                    province: model.province)
            default:
                organisation = Organisation(
                    id: id, name: "Liên hiệp \(index)", kind: .cooperativeUnion, sector: model.sector,
                    registrationCode: String(5_910_000_000 + index), province: model.province,
                    memberOrganisations: [model.id])
            }
            plan.organisations.append(organisation)
            plan.products.append(
                Product(
                    id: Identifier("x-sp\(index)"), name: index % 2 == 0 ? "Gạo thơm" : "gạo thơm",
                    owner: index % 3 == 0 ? model.id : organisation.id))
            plan.people.append(
                Person(
                    id: Identifier("x-ng\(index)"),
                    fullName: index % 5 == 0 ? "Phạm Thị Thu Số \(index)" : "Nguyễn Văn An",
                    organisation: organisation.id, phone: "09\(10_000_000 + index % 7)"))
        }
        return plan
    }

    @Test(
        "every registration's findings equal those the whole plan's validation gives about it",
        arguments: 1...3)
    func sameFindings(seed: UInt64) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("hoi-cho.fairplan").path
        let store = try PlanStore.create(at: path, plan: Self.plan(seed: seed))
        let plan = try store.loadPlan()
        let whole = PlanValidator().validate(plan)
        func about(_ kind: Subject.Kind, _ id: String) -> [Finding] {
            whole.filter { finding in
                ([finding.subject] + finding.related).contains { $0.kind == kind && $0.id == id }
            }
        }
        let review = try ReviewRegistrations(store: store).run(ReviewRegistrations.Filter())
        #expect(review.entries.map(\.party.id) == plan.parties.map(\.id))
        var shown = 0
        for entry in review.entries {
            var expected = about(.party, entry.party.id.rawValue)
            if let organisation = entry.organisation {
                expected += about(.organisation, organisation.id.rawValue)
            }
            if let request = plan.boothRequests.first(where: { $0.party == entry.party.id }) {
                expected += about(.boothRequest, request.id.rawValue)
            }
            var seen: Set<Finding> = []
            expected = expected.filter { seen.insert($0).inserted }.sorted { $0.severity < $1.severity }
            #expect(entry.findings == expected, "\(entry.party.id)")
            shown += entry.findings.count
        }
        let codes = Set(review.entries.flatMap(\.findings).map(\.code))
        #expect(codes.contains(.duplicateRegistrationCode) && codes.contains(.possibleDuplicateOrganisation))
        #expect(shown > 0)
    }
}
