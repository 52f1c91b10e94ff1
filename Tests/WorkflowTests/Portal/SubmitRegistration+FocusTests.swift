import Foundation
import Interchange
import Planning
import Sheets
import Store
import Testing
import Workflow

/// A portal submission is checked against only what it touches (issues 16 and 17), and says
/// exactly what a check against the whole plan says: the same problems at the same rows and
/// columns, the same counts, the same entities with the same identifiers.
@Suite("Workflow: a submission checked against what it touches says what the whole plan says")
struct SubmitRegistrationFocusTests {
    /// Rows of a filled template by sheet, each a field → text map.
    typealias Rows = [RegistrationSheetKind: [[RegistrationField: String]]]

    /// The fixture's fair with a generated registry of 150 organisations, 90 products and 60
    /// people, a person with a phone and an e-mail, one with neither, and an exhibiting party of one
    /// organisation.
    static func plan() throws -> WorkflowFixture {
        let fixture = try WorkflowFixture.make()
        let generator = RegistryGenerator(organisations: 150, products: 90, people: 60, seed: 16)
        let path = fixture.folder.appendingPathComponent("so-dang-ky.ods").path
        try ODSWriter.write(generator.workbook(created: "2026-12-01T10:00:00"), to: path)
        let imported = try ImportRegistrations(plan: fixture.planPath, folder: fixture.folder.path).run(
            ImportRegistrations.Input(files: [path]), context: WorkflowFixture.context)
        #expect(imported.summary != nil, "\(imported.report.problems.prefix(3))")
        var person = RegisterPerson.Input(name: "Lò Thị Mai")
        person.unit = "Bản Suối Mơ"
        person.phone = "0912 000 111"
        person.email = "suoimo@example.vn"
        _ = try RegisterPerson(store: fixture.store()).run(person, context: WorkflowFixture.context)
        var withoutContact = RegisterPerson.Input(name: "Hoàng Văn Sáng")
        withoutContact.unit = "Bản Lầu"
        withoutContact.id = "db-sang-ban-lau"
        _ = try RegisterPerson(store: fixture.store()).run(withoutContact, context: WorkflowFixture.context)
        try fixture.organisation("Hợp tác xã Chè Tân Hòa", short: "HTX Tân Hòa", code: "5900111222")
        try fixture.party("HTX Tân Hòa", organisation: "5900111222")
        return fixture
    }

    /// The template's example organisation named `name` with `code` in `province`, a product and a
    /// delegate, and a booth request, as the form lays them out.
    static func form(
        name: String = "Hợp tác xã Nông nghiệp Suối Mơ", short: String = "", code: String = "5900876543",
        province: String = "Lào Cai", delegate: String = "Nguyễn Văn Hùng", phone: String = "0987 654 321"
    ) -> ReadWorkbook {
        var organisation: [RegistrationField: String] = [:]
        for field in RegistrationSheetKind.organisations.fields {
            organisation[field] = field.example(in: .vietnamese)
        }
        organisation[.organisationName] = name
        organisation[.organisationShortName] = short
        organisation[.organisationCode] = code
        organisation[.organisationProvince] = province
        var product: [RegistrationField: String] = [:]
        for field in RegistrationSheetKind.products.fields where field != .productOwner {
            product[field] = field.example(in: .vietnamese)
        }
        product[.productName] = "Trà shan tuyết Suối Mơ"
        var person: [RegistrationField: String] = [:]
        for field in RegistrationSheetKind.delegates.fields
        where field != .delegateOrganisation && field != .unit {
            person[field] = field.example(in: .vietnamese)
        }
        person[.fullName] = delegate
        person[.delegatePhone] = phone
        person[.delegateEmail] = ""
        return RegistrationForm(
            organisation: organisation, products: [product], delegates: [person],
            boothRequest: [.boothsWanted: "1"]
        ).workbook(in: .vietnamese)
    }

    /// An uploaded template holding `rows`.
    static func upload(_ rows: Rows) -> ReadWorkbook {
        let sheets = RegistrationSheetKind.allCases.compactMap { kind -> ReadSheet? in
            guard let entries = rows[kind] else { return nil }
            let fields = kind.fields
            let cells =
                [fields.map { CellValue.text($0.header(in: .vietnamese)) }]
                + entries.map { entry in fields.map { entry[$0].map(CellValue.text) ?? .empty } }
            return ReadSheet(
                name: kind.sheetName(in: .vietnamese), rows: cells, rowNumbers: Array(1...cells.count))
        }
        return ReadWorkbook(fileName: "tai-len.xlsx", sheets: sheets)
    }

    /// The submissions compared: a new cooperative, one the plan holds by code, one with the name
    /// of an organisation of the plan in its province and a new code, a delegate repeating a
    /// person of the plan, a short name whose identifier is taken, and uploads naming
    /// organisations and products of the plan by code, by name, without diacritics, sharing
    /// booths with them, and naming nothing known.
    static func submissions(_ plan: Plan) throws -> [(String, ReadWorkbook)] {
        let generated = plan.organisations.filter { $0.registrationCode != nil }
        let coded = try #require(generated.dropFirst(3).first)
        let named = try #require(generated.dropFirst(7).first)
        let owner = try #require(plan.products.first).owner
        let ownerOrganisation = try #require(plan.organisations.first { $0.id == owner })
        let shown = try #require(plan.products.first { $0.owner == owner })
        let organisation: [RegistrationField: String] = [
            .organisationName: "Hợp tác xã Dịch vụ Nông nghiệp Bản Lầu", .organisationCode: "5900765432",
            .organisationProvince: "Lào Cai", .organisationMembers: "15",
        ]
        var product: [RegistrationField: String] = [:]
        for field in RegistrationSheetKind.products.fields { product[field] = field.example(in: .vietnamese) }
        product[.productName] = "Mật ong bạc hà Bản Lầu"
        product[.productOwner] = ownerOrganisation.registrationCode?.description ?? ownerOrganisation.name
        return [
            ("a new cooperative", form()),
            (
                "one the plan holds, by code",
                form(name: coded.name, code: coded.registrationCode!.description)
            ),
            (
                "the name of one of the plan in its province, a new code",
                form(name: named.name, code: "5900999888", province: named.province.written)
            ),
            ("a delegate the plan holds", form(delegate: "Lò Thị Mai", phone: "0912 000 111")),
            ("a short name whose identifier is taken", form(short: "HTX Tân Hòa")),
            (
                "products and delegates of organisations of the plan, sharing booths with them",
                upload([
                    .organisations: [organisation],
                    .products: [product],
                    .delegates: [
                        [
                            .fullName: "Vàng Seo Phử",
                            .delegateOrganisation: VietnameseText.searchKey(named.name),
                            .delegatePhone: "0977 123 456",
                        ],
                        [.fullName: "Lò Thị Mai", .unit: "Bản Suối Mơ", .delegatePhone: "0912 000 111"],
                        [.fullName: "Hoàng Văn Sáng", .unit: "Bản Lầu", .delegatePhone: "0977 000 999"],
                    ],
                    .boothRequests: [
                        [
                            .partyOrganisation: "5900765432", .boothsWanted: "2",
                            .sharedWith: "\(ownerOrganisation.name); HTX Tân Hòa",
                            .productsShown: "\(shown.name); Mật ong bạc hà Bản Lầu",
                        ]
                    ],
                ])
            ),
            (
                "a booth request for an organisation with a party already",
                upload([.boothRequests: [[.partyOrganisation: "HTX Tân Hòa", .boothsWanted: "1"]]])
            ),
            (
                "names nothing known",
                upload([
                    .organisations: [organisation],
                    .products: [product.merging([.productOwner: "Zqxv Wyk"]) { $1 }],
                    .boothRequests: [
                        [.partyOrganisation: "5900765432", .boothsWanted: "1", .productsShown: "Zqxv Wyk"]
                    ],
                ])
            ),
        ]
    }

    @Test("every submission gets the same report from the part of the plan it touches as from the whole")
    func sameAsWholePlan() throws {
        let fixture = try Self.plan()
        defer { fixture.remove() }
        let store = try fixture.store()
        let whole = try store.loadPlan()
        for (label, workbook) in try Self.submissions(whole) {
            // Checked as the portal checks it: a booth request shows only products of the
            // organisations sharing its booths.
            let expected = RegistrationImporter(plan: whole, publicSubmission: true).check([workbook])
            let checked = try SubmitRegistration(store: store).check([workbook])
            let (read, focused) = (checked.plan, checked.report)
            #expect(focused.problems == expected.problems, "\(label)")
            #expect(focused.counts == expected.counts, "\(label)")
            #expect(focused.batch == expected.batch, "\(label)")
            #expect(read.organisations.count < whole.organisations.count / 4, "\(label): read in part")
        }
    }

    @Test("the cases differ from one another: duplicates, repeats and unknown names are found")
    func casesFindWhatTheyPlant() throws {
        let fixture = try Self.plan()
        defer { fixture.remove() }
        let store = try fixture.store()
        let cases = Dictionary(uniqueKeysWithValues: try Self.submissions(try store.loadPlan()))
        func codes(_ label: String) throws -> Set<FindingCode> {
            let report = try SubmitRegistration(store: store).check([try #require(cases[label])]).report
            return Set(report.problems.compactMap(\.code))
        }
        let held = try SubmitRegistration(store: store).check([
            try #require(cases["one the plan holds, by code"])
        ]).report
        #expect(held.presentCount + held.changedCount > 0)
        #expect(
            try codes("the name of one of the plan in its province, a new code").contains(
                .possibleDuplicateOrganisation))
        #expect(try codes("a delegate the plan holds").contains(.duplicatePerson))
        let short = try SubmitRegistration(store: store).check([
            try #require(cases["a short name whose identifier is taken"])
        ]).report
        #expect(short.batch.organisations.map(\.id.rawValue) == ["tc-htx-tan-hoa-2"])
        let unknown = try SubmitRegistration(store: store).check([
            try #require(cases["names nothing known"])
        ]).report
        #expect(unknown.errorCount >= 2)
        // A public submission adds no product or delegate to another organisation (QA 41b #1):
        // the rows naming one are errors beside the owner and organisation cells.
        let foreign = try SubmitRegistration(store: store).check([
            try #require(
                cases["products and delegates of organisations of the plan, sharing booths with them"])
        ]).report
        let outside = foreign.problems.filter {
            if case .outsideSubmission = $0.message { return $0.severity == .error }
            return false
        }
        #expect(outside.map(\.field) == [.productOwner, .delegateOrganisation])
        #expect(outside.allSatisfy { $0.row != nil && $0.column != nil })
        // Nor does it share its booths with them (QA 41b #2): «Dùng chung với» naming the plan's
        // organisations is an error each, naming no one, and no booth request is for another.
        let sharing = foreign.problems.filter {
            if case .sharingNotConfirmed = $0.message { return $0.field == .sharedWith }
            return false
        }
        #expect(sharing.count == 2)
        let other = try SubmitRegistration(store: store).check([
            try #require(cases["a booth request for an organisation with a party already"])
        ]).report
        #expect(other.problems.contains { $0.message == .outsideSubmission(.partyOrganisation) })
    }

    @Test("a submission naming more than a focused reading looks up is checked against the whole plan")
    func largeUploadReadsTheWholePlan() throws {
        let fixture = try Self.plan()
        defer { fixture.remove() }
        let store = try fixture.store()
        let generator = RegistryGenerator(organisations: 2_500, products: 0, people: 2_500, seed: 24)
        let sheets = RegistrationSheetKind.allCases.map { kind in
            let sheet = generator.sheet(kind)
            let rows =
                [sheet.columns.map { CellValue.text($0.header) }]
                + Array(sequence(state: sheet.rows()) { $0.next() })
            return ReadSheet(name: sheet.name, rows: rows, rowNumbers: Array(1...rows.count))
        }
        let workbook = ReadWorkbook(fileName: "so-dang-ky-lon.ods", sheets: sheets)
        let whole = try store.loadPlan()
        let checked = try SubmitRegistration(store: store).check([workbook])
        #expect(checked.plan.organisations.count == whole.organisations.count)
        let expected = RegistrationImporter(plan: whole, publicSubmission: true).check([workbook])
        #expect(checked.report.problems == expected.problems)
        #expect(checked.report.batch == expected.batch)
        // Rows for organisations the plan holds already are no one's own on a public page (review
        // 43): the delegates naming them are refused, as a product or delegate of another's is.
        let errors = checked.report.problems.filter { $0.severity == .error }
        #expect(!errors.isEmpty)
        #expect(errors.allSatisfy { $0.message == .outsideSubmission(.delegateOrganisation) })
        // The organisers' import of the same sheets takes them all.
        #expect(RegistrationImporter(plan: whole).check([workbook]).batch.organisations.count > 2_400)
    }
}
