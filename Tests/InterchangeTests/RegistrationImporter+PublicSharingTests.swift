import Foundation
import Planning
import Sheets
import Testing

@testable import Interchange

@Suite(
    "RegistrationImporter: a public submission shares its booths only with organisations the organisers put there"
)
struct RegistrationImporterPublicSharingTests {
    typealias Sample = RegistrationBoothSample

    /// The sample's three cooperatives, their products and booths, imported by the organisers.
    static func plan() -> Plan {
        Sample.importing(Sample.check([Sample.read(Sample.workbook())]).batch, into: Sample.plan())
    }

    /// A new cooperative of Lào Cai with one product, asking for a booth with `booth` (by header).
    static func submission(_ booth: [String: CellValue]) -> ReadWorkbook {
        let organisation: [String: CellValue] = [
            "Tên tổ chức": .text("Hợp tác xã Chè Suối Giàng Thử"), "Mã số HTX/MST": .text("5300100301"),
            "Tỉnh/thành phố": .text("Lào Cai"), "Số thành viên": .integer(9),
        ]
        let product: [String: CellValue] = [
            "Tên sản phẩm": .text("Chè Suối Giàng Thử"), "Chủ thể": .text("5300100301"),
        ]
        var request: [String: CellValue] = [
            "Đơn vị trưng bày": .text("HTX Chè Suối Giàng Thử"), "Tổ chức": .text("5300100301"),
            "Số gian": .integer(1),
        ]
        request.merge(booth) { $1 }
        return Sample.read(
            Workbook(
                sheets: [
                    Sample.sheet(.organisations, [organisation], title: false),
                    Sample.sheet(.products, [product], title: false),
                    Sample.sheet(.boothRequests, [request], title: false),
                ],
                metadata: WorkbookMetadata(title: "Đăng ký", generator: "FairPlan tests", created: "")))
    }

    /// The check of `workbook` as the portal makes it, the organisers having put `confirmed`
    /// (registration codes) in its booth.
    static func publicCheck(_ workbook: ReadWorkbook, plan: Plan, confirmed: [String] = [])
        -> RegistrationReport
    {
        let ids = Set(
            plan.organisations.filter { organisation in
                confirmed.contains { $0 == organisation.registrationCode?.description }
            }.map(\.id))
        return RegistrationImporter(plan: plan, publicSubmission: true, confirmedSharing: ids).check([
            workbook
        ])
    }

    /// The errors of `report` at `field`.
    static func errors(_ report: RegistrationReport, at field: RegistrationField) -> [InterchangeMessage] {
        report.problems.filter { $0.severity == .error && $0.field == field }.map(\.message)
    }

    @Test(
        "another cooperative's code, name or an unknown name in «Dùng chung với» get the same error, naming no one; its products cannot be shown (QA 41b #2)"
    )
    func otherOrganisationRefused() {
        let plan = Self.plan()
        for written in [
            "1900123456", "Hợp tác xã Nông nghiệp Tân Hòa", "Hop tac xa Nong nghiep Tan Hoa",
            "Hợp tác xã Không Có Thật",
        ] {
            let report = Self.publicCheck(
                Self.submission([
                    "Dùng chung với": .text(written), "Sản phẩm trưng bày": .text("Mật ong hoa cà phê"),
                ]),
                plan: plan)
            #expect(
                Self.errors(report, at: .sharedWith) == [.sharingNotConfirmed(written: written)], "\(written)"
            )
            #expect(
                Self.errors(report, at: .productsShown)
                    == [.productNotAmongShared(written: "Mật ong hoa cà phê", suggestions: [])], "\(written)")
            #expect(report.batch.parties.isEmpty)
            for problem in report.problems {
                let text = problem.text(.vietnamese) + problem.text(.english)
                #expect(!text.contains("1900123456") || written == "1900123456", "\(text)")
                #expect(!text.contains("Tân Hòa") || written.contains("Tân Hòa"), "\(text)")
                #expect(!text.contains("Liên minh"), "\(text)")
            }
        }
        // `fairplan import` still lets organisers share with any organisation of the plan.
        let imported = RegistrationImporter(plan: plan).check([
            Self.submission(["Dùng chung với": .text("1900123456")])
        ])
        #expect(imported.errorCount == 0, "\(imported.problems.map { $0.text(.english) })")
        #expect(imported.batch.boothRequests.first?.sharingOrganisations.count == 2)
    }

    @Test(
        "the submission's own organisation and those the organisers put in its booth may be named, their products shown"
    )
    func confirmedSharing() throws {
        let plan = Self.plan()
        let tanHoa = try #require(
            plan.organisations.first { $0.registrationCode?.description == "1900123456" })
        let report = Self.publicCheck(
            Self.submission([
                "Dùng chung với": .text("HTX NN Tân Hòa; Hợp tác xã Chè Suối Giàng Thử"),
                "Sản phẩm trưng bày": .text("Chè Suối Giàng Thử; Mật ong hoa cà phê"),
            ]),
            plan: plan, confirmed: ["1900123456"])
        #expect(report.errorCount == 0, "\(report.problems.map { $0.text(.english) })")
        let request = try #require(report.batch.boothRequests.first)
        #expect(request.sharingOrganisations.count == 2)
        #expect(request.sharingOrganisations.last == tanHoa.id)
        let honey = try #require(plan.products.first { $0.name == "Mật ong hoa cà phê" })
        #expect(request.products.last == honey.id)
    }

    @Test("a public booth request is for the submission's own organisation, never another's (QA 41b #2)")
    func boothForAnotherRefused() {
        let report = Self.publicCheck(Self.submission(["Tổ chức": .text("1900123457")]), plan: Self.plan())
        #expect(Self.errors(report, at: .partyOrganisation) == [.outsideSubmission(.partyOrganisation)])
        #expect(report.batch.parties.isEmpty)
        #expect(!report.problems.contains { $0.text(.vietnamese).contains("Đất Mũi") })
    }
    /// A new cooperative named `name` (Lào Cai, its own code) with one product whose owner is
    /// written `owner`.
    static func namedSubmission(_ name: String, owner: String) -> ReadWorkbook {
        let organisation: [String: CellValue] = [
            "Tên tổ chức": .text(name), "Mã số HTX/MST": .text("5300100301"),
            "Tỉnh/thành phố": .text("Lào Cai"),
            "Số thành viên": .integer(9),
        ]
        let product: [String: CellValue] = [
            "Tên sản phẩm": .text("Chè Suối Giàng Thử"), "Chủ thể": .text(owner),
        ]
        return Sample.read(
            Workbook(
                sheets: [
                    Sample.sheet(.organisations, [organisation], title: false),
                    Sample.sheet(.products, [product], title: false),
                ],
                metadata: WorkbookMetadata(title: "Đăng ký", generator: "FairPlan tests", created: "")))
    }

    @Test(
        "a public submission naming its own cooperative by a name another of the plan shares is not asked for a code; a name only others share is refused at once (QA 42)"
    )
    func ownNameAmongOthers() {
        let plan = Self.plan()
        let name = "Hợp tác xã Nông nghiệp Tân Hòa"
        let own = Self.publicCheck(Self.namedSubmission(name, owner: name), plan: plan)
        #expect(Self.errors(own, at: .productOwner).isEmpty, "\(own.problems)")
        #expect(own.batch.products.first?.owner == own.batch.organisations.first?.id)
        // Organisers importing the same rows are asked which one is meant.
        let organisers = RegistrationImporter(plan: plan).check([Self.namedSubmission(name, owner: name)])
        #expect(
            Self.errors(organisers, at: .productOwner).contains {
                if case .organisationAmbiguous = $0 { true } else { false }
            })
        // A name two other cooperatives share, fitting none of the submission's own: refused in
        // one round, naming no one (before, a code was asked for, then refused).
        var shared = plan
        shared.organisations.append(
            Organisation(
                id: Identifier("tc-tan-hoa-son-la"), name: name, kind: .cooperative, sector: .agricultural,
                registrationCode: "5500100001", province: ProvinceReference("Sơn La")))
        let other = Self.publicCheck(
            Self.namedSubmission("Hợp tác xã Chè Suối Giàng Thử", owner: name), plan: shared)
        #expect(Self.errors(other, at: .productOwner) == [.outsideSubmission(.productOwner)])
    }

    @Test(
        "a public submission copying another cooperative's Tổ chức row cannot attach a product to it (review 43)"
    )
    func copiedRowIsNotOwn() {
        let plan = Self.plan()
        let own: [String: CellValue] = [
            "Tên tổ chức": .text("Hợp tác xã Chè Suối Giàng Thử"), "Mã số HTX/MST": .text("5300100301"),
            "Tỉnh/thành phố": .text("Lào Cai"), "Số thành viên": .integer(9),
        ]
        let copied = Sample.organisations[0]
        let product: [String: CellValue] = [
            "Tên sản phẩm": .text("Sản phẩm lạ"), "Chủ thể": .text("1900123456"),
        ]
        let workbook = Sample.read(
            Workbook(
                sheets: [
                    Sample.sheet(.organisations, [own, copied], title: false),
                    Sample.sheet(.products, [product], title: false),
                ],
                metadata: WorkbookMetadata(title: "Đăng ký", generator: "FairPlan tests", created: "")))
        let report = Self.publicCheck(workbook, plan: plan)
        #expect(
            Self.errors(report, at: .productOwner) == [.outsideSubmission(.productOwner)],
            "\(report.problems)")
    }
}
