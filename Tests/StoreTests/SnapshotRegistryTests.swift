import Foundation
import Planning
import Store
import TestSupport
import Testing

@Suite("SnapshotRegistry: the validator reads a plan file row by row and finds what the whole plan shows")
struct SnapshotRegistryTests {
    /// The small fair with a registry full of possible duplicates: registration codes repeated,
    /// names repeated in a province (by tone, case, composition, or only as written when the
    /// province did not resolve), products named alike by one owner, people sharing phones and
    /// e-mails in chains, and one-off rows of every kind beside them.
    static func plan(seed: UInt64) -> Plan {
        var plan = StoreFixtures.smallFair()
        var random = TestRandom(seed: seed)
        let names = [
            "Hợp tác xã Hoà Bình", "Hợp tác xã Hòa Bình", "Hợp tác xã Ho\u{300}a Bình", "hợp tác xã an phú",
            "Hợp tác xã An Phú", "HTX Đông Hải", "Công ty Dương Đông", "Hợp tác xã Ánh Dương",
        ]
        let provinces = ["TP. Cần Thơ", "Cần Thơ", "Tỉnh không có", "tinh khong co", "Hà Nội"]
        for index in 0..<150 {
            let id = "o-\(Int.random(in: 0..<10_000, using: &random))-\(index)"
            var organisation = StoreFixtures.organisation(
                id,
                index % 4 == 0
                    ? "\(names[index % names.count]) \(index)" : names.randomElement(using: &random)!,
                code: index % 3 == 0 ? nil : String(5_800_000_000 + Int.random(in: 0..<60, using: &random)))
            organisation.province = ProvinceReference(provinces.randomElement(using: &random)!)
            if index % 7 == 0, let member = plan.organisations.last {
                organisation.memberOrganisations = [member.id]
            }
            plan.organisations.append(organisation)
            for number in 0..<Int.random(in: 0..<3, using: &random) {
                plan.products.append(
                    Product(
                        id: Identifier("sp-\(id)-\(number)"),
                        name: ["Gạo thơm", "gạo thơm", "Gạo Thơm ST25", "Mật ong \(index)"].randomElement(
                            using: &random)!,
                        owner: Identifier(id)))
            }
        }
        let organisations = plan.organisations.map(\.id)
        for index in 0..<150 {
            let phone = index % 5 == 0 ? nil : "09\(10_000_000 + Int.random(in: 0..<40, using: &random))"
            let email = index % 4 == 0 ? "nguoi\(Int.random(in: 0..<30, using: &random))@htx.vn" : nil
            plan.people.append(
                Person(
                    id: Identifier("ng-\(Int.random(in: 0..<10_000, using: &random))-\(index)"),
                    fullName: ["Nguyễn Văn An", "Nguyễn Văn Ân", "nguyễn văn an", "Trần Thị Bình"]
                        .randomElement(
                            using: &random)!,
                    organisation: index % 6 == 0 ? nil : organisations.randomElement(using: &random),
                    phone: phone, email: email))
        }
        return plan
    }

    /// The findings of the plan file read row by row, and of the whole plan it holds.
    static func findings(_ store: PlanStore) throws -> (streamed: [Finding], whole: [Finding]) {
        let whole = PlanValidator().validate(try store.loadPlan())
        let streamed = try store.snapshot { snapshot in
            try PlanValidator().validate(frame: try snapshot.frame(), registry: snapshot.registry)
        }
        return (streamed, whole)
    }

    @Test("random registries full of duplicates: the same findings, in the same order", arguments: 1...6)
    func sameFindings(seed: UInt64) throws {
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: Self.plan(seed: seed))
            let (streamed, whole) = try Self.findings(store)
            #expect(streamed == whole)
            let codes = Set(whole.map(\.code))
            for code in [
                FindingCode.duplicateRegistrationCode, .possibleDuplicateOrganisation, .duplicateProduct,
                .duplicatePerson, .unknownProvince, .missingRegistrationCode,
            ] {
                #expect(codes.contains(code), "\(code)")
            }
        }
    }

    @Test("the samples, with their venue, programme, points and attendances: the same findings")
    func samples() throws {
        for plan in [SampleData.nationalFair(), SampleData.hybridBriefing()] {
            try StoreFixtures.withPlanPath { path in
                let store = try PlanStore.create(at: path, plan: plan)
                let (streamed, whole) = try Self.findings(store)
                #expect(streamed == whole)
                #expect(!whole.isEmpty)
            }
        }
    }

    @Test("only the entities sharing a key come back from the groupings")
    func sharingOnly() throws {
        var plan = StoreFixtures.smallFair()
        plan.organisations += [
            StoreFixtures.organisation("x-o1", "Hợp tác xã Hoà Bình", code: "5800000001"),
            StoreFixtures.organisation("x-o2", "Hợp tác xã Hòa Bình"),
            StoreFixtures.organisation("x-o3", "Hợp tác xã Khác", code: "5800000001"),
            StoreFixtures.organisation("x-o4", "Hợp tác xã Riêng", code: "5800000004"),
        ]
        plan.products += [
            Product(id: "x-sp1", name: "Gạo thơm", owner: "x-o1"),
            Product(id: "x-sp2", name: "gạo thơm", owner: "x-o1"),
            Product(id: "x-sp3", name: "Gạo thơm", owner: "x-o2"),
        ]
        plan.people += [
            Person(id: "x-ng1", fullName: "Nguyễn Văn An", phone: "0912345678"),
            Person(id: "x-ng2", fullName: "nguyễn văn an", phone: "0912 345 678", email: "an@htx.vn"),
            Person(id: "x-ng3", fullName: "Trần Thị Bình", email: "AN@htx.vn"),
            Person(id: "x-ng4", fullName: "Trần Thị Bình", phone: "0912345678"),
        ]
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: plan)
            try store.snapshot { snapshot in
                let registry = snapshot.registry
                let organisations = try registry.organisationsSharingDuplicateKeys().map(\.id)
                let products = try registry.productsSharingDuplicateKeys().map(\.id)
                let people = try registry.peopleSharingDuplicateKeys().map(\.id)
                let known = try registry.containsOrganisation("x-o4")
                let unknown = try registry.containsOrganisation("x-o5")
                #expect(organisations == ["x-o1", "x-o2", "x-o3"])
                #expect(products == ["x-sp1", "x-sp2"])
                #expect(people == ["x-ng1", "x-ng2", "x-ng3"])
                #expect(known && !unknown)
            }
        }
    }
}
