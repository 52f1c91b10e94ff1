import Foundation
import Planning
import Store
import TestSupport
import Testing

/// A focused read (`loadPlan(focus:)`) gives exactly the findings about a new entity that the
/// whole plan gives: checked on random plans built from small pools of names, codes, provinces,
/// phones and e-mails, so that duplicates of every kind (and chains of them) are frequent.
@Suite("PlanStore: focused reads give the whole plan's findings")
struct PlanStoreFocusTests {
    static let names = ["Hợp tác xã Tân Hòa", "HỢP TÁC XÃ TÂN HOÀ", "Hợp tác xã Phú Lợi", "Tổ hợp tác Mỹ An"]
    static let codes: [String?] = [nil, "0101234567", "0101234568", "1800000001", "bad code"]
    static let provinces = ["TP. Cần Thơ", "Cần Thơ", "Vĩnh Long", "Tỉnh Không Có"]
    static let people = ["Lê Thị Hoa", "Lê Thị Hòa", "Trần Văn Nam"]
    static let phones: [String?] = [nil, "0912 000 111", "0912000222", "12"]
    static let emails: [String?] = [nil, "hoa@htx.vn", "HOA@htx.vn ", "nam@htx.vn"]
    static let products = ["Mật ong", "MẬT ONG", "Trà xanh"]

    static func organisation(_ id: String, _ random: inout TestRandom, members: [String] = []) -> Organisation
    {
        Organisation(
            id: Identifier(id), name: names.randomElement(using: &random)!, kind: .cooperative,
            sector: .agricultural, registrationCode: codes.randomElement(using: &random)!,
            province: ProvinceReference(provinces.randomElement(using: &random)!),
            memberCount: Int.random(in: 0...12, using: &random),
            memberOrganisations: members.map { Identifier($0) })
    }

    static func person(_ id: String, organisations: [String], _ random: inout TestRandom) -> Person {
        Person(
            id: Identifier(id), fullName: people.randomElement(using: &random)!,
            organisation: Bool.random(using: &random)
                ? organisations.randomElement(using: &random).map { Identifier($0) } : nil,
            phone: phones.randomElement(using: &random)!, email: emails.randomElement(using: &random)!)
    }

    static func product(_ id: String, owners: [String], _ random: inout TestRandom) -> Product {
        Product(
            id: Identifier(id), name: products.randomElement(using: &random)!,
            owner: Identifier(owners.randomElement(using: &random)!))
    }

    /// The findings about `subject` (as subject or related), as comparable text.
    static func findings(about subject: String, in plan: Plan) -> [String] {
        PlanValidator().validate(plan).filter { finding in
            ([finding.subject] + finding.related).contains { $0.id == subject }
        }.map { "\($0.severity) \($0.code) \($0.subject.id) \($0.related.map(\.id)) \($0.message)" }.sorted()
    }

    @Test("organisations, products and people: focused findings equal the whole plan's", arguments: 0..<8)
    func focusedFindingsEqualWhole(seed: UInt64) throws {
        var random = TestRandom(seed: seed)
        var plan = Plan(event: StoreFixtures.event)
        for index in 0..<40 { plan.organisations.append(Self.organisation("tc-\(index)", &random)) }
        let owners = plan.organisations.map(\.id.rawValue)
        for index in 0..<30 { plan.products.append(Self.product("sp-\(index)", owners: owners, &random)) }
        for index in 0..<40 { plan.people.append(Self.person("ng-\(index)", organisations: owners, &random)) }
        plan.attendances = plan.people.prefix(20).map {
            Attendance(person: $0.id, event: plan.event.id, place: .onSite, role: .delegate)
        }
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: plan)
            for trial in 0..<25 {
                // Identifiers that sort before and after the plan's, so either may come first.
                let id = trial.isMultiple(of: 2) ? "a-\(trial)" : "zz-\(trial)"
                let organisation = Self.organisation(
                    id, &random, members: Bool.random(using: &random) ? ["tc-1", "nowhere"] : [])
                var whole = plan
                whole.organisations.append(organisation)
                var part = try store.loadPlan(focus: PlanValidator().focus(registering: organisation))
                part.organisations.append(organisation)
                #expect(
                    Self.findings(about: id, in: part) == Self.findings(about: id, in: whole),
                    "organisation, seed \(seed), trial \(trial)")

                let product = Self.product(id, owners: owners + ["nowhere"], &random)
                whole = plan
                whole.products.append(product)
                part = try store.loadPlan(focus: PlanValidator().focus(registering: product))
                part.products.append(product)
                #expect(
                    Self.findings(about: id, in: part) == Self.findings(about: id, in: whole),
                    "product, seed \(seed), trial \(trial)")

                let person = Self.person(id, organisations: owners + ["nowhere"], &random)
                let attendance = Attendance(
                    person: person.id, event: plan.event.id, place: .onSite, role: .delegate)
                whole = plan
                whole.people.append(person)
                whole.attendances.append(attendance)
                part = try store.loadPlan(focus: PlanValidator().focus(registering: person))
                part.people.append(person)
                part.attendances.append(attendance)
                #expect(
                    Self.findings(about: id, in: part) == Self.findings(about: id, in: whole),
                    "person, seed \(seed), trial \(trial)")
            }
        }
    }

    @Test("a focus reads only what it names; identifiers a new one could clash with are read by stem")
    func readsOnlyTheFocus() throws {
        var plan = Plan(event: StoreFixtures.event)
        plan.organisations = [
            StoreFixtures.organisation("tc-htx-tan-hoa", "Hợp tác xã Tân Hòa", code: "0101234567"),
            StoreFixtures.organisation("tc-htx-tan-hoa-2", "Hợp tác xã Tân Hòa Hai"),
            StoreFixtures.organisation("tc-htx-tan-hoa-b", "Hợp tác xã Tân Hòa Bê"),
            StoreFixtures.organisation("tc-htx-tan-hoai", "Hợp tác xã Tân Hoài"),
            StoreFixtures.organisation("tc-khac", "Hợp tác xã Khác", code: "0101234568"),
        ]
        try StoreFixtures.withPlanPath { path in
            let store = try PlanStore.create(at: path, plan: plan)
            #expect(
                try store.identifiers(of: .organisation, from: ["tc-htx-tan-hoa"])
                    == ["tc-htx-tan-hoa", "tc-htx-tan-hoa-2", "tc-htx-tan-hoa-b"])
            var focus = PlanFocus()
            focus.registrationCodes = ["0101234568"]
            #expect(try store.loadPlan(focus: focus).organisations.map(\.id) == ["tc-khac"])
            #expect(try store.loadPlan(focus: PlanFocus()).organisations.isEmpty)
        }
    }
}
