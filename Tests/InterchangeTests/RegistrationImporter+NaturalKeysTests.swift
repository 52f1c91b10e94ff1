import Foundation
import Interchange
import Planning
import Sheets
import Testing

@Suite("RegistrationImporter: natural keys, repeats, updates and leading zeros")
struct RegistrationImporterNaturalKeysTests {
    static let day = CalendarDate(year: 2026, month: 12, day: 16)!

    /// A sheet with a header row and data rows numbered from 2.
    static func sheet(_ name: String, _ header: [String], _ rows: [[CellValue]]) -> ReadSheet {
        ReadSheet(
            name: name, rows: [header.map(CellValue.text)] + rows, rowNumbers: Array(1...(rows.count + 1)))
    }

    /// Checks sheets against `plan` (an empty checking plan by default).
    static func check(
        _ sheets: [ReadSheet], plan: Plan? = nil, skipInvalid: Bool = false, update: Bool = false
    ) -> RegistrationReport {
        RegistrationImporter(
            plan: plan ?? RegistrationImporter.checkingPlan(on: day), skipInvalid: skipInvalid, update: update
        ).check([ReadWorkbook(fileName: "dang-ky.ods", sheets: sheets)])
    }

    /// `plan` with a report's batch imported as the import command writes it: new entities added,
    /// updated ones replaced, attendances added or replaced.
    static func importing(_ batch: RegistrationBatch, into plan: Plan) -> Plan {
        var plan = plan
        func replaced<Entity: Identifiable>(_ stored: [Entity], _ updated: [Entity]) -> [Entity] {
            let byID = Dictionary(updated.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            return stored.map { byID[$0.id] ?? $0 }
        }
        plan.organisations = replaced(plan.organisations, batch.updatedOrganisations) + batch.organisations
        plan.products = replaced(plan.products, batch.updatedProducts) + batch.products
        plan.people = replaced(plan.people, batch.updatedPeople) + batch.people
        let attendances = batch.attendances(in: plan)
        let changed = Set(attendances.map(\.person))
        plan.attendances = plan.attendances.filter { !changed.contains($0.person) } + attendances
        return plan
    }

    /// The messages of the problems on one row of a sheet.
    static func messages(_ report: RegistrationReport, sheet: String, row: Int) -> [InterchangeMessage] {
        report.problems.filter { $0.sheet == sheet && $0.row == row }.map(\.message)
    }

    /// An organisations sheet: name, code, province, members, short name.
    static func organisations(_ rows: [[CellValue]]) -> ReadSheet {
        sheet(
            "Tổ chức", ["Tên tổ chức", "Mã số HTX/MST", "Tỉnh/thành phố", "Số thành viên", "Tên viết tắt"],
            rows)
    }

    // MARK: 1. Idempotence

    @Test(
        "checking files already imported: every row «đã có», importable, nothing to write",
        arguments: [false, true])
    func alreadyPresent(fromODS: Bool) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files: [String]
        if fromODS {
            let path = folder.appendingPathComponent("dang-ky.ods").path
            try ODSWriter.write(RegistrationImporterTests.filledWorkbook(), to: path)
            files = [path]
        } else {
            files = ["to-chuc.csv", "san-pham.csv", "dai-bieu.csv"].map {
                Fixtures.path("registrations/\($0)")
            }
        }
        let workbooks = try files.map(WorkbookFile.read)
        let empty = RegistrationImporter.checkingPlan(on: Self.day)
        let first = RegistrationImporter(plan: empty, skipInvalid: true).check(workbooks)
        #expect(first.isImportable)
        #expect(!first.batch.addsNothing)
        let plan = Self.importing(first.batch, into: empty)

        let second = RegistrationImporter(plan: plan, skipInvalid: true).check(workbooks)
        #expect(second.isImportable)
        #expect(second.batch.isEmpty)
        let imported = first.batch.organisations.count + first.batch.products.count + first.batch.people.count
        #expect(second.presentCount == imported)
        #expect(second.changedCount == 0)
        // Every row imported the first time is «đã có» the second time, and nothing else is new.
        let present = second.problems.filter {
            if case .alreadyInPlan = $0.message { return $0.severity == .info }
            return false
        }
        #expect(present.count == imported)
        #expect(Self.importing(second.batch, into: plan) == plan)
        // The same errors as the first time, no more (rows skipped then are skipped again).
        #expect(second.errorCount == first.errorCount)
    }

    @Test("a second check of valid files is «nothing new»; the verdict says so in both languages")
    func nothingNewVerdict() throws {
        let sheets = [
            Self.organisations([
                [
                    .text("Hợp tác xã Chè Suối Giàng"), .text("5300100002"), .text("Yên Bái"), .integer(9),
                    .empty,
                ],
                [.text("Hợp tác xã Mận Bắc Hà"), .empty, .text("Lào Cai"), .integer(15), .empty],
            ]),
            Self.sheet(
                "Sản phẩm", ["Tên sản phẩm", "Chủ thể"],
                [
                    [.text("Chè Shan tuyết"), .text("5300100002")],
                    [.text("Mận hậu"), .text("Hợp tác xã Mận Bắc Hà")],
                ]),
            Self.sheet(
                "Đại biểu", ["Họ và tên", "Tổ chức", "Điện thoại"],
                [[.text("Giàng A Dình"), .text("5300100002"), .text("0912345678")]]),
        ]
        let first = Self.check(sheets)
        #expect(first.errorCount == 0)
        let plan = Self.importing(first.batch, into: RegistrationImporter.checkingPlan(on: Self.day))
        let second = Self.check(sheets, plan: plan)
        #expect(second.errorCount == 0 && second.isImportable && second.batch.isEmpty)
        #expect(second.verdictMessage == .verdictNothingNew(present: 5))
        #expect(second.counts.map(\.present) == [2, 2, 1, 0])
        for language in Language.allCases {
            #expect(second.rendered(in: language).hasSuffix(second.verdictMessage.text(language)))
        }
        #expect(
            Self.messages(second, sheet: "Tổ chức", row: 3) == [
                .alreadyInPlan(.organisations, id: plan.organisations[1].id.rawValue)
            ])
    }

    @Test(
        "an organisation without a code is the same by name (tones kept) and province, not in another province"
    )
    func nameAndProvince() throws {
        var plan = RegistrationImporter.checkingPlan(on: Self.day)
        plan.organisations += [
            Organisation(
                id: "tc-tan-hoa", name: "Hợp tác xã Tân Hòa", kind: .cooperative, sector: .agricultural,
                registrationCode: nil, province: ProvinceReference("Cà Mau"), memberCount: 12)
        ]
        let report = Self.check(
            [
                Self.organisations([
                    // Same name (other tone placement, abbreviated), same province: the same.
                    [.text("HTX Tân Hoà"), .empty, .text("Ca Mau"), .empty, .empty],
                    // Another tone: another organisation.
                    [.text("Hợp tác xã Tấn Hòa"), .empty, .text("Cà Mau"), .integer(8), .empty],
                    // The same name in another province: another organisation.
                    [.text("Hợp tác xã Tân Hòa"), .empty, .text("Hà Nội"), .integer(8), .empty],
                ])
            ], plan: plan)
        #expect(report.counts.first?.present == 0)
        #expect(report.counts.first?.changed == 1)
        guard
            case .changedInPlan(_, "tc-tan-hoa", let changes, false) = Self.messages(
                report, sheet: "Tổ chức", row: 2
            ).first
        else {
            Issue.record("unexpected \(Self.messages(report, sheet: "Tổ chức", row: 2))")
            return
        }
        #expect(changes.map(\.field) == [.organisationName])
        #expect(report.batch.organisations.map(\.name) == ["Hợp tác xã Tấn Hòa", "Hợp tác xã Tân Hòa"])
    }

    @Test("a person is the same by name, organisation and phone or e-mail; a product by owner and name")
    func peopleAndProducts() throws {
        var plan = RegistrationImporter.checkingPlan(on: Self.day)
        let owner = Organisation(
            id: "tc-1", name: "Hợp tác xã Mận Bắc Hà", kind: .cooperative, sector: .agricultural,
            registrationCode: "5300100003", province: ProvinceReference("Lào Cai"), memberCount: 12)
        plan.organisations = [owner]
        plan.products = [Product(id: "sp-1", name: "Mận hậu", owner: "tc-1")]
        plan.people = [
            Person(id: "db-1", fullName: "Lò Văn Minh", organisation: "tc-1", phone: "0912345678"),
            Person(id: "db-2", fullName: "Lò Thị Mai", organisation: "tc-1"),
        ]
        plan.attendances = plan.people.map {
            Attendance(person: $0.id, event: plan.event.id, place: .onSite, role: .delegate)
        }
        let report = Self.check(
            [
                Self.sheet(
                    "Sản phẩm", ["Tên sản phẩm", "Chủ thể"],
                    [
                        [.text("Mận hậu"), .text("HTX Mận Bắc Hà")],
                        [.text("Mận hậu sấy"), .text("5300100003")],
                    ]),
                Self.sheet(
                    "Đại biểu", ["Họ và tên", "Tổ chức", "Điện thoại", "E-mail"],
                    [
                        [.text("Lò Văn Minh"), .text("5300100003"), .text("0912 345 678"), .empty],
                        // Same name and organisation, another phone: another person.
                        [.text("Lò Văn Minh"), .text("5300100003"), .text("0987654321"), .empty],
                        // The stored person has no phone or e-mail: the same, the e-mail added.
                        [.text("Lò Thị Mai"), .text("5300100003"), .empty, .text("mai@example.vn")],
                    ]),
            ], plan: plan)
        #expect(report.counts.map(\.present) == [0, 1, 1, 0])
        #expect(report.counts.map(\.changed) == [0, 0, 1, 0])
        #expect(report.batch.products.map(\.name) == ["Mận hậu sấy"])
        #expect(report.batch.people.map(\.phone) == ["0987654321"])
        #expect(
            Self.messages(report, sheet: "Đại biểu", row: 4) == [
                .changedInPlan(
                    .delegates, id: "db-2",
                    changes: [RegistrationChange(.delegateEmail, old: nil, new: .text("mai@example.vn"))],
                    applied: false)
            ])
    }

    // MARK: 2. Updates

    @Test("a row that changes an organisation lists old → new; written only with --update")
    func updates() throws {
        var plan = RegistrationImporter.checkingPlan(on: Self.day)
        plan.organisations = [
            Organisation(
                id: "tc-suoi-giang", name: "Hợp tác xã Chè Suối Giàng", shortName: "HTX Suối Giàng",
                kind: .cooperative, sector: .agricultural, registrationCode: "5300100002",
                province: ProvinceReference("Yên Bái"), address: "Văn Chấn", memberCount: 9)
        ]
        let sheets = [
            Self.organisations([
                [
                    .text("Hợp tác xã Chè Suối Giàng"), .text("5300100002"), .text("Yên Bái"), .integer(15),
                    .text("HTX Chè Suối Giàng"),
                ],
                [.text("Hợp tác xã Mận Bắc Hà"), .text("5300100003"), .text("Lào Cai"), .integer(8), .empty],
            ])
        ]
        let expected = [
            RegistrationChange(.organisationMembers, old: .number(9), new: .number(15)),
            RegistrationChange(
                .organisationShortName, old: .text("HTX Suối Giàng"), new: .text("HTX Chè Suối Giàng")),
        ]
        let reported = Self.check(sheets, plan: plan)
        let problem = try #require(reported.problems.first { $0.row == 2 && $0.field == .organisationName })
        #expect(problem.severity == .warning)
        #expect(
            Set(
                reported.problems.compactMap { problem -> [RegistrationChange]? in
                    if case .changedInPlan(.organisations, "tc-suoi-giang", let changes, false) = problem
                        .message
                    {
                        return changes
                    }
                    return nil
                }.flatMap { $0 }) == Set(expected))
        #expect(reported.isImportable)
        #expect(reported.batch.updatedOrganisations.isEmpty)
        #expect(reported.batch.organisations.map(\.name) == ["Hợp tác xã Mận Bắc Hà"])
        #expect(reported.rendered(in: .vietnamese).contains("HTX Suối Giàng"))
        #expect(
            reported.rendered(in: .vietnamese).contains(
                InterchangeMessage.changesSummary(count: 1, applied: false).text(.vietnamese)))

        let updating = Self.check(sheets, plan: plan, update: true)
        #expect(updating.problems.first { $0.row == 2 && $0.field == .organisationName }?.severity == .info)
        let updated = try #require(updating.batch.updatedOrganisations.first)
        #expect(updated.id == "tc-suoi-giang")
        #expect(updated.memberCount == 15 && updated.shortName == "HTX Chè Suối Giàng")
        #expect(updated.address == "Văn Chấn")  // not written: kept
        #expect(updating.batch.organisations.count == 1)
        let after = Self.importing(updating.batch, into: plan)
        let again = Self.check(sheets, plan: after, update: true)
        #expect(again.batch.isEmpty && again.presentCount == 2)
    }

    // MARK: 3. Repeats within the files

    @Test(
        "the same code twice: both rows flagged naming each other; --skip-invalid keeps the first with its products"
    )
    func repeatedCode() throws {
        // The complete row comes first, with its product; a bare repeat comes later, and its name
        // sorts first as an identifier (tc-a... < tc-htx...), the order the old check followed.
        let sheets = [
            Self.organisations([
                [
                    .text("Hợp tác xã Nông nghiệp Tân Hòa"), .text("1900123456"), .text("Cà Mau"),
                    .integer(25),
                    .text("HTX Tân Hòa"),
                ],
                [.text("Hợp tác xã Đông Hải"), .text("1900123457"), .text("Cà Mau"), .integer(12), .empty],
                [.text("A Tân Hòa"), .integer(1_900_123_456), .text("Cà Mau"), .empty, .empty],
            ]),
            Self.sheet(
                "Sản phẩm", ["Tên sản phẩm", "Chủ thể"],
                [
                    [.text("Mật ong hoa cà phê"), .text("HTX Tân Hòa")],
                    [.text("Khô cá lóc"), .text("1900123456")],
                ]),
        ]
        let report = Self.check(sheets)
        #expect(
            Self.messages(report, sheet: "Tổ chức", row: 2).contains(
                .repeatedInFiles(
                    .registrationCode("1900123456"), others: [RegistrationRowReference(row: 4)], isFirst: true
                )))
        #expect(
            Self.messages(report, sheet: "Tổ chức", row: 4).contains(
                .repeatedInFiles(
                    .registrationCode("1900123456"), others: [RegistrationRowReference(row: 2)],
                    isFirst: false)))
        #expect(
            report.problems.first { $0.row == 2 && $0.sheet == "Tổ chức" && $0.severity == .error } == nil)
        #expect(!report.isImportable)

        let skipping = Self.check(sheets, skipInvalid: true)
        #expect(skipping.isImportable)
        #expect(
            skipping.batch.organisations.map(\.name) == [
                "Hợp tác xã Nông nghiệp Tân Hòa", "Hợp tác xã Đông Hải",
            ])
        #expect(skipping.batch.organisations.first?.memberCount == 25)
        let tanHoa = try #require(skipping.batch.organisations.first)
        #expect(skipping.batch.products.map(\.owner) == [tanHoa.id, tanHoa.id])
    }

    @Test("three rows with one key each name the two others, in file order; products and delegates too")
    func repeatedThrice() throws {
        let row: [CellValue] = [
            .text("Hợp tác xã Mận Bắc Hà"), .empty, .text("Lào Cai"), .integer(8), .empty,
        ]
        let report = Self.check(
            [
                Self.organisations([
                    row, [.text("Hợp tác xã Khác"), .empty, .text("Lào Cai"), .integer(8), .empty], row, row,
                ]),
                Self.sheet(
                    "Sản phẩm", ["Tên sản phẩm", "Chủ thể"],
                    [
                        [.text("Mận hậu"), .text("Hợp tác xã Mận Bắc Hà")],
                        [.text("Mận hậu"), .text("Hợp tác xã Mận Bắc Hà")],
                    ]),
                Self.sheet(
                    "Đại biểu", ["Họ và tên", "Tổ chức"],
                    [
                        [.text("Lò Thị Mai"), .text("Hợp tác xã Mận Bắc Hà")],
                        [.text("Lò Thị Mai"), .text("Hợp tác xã Mận Bắc Hà")],
                    ]),
            ], skipInvalid: true)
        let key = RegistrationKey.nameAndProvince(name: "Hợp tác xã Mận Bắc Hà", province: "Lào Cai")
        #expect(
            Self.messages(report, sheet: "Tổ chức", row: 2).contains(
                .repeatedInFiles(
                    key, others: [RegistrationRowReference(row: 4), RegistrationRowReference(row: 5)],
                    isFirst: true)))
        #expect(
            Self.messages(report, sheet: "Tổ chức", row: 4).contains(
                .repeatedInFiles(
                    key, others: [RegistrationRowReference(row: 2), RegistrationRowReference(row: 5)],
                    isFirst: false)))
        #expect(
            Self.messages(report, sheet: "Tổ chức", row: 5).contains(
                .repeatedInFiles(
                    key, others: [RegistrationRowReference(row: 2), RegistrationRowReference(row: 4)],
                    isFirst: false)))
        #expect(report.batch.organisations.map(\.name) == ["Hợp tác xã Mận Bắc Hà", "Hợp tác xã Khác"])
        #expect(report.batch.products.count == 1)
        #expect(report.batch.people.count == 1)
        #expect(report.problems.contains { $0.sheet == "Sản phẩm" && $0.row == 3 && $0.severity == .error })
        #expect(report.problems.contains { $0.sheet == "Đại biểu" && $0.row == 3 && $0.severity == .error })
    }

    @Test("a repeat in another file names that file and sheet")
    func repeatedAcrossFiles() throws {
        let organisation: [CellValue] = [
            .text("Hợp tác xã Mận Bắc Hà"), .text("5300100003"), .text("Lào Cai"), .integer(8), .empty,
        ]
        let report = RegistrationImporter(plan: RegistrationImporter.checkingPlan(on: Self.day)).check([
            ReadWorkbook(fileName: "lao-cai.ods", sheets: [Self.organisations([organisation])]),
            ReadWorkbook(fileName: "yen-bai.ods", sheets: [Self.organisations([organisation])]),
        ])
        let later = try #require(report.problems.first { $0.file == "yen-bai.ods" && $0.severity == .error })
        #expect(
            later.message
                == .repeatedInFiles(
                    .registrationCode("5300100003"),
                    others: [RegistrationRowReference(file: "lao-cai.ods", sheet: "Tổ chức", row: 2)],
                    isFirst: false))
        #expect(later.text(.vietnamese).contains("lao-cai.ods › Tổ chức › dòng 2"))
    }

    // MARK: 4. Leading zeros wherever a code is referenced

    @Test("a code that lost its zero is restored in the code column and links products and delegates")
    func leadingZeros() throws {
        let report = Self.check(
            [
                Self.organisations([
                    [
                        .text("Hợp tác xã Tân Hòa"), .integer(305_100_001), .text("Hồ Chí Minh"),
                        .integer(12), .empty,
                    ],
                    [
                        .text("Hợp tác xã Chi nhánh"), .text("305100002-001"), .text("Hồ Chí Minh"),
                        .integer(12), .empty,
                    ],
                ]),
                Self.sheet(
                    "Sản phẩm", ["Tên sản phẩm", "Chủ thể"],
                    [[.text("Gạo"), .integer(305_100_001)], [.text("Nếp"), .decimal(305_100_001)]]),
                Self.sheet(
                    "Đại biểu", ["Họ và tên", "Tổ chức"],
                    [
                        [.text("Lò Thị Mai"), .integer(305_100_001)],
                        // No organisation has this code: not linked, and not kept as the unit.
                        [.text("Lò Văn Minh"), .integer(305_199_999)],
                    ]),
            ], skipInvalid: true)
        let organisations = report.batch.organisations
        #expect(organisations.map { $0.registrationCode?.description } == ["0305100001", "0305100002-001"])
        #expect(report.batch.products.map(\.owner) == [organisations[0].id, organisations[0].id])
        #expect(report.batch.people.map(\.organisation) == [organisations[0].id, nil])
        #expect(report.batch.people.map(\.unit) == [nil, nil])
        #expect(
            Self.messages(report, sheet: "Đại biểu", row: 3) == [
                .organisationCodeNotFound(code: "0305199999")
            ])
        #expect(report.errorCount == 0)
    }

    @Test(
        "a code without its zero names an organisation of the plan; an unknown one is an error naming the code"
    )
    func leadingZeroAgainstPlan() throws {
        var plan = RegistrationImporter.checkingPlan(on: Self.day)
        plan.organisations = [
            Organisation(
                id: "tc-tan-hoa", name: "Hợp tác xã Tân Hòa", kind: .cooperative, sector: .agricultural,
                registrationCode: "0305100001", province: ProvinceReference("Hồ Chí Minh"), memberCount: 12)
        ]
        let report = Self.check(
            [
                Self.organisations([
                    [
                        .text("Hợp tác xã Tân Hòa"), .integer(305_100_001), .text("Hồ Chí Minh"),
                        .integer(12), .empty,
                    ]
                ]),
                Self.sheet(
                    "Sản phẩm", ["Tên sản phẩm", "Chủ thể"],
                    [[.text("Gạo"), .text("305100001")], [.text("Nếp"), .integer(305_100_009)]]),
            ], plan: plan, skipInvalid: true)
        #expect(report.counts.first?.present == 1)
        #expect(report.batch.organisations.isEmpty)
        #expect(report.batch.products.map(\.owner) == ["tc-tan-hoa"])
        let errors = report.problems.filter { $0.sheet == "Sản phẩm" && $0.row == 3 && $0.severity == .error }
        #expect(errors.map(\.message) == [.organisationNotFound(written: "0305100009", suggestions: [])])
    }

    // MARK: 5. Linear time

    /// Organisations, products and delegates, all distinct, as rows of three sheets.
    static func generated(_ count: Int) -> [ReadSheet] {
        let provinces = ["Cà Mau", "Lào Cai", "Yên Bái", "Hà Nội", "Cần Thơ", "Sơn La"]
        var organisationRows: [[CellValue]] = []
        var productRows: [[CellValue]] = []
        var delegateRows: [[CellValue]] = []
        for index in 0..<count {
            let code = String(5_300_000_000 + index)
            organisationRows.append([
                .text("Hợp tác xã Số \(index)"), .text(code), .text(provinces[index % provinces.count]),
                .integer(7 + index % 20), .empty,
            ])
            if index % 2 == 0 { productRows.append([.text("Sản phẩm \(index)"), .text(code)]) }
            if index % 3 == 0 { delegateRows.append([.text("Nguyễn Văn Số \(index)"), .text(code)]) }
        }
        return [
            organisations(organisationRows),
            sheet("Sản phẩm", ["Tên sản phẩm", "Chủ thể"], productRows),
            sheet("Đại biểu", ["Họ và tên", "Tổ chức"], delegateRows),
        ]
    }

    @Test("the check grows linearly: four times the rows, at most about four times the time")
    func linearTime() throws {
        func seconds(_ count: Int, against plan: Plan) -> Double {
            let sheets = Self.generated(count)
            var best = Double.infinity
            for _ in 0..<2 {
                let start = ContinuousClock.now
                _ = Self.check(sheets, plan: plan)
                let elapsed = ContinuousClock.now - start
                best = min(
                    best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            }
            return best
        }
        let empty = RegistrationImporter.checkingPlan(on: Self.day)
        let small = seconds(500, against: empty)
        let large = seconds(2000, against: empty)
        // Quadratic work would take 16 times as long; allow noise on a shared machine.
        #expect(large < small * 8, "500 rows: \(small) s, 2000 rows: \(large) s")
        // Against a plan holding them: every row found through the indexes, not by scanning.
        let plan = Self.importing(Self.check(Self.generated(2000)).batch, into: empty)
        let again = Self.check(Self.generated(2000), plan: plan)
        #expect(again.batch.isEmpty && again.presentCount == 2000 + 1000 + 667)
        let smallAgainst = seconds(500, against: plan)
        let largeAgainst = seconds(2000, against: plan)
        #expect(largeAgainst < smallAgainst * 8, "500 rows: \(smallAgainst) s, 2000 rows: \(largeAgainst) s")
    }
}
