import Foundation
import Interchange
import Planning
import Sheets
import Testing

@Suite("RegistrationImporter")
struct RegistrationImporterTests {
    /// The day certificates are judged on.
    static let fairDay = CalendarDate(year: 2026, month: 12, day: 16)!

    static func importer(skipInvalid: Bool = false) -> RegistrationImporter {
        RegistrationImporter(plan: RegistrationImporter.checkingPlan(on: fairDay), skipInvalid: skipInvalid)
    }

    static let organisationColumns = [
        "STT", "Tên tổ chức *", "Loại hình", "Mã số HTX/MST", "Tỉnh/thành phố *", "Điện thoại",
        "Số thành viên",
    ].map { Column($0) }
    static let productColumns = [
        "STT", "Tên sản phẩm *", "Chủ thể *", "Bộ sản phẩm OCOP", "Số sao", "Số quyết định",
        "Ngày quyết định",
        "Cần nước/kho lạnh",
    ].map { Column($0) }
    static let delegateColumns = ["Danh xưng", "Họ và tên *", "Chức vụ", "Tổ chức", "Ngày sinh", "Vai trò"]
        .map {
            Column($0)
        }

    /// A filled template with several wrong rows (title row on top, so data starts on row 3).
    static func filledWorkbook() -> Workbook {
        let organisations: [[CellValue]] = [
            [
                .integer(1), .text("Hợp tác xã Nông nghiệp Tân Hòa"), .text("Hợp tác xã"),
                .text("1900123456"),
                .text("Cà Mau"), .text("0912345678"), .integer(25),
            ],
            // Row 4: the kind is inferred from the name; the code lost its leading zero in a number cell.
            [
                .integer(2), .text("HTX Dịch vụ Thương mại Phú Tân"), .empty, .integer(101_234_567),
                .text("Ha Noi"), .text("0243 826 1234"), .integer(12),
            ],
            // Row 5: unknown province and a malformed code.
            [
                .integer(3), .text("Hợp tác xã Chè Suối Giàng"), .text("HTX"), .text("12AB"),
                .text("Tỉnh Đất Mới"),
                .empty, .integer(9),
            ],
            // Row 6: only the STT: ignored.
            [.integer(4)],
        ]
        let products: [[CellValue]] = [
            [
                .integer(1), .text("Mật ong hoa cà phê"), .text("HTX NN Tân Hòa"), .text("Mật ong"),
                .integer(4),
                .text("1234/QĐ-UBND"), .date(SheetDate(year: 2024, month: 3, day: 15)!), .text("Không"),
            ],
            // Row 4: two stars, and an expired certificate (ISO date).
            [
                .integer(2), .text("Khô cá lóc"), .text("1900123456"), .text("Bộ sản phẩm số 2"), .integer(2),
                .text("88/QĐ-UBND"), .text("2021-05-10"), .empty,
            ],
            // Row 5: an unknown owner and an impossible date.
            [
                .integer(3), .text("Bánh pía sầu riêng"), .text("Công ty Bánh Ngọt"),
                .text("Bộ sản phẩm số 6"),
                .integer(3), .text("12/QĐ-UBND"), .text("32/13/2024"), .text("có"),
            ],
            // Row 6: the owner is the invalid organisation of row 5.
            [
                .integer(4), .text("Chè Shan tuyết"), .text("Hợp tác xã Chè Suối Giàng"),
                .text("Chè tươi, chế biến"), .empty, .empty, .empty, .empty,
            ],
            // Row 7: a spreadsheet day number as the date (45366 = 15/03/2024).
            [
                .integer(5), .text("Gạo thơm Phú Tân"), .text("HTX Dịch vụ Thương mại Phú Tân"),
                .text("Gạo, ngũ cốc, hạt sơ chế khác"), .text("3 sao"), .text("77/QĐ-UBND"), .integer(45366),
                .empty,
            ],
        ]
        let delegates: [[CellValue]] = [
            [
                .text("Bà"), .text("Trần Thị Bích Ngọc"), .text("Giám đốc"), .text("HTX NN Tân Hòa"),
                .text("02/09/1978"), .text("Đại biểu"),
            ],
            // Row 4: an unknown role, and a year of birth typed 2062 for 1962.
            [
                .text("Ông"), .text("Lê Văn Phúc"), .text("Chủ tịch HĐQT"), .text("Sở Nông nghiệp"),
                .text("01/05/2062"), .text("Khán giả"),
            ],
            // Row 5: no name.
            [.text("Ông"), .empty, .text("Kế toán"), .empty, .empty, .empty],
        ]
        return Workbook(
            sheets: [
                Sheet(
                    name: "Tổ chức", columns: organisationColumns, title: "DANH SÁCH TỔ CHỨC",
                    rows: organisations),
                Sheet(name: "Sản phẩm", columns: productColumns, title: "DANH SÁCH SẢN PHẨM", rows: products),
                Sheet(
                    name: "Đại biểu", columns: delegateColumns, title: "DANH SÁCH ĐẠI BIỂU", rows: delegates),
            ], metadata: WorkbookMetadata(created: "2026-11-23T08:00:00"))
    }

    static func writeFilled(_ format: String = "ods") throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("dang-ky-\(UUID().uuidString).\(format)").path
        if format == "ods" {
            try ODSWriter.write(filledWorkbook(), to: path)
        } else {
            try FODSWriter.write(filledWorkbook(), to: path)
        }
        return path
    }

    static func problem(
        _ report: RegistrationReport, sheet: String, row: Int, field: RegistrationField
    ) -> SheetProblem? {
        report.problems.first { $0.sheet == sheet && $0.row == row && $0.field == field }
    }

    /// The organisation written, when the message says it was not found.
    static func notFound(_ message: InterchangeMessage) -> String? {
        if case .organisationNotFound(let written, _) = message { return written }
        return nil
    }

    @Test("a sheet with several wrong rows: every error by sheet, row and column, nothing imported")
    func severalWrongRows() throws {
        let path = try Self.writeFilled()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let report = try Self.importer().check(files: [path])

        let code = try #require(Self.problem(report, sheet: "Tổ chức", row: 5, field: .organisationCode))
        #expect(code.severity == .error)
        #expect(code.column == 4)
        #expect(code.code == .malformedRegistrationCode)
        #expect(code.cellReference == "D5")
        #expect(code.description == code.text(.vietnamese))
        let province = try #require(
            Self.problem(report, sheet: "Tổ chức", row: 5, field: .organisationProvince))
        #expect(province.severity == .error && province.column == 5)
        let leadingZero = try #require(
            Self.problem(report, sheet: "Tổ chức", row: 4, field: .organisationCode))
        #expect(leadingZero.severity == .warning)
        #expect(
            leadingZero.message == .lostLeadingZero(.organisationCode, written: "101234567", numberCell: true)
        )

        let stars = try #require(Self.problem(report, sheet: "Sản phẩm", row: 4, field: .stars))
        #expect(stars.severity == .error && stars.code == .starsOutOfRange && stars.column == 5)
        let expired = try #require(Self.problem(report, sheet: "Sản phẩm", row: 4, field: .decisionDate))
        #expect(expired.code == .certificateExpired)
        let owner = try #require(Self.problem(report, sheet: "Sản phẩm", row: 5, field: .productOwner))
        #expect(owner.severity == .error && Self.notFound(owner.message) == "Công ty Bánh Ngọt")
        let date = try #require(Self.problem(report, sheet: "Sản phẩm", row: 5, field: .decisionDate))
        #expect(date.severity == .error && date.message == .unreadableDate("32/13/2024"))

        let role = try #require(Self.problem(report, sheet: "Đại biểu", row: 4, field: .role))
        #expect(role.severity == .error && role.column == 6)
        #expect(role.message == .invalidValue(.role, written: "Khán giả"))
        let born = try #require(Self.problem(report, sheet: "Đại biểu", row: 4, field: .dateOfBirth))
        #expect(born.severity == .error && born.code == .birthDateImplausible && born.cellReference == "E4")
        let name = try #require(Self.problem(report, sheet: "Đại biểu", row: 5, field: .fullName))
        #expect(name.severity == .error && name.message == .missingRequiredValue(.fullName))
        let unit = try #require(Self.problem(report, sheet: "Đại biểu", row: 4, field: .delegateOrganisation))
        #expect(unit.severity == .warning)
        guard case .organisationNotFoundKeptAsUnit(let written, _) = unit.message else {
            Issue.record("unexpected \(unit.message)")
            return
        }
        #expect(written == "Sở Nông nghiệp")

        #expect(report.counts.map(\.rows) == [3, 5, 3, 0])
        #expect(!report.isImportable)
        #expect(report.batch.isEmpty)
        #expect(report.verdictMessage == .verdictErrors(count: report.errorCount))
        #expect(report.rendered(in: .vietnamese) == report.rendered(in: .vietnamese))
        #expect(report.rendered(in: .english).hasSuffix(report.verdictMessage.text(.english)))
        #expect(report.rendered(in: .english) != report.rendered(in: .vietnamese))
        // No row is reported twice for the same cell by the reader and the validator.
        let errorCells = report.problems.filter { $0.severity == .error }.compactMap { problem in
            problem.cellReference.map { "\(problem.sheet ?? "")!\($0)" }
        }
        #expect(Set(errorCells).count == errorCells.count)
    }

    @Test("--skip-invalid imports the valid rows and leaves out products of invalid organisations")
    func skipInvalid() throws {
        let path = try Self.writeFilled("fods")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let report = try Self.importer(skipInvalid: true).check(files: [path])
        #expect(report.isImportable)
        #expect(
            report.batch.organisations.map(\.name) == [
                "Hợp tác xã Nông nghiệp Tân Hòa", "HTX Dịch vụ Thương mại Phú Tân",
            ])
        #expect(report.batch.products.map(\.name) == ["Mật ong hoa cà phê", "Gạo thơm Phú Tân"])
        #expect(report.batch.people.map(\.name.fullName) == ["Trần Thị Bích Ngọc"])
        let skipped = try #require(Self.problem(report, sheet: "Sản phẩm", row: 6, field: .productOwner))
        #expect(skipped.severity == .warning)
        #expect(skipped.message == .productSkippedWithOwner(owner: "Hợp tác xã Chè Suối Giàng", row: 5))

        let phuTan = try #require(report.batch.organisations.last)
        #expect(phuTan.kind == .cooperative)
        #expect(phuTan.registrationCode?.description == "0101234567")
        #expect(phuTan.province.province?.name == "Hà Nội")
        #expect(phuTan.sector == .agricultural)
        let rice = try #require(report.batch.products.last)
        #expect(rice.owner == phuTan.id)
        #expect(rice.recognition?.stars == 3)
        #expect(rice.recognition?.decisionDate == CalendarDate(year: 2024, month: 3, day: 15))
        #expect(rice.classification == .productSet(3))
        let honey = try #require(report.batch.products.first)
        #expect(honey.classification == .productSet(4))
        #expect(honey.owner == report.batch.organisations.first?.id)
        let delegate = try #require(report.batch.people.first)
        #expect(delegate.honorific == .mrs)
        #expect(delegate.dateOfBirth == CalendarDate(year: 1978, month: 9, day: 2))
        #expect(delegate.organisation == report.batch.organisations.first?.id)
        #expect(
            report.verdictMessage
                == .verdictSkipping(
                    skipped: 6, organisations: 2, products: 2, people: 1))
    }

    @Test("CSV files with English and unaccented headers below a title row")
    func csvWithOtherHeaders() throws {
        let folder = Fixtures.path("registrations")
        let files = ["to-chuc.csv", "san-pham.csv", "dai-bieu.csv"].map { "\(folder)/\($0)" }
        let report = try Self.importer().check(files: files)
        #expect(report.counts.map(\.rows) == [3, 4, 2, 0])
        let province = try #require(
            Self.problem(report, sheet: "to-chuc", row: 5, field: .organisationProvince))
        #expect(province.severity == .error)
        #expect(province.file == "to-chuc.csv" && province.cellReference == "E5")
        let phone = try #require(Self.problem(report, sheet: "to-chuc", row: 4, field: .contactPhone))
        #expect(phone.severity == .warning)
        guard case .lostLeadingZero(.contactPhone, "912345678", _) = phone.message else {
            Issue.record("unexpected \(phone.message)")
            return
        }
        let ambiguous = try #require(Self.problem(report, sheet: "san-pham", row: 4, field: .productSet))
        #expect(ambiguous.severity == .error)
        guard case .productSetAmbiguous("Thủy sản", let sets) = ambiguous.message else {
            Issue.record("unexpected \(ambiguous.message)")
            return
        }
        #expect(sets.contains(2))
        let missing = try #require(Self.problem(report, sheet: "san-pham", row: 5, field: .decisionNumber))
        #expect(missing.severity == .error)
        let role = try #require(Self.problem(report, sheet: "dai-bieu", row: 4, field: .role))
        #expect(role.severity == .error)
        #expect(!report.isImportable)
    }

    @Test("a missing required column stops the import even with --skip-invalid")
    func missingRequiredColumn() throws {
        let sheet = ReadSheet(
            name: "Sản phẩm",
            rows: [[.text("Tên sản phẩm"), .text("Số sao")], [.text("Mật ong"), .integer(4)]],
            rowNumbers: [1, 2])
        let report = Self.importer(skipInvalid: true).check([
            ReadWorkbook(fileName: "sp.ods", sheets: [sheet])
        ])
        let missing = try #require(report.fatalErrors.first)
        #expect(missing.field == .productOwner)
        #expect(missing.message == .missingRequiredColumn(.productOwner, headerRow: 1))
        #expect(!report.isImportable)
    }

    @Test(
        "member counts and booths: fractions and mis-grouped numbers are errors, thousands read, the range held"
    )
    func wholeNumbers() throws {
        let written: [CellValue] = [
            .text("12.5"), .text("12,5"), .text("1.2.3"), .decimal(12.5), .text("99999999999"),
            .text("1.200"),
            .text("1 200"), .decimal(30), .text("-3"),
        ]
        let rows: [[CellValue]] =
            [[.text("Tên tổ chức"), .text("Loại hình"), .text("Tỉnh/thành phố"), .text("Số thành viên")]]
            + written.enumerated().map { index, members in
                [.text("Hợp tác xã Số \(index + 1)"), .text("HTX"), .text("Gia Lai"), members]
            }
        let sheet = ReadSheet(name: "Tổ chức", rows: rows, rowNumbers: Array(1...rows.count))
        let report = Self.importer().check([ReadWorkbook(fileName: "tc.csv", sheets: [sheet])])
        func members(_ row: Int) -> InterchangeMessage? {
            Self.problem(report, sheet: "Tổ chức", row: row, field: .organisationMembers)?.message
        }
        #expect(members(2) == .notACount("12.5"))
        #expect(members(3) == .notACount("12,5"))
        #expect(members(4) == .notACount("1.2.3"))
        #expect(members(5) == .notACount("12.5"))
        #expect(
            members(6)
                == .countOutOfRange(
                    .organisationMembers, written: 99_999_999_999, minimum: 0, maximum: 10_000_000))
        #expect(members(7) == nil && members(8) == nil && members(9) == nil)
        #expect(members(10) == .notACount("-3"))
        #expect(!report.isImportable)
        let kept = Self.importer(skipInvalid: true).check([ReadWorkbook(fileName: "tc.csv", sheets: [sheet])])
        #expect(kept.batch.organisations.map(\.memberCount) == [1200, 1200, 30])
        // Booths wanted: 1.5 is not read as 15.
        let booths = ReadSheet(
            name: "Đăng ký gian hàng",
            rows: [
                [.text("Đơn vị trưng bày"), .text("Tỉnh/thành phố"), .text("Số gian")],
                [.text("HTX Một"), .text("Gia Lai"), .text("1.5")],
            ], rowNumbers: [1, 2])
        let requests = Self.importer().check([ReadWorkbook(fileName: "gh.csv", sheets: [booths])])
        #expect(
            Self.problem(requests, sheet: "Đăng ký gian hàng", row: 2, field: .boothsWanted)?.message
                == .notACount("1.5"))
    }

    @Test("a workbook with no template sheet is refused; an Excel file is explained")
    func notATemplate() throws {
        let sheet = ReadSheet(name: "Sheet1", rows: [[.text("a"), .text("b")]], rowNumbers: [1])
        let report = Self.importer().check([ReadWorkbook(fileName: "x.ods", sheets: [sheet])])
        #expect(
            report.fatalErrors.contains {
                $0.file == "x.ods" && $0.sheet == nil && $0.message == .noRegistrationSheet
            })
        #expect(report.verdictMessage == .verdictNotATemplate(structuralErrors: report.fatalErrors.count))
        let legacy = FileManager.default.temporaryDirectory.appendingPathComponent(
            "\(UUID().uuidString)-dang-ky.xls")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]).write(to: legacy)
        defer { try? FileManager.default.removeItem(at: legacy) }
        #expect(throws: SheetsError.legacyExcelFile(file: legacy.lastPathComponent)) {
            try Self.importer().check(files: [legacy.path])
        }
    }

    @Test("registrations are checked against the plan: known codes, owners and connection points")
    func againstAPlan() throws {
        var plan = SampleData.hybridBriefing()
        let existing = Organisation(
            id: "tc-co-san", name: "Hợp tác xã Nông nghiệp Tân Hòa", kind: .cooperative,
            sector: .agricultural,
            registrationCode: "1900123456", province: ProvinceReference("Cà Mau"), memberCount: 20)
        plan.organisations.append(existing)
        let point = try #require(plan.connectionPoints.first { $0.role == .satellite })
        let organisations = ReadSheet(
            name: "Organisations",
            rows: [
                [.text("Name"), .text("Kind"), .text("Registration code"), .text("Province")],
                [.text("HTX Tân Hòa mới"), .text("cooperative"), .text("1900123456"), .text("Cà Mau")],
            ], rowNumbers: [1, 2])
        let delegates = ReadSheet(
            name: "Delegates",
            rows: [
                [.text("Full name"), .text("Organisation"), .text("Attendance")],
                [.text("Phạm Minh Đức"), .text("1900123456"), .text(point.name)],
                [.text("Đỗ Thu Hà"), .empty, .text("Điểm cầu Không Có")],
            ], rowNumbers: [1, 2, 3])
        let report = RegistrationImporter(plan: plan).check([
            ReadWorkbook(fileName: "wave-2.ods", sheets: [organisations, delegates])
        ])
        // The code names the plan's organisation (its natural key): the row is that organisation
        // with another name, reported as a change and written only with --update (issue 11).
        let changed = try #require(report.problems.first { $0.sheet == "Organisations" && $0.row == 2 })
        guard case .changedInPlan(.organisations, let id, let changes, let applied) = changed.message else {
            Issue.record("expected a change to the plan's organisation, got \(changed.message)")
            return
        }
        #expect(id == existing.id.rawValue && !changes.isEmpty && !applied)
        #expect(changed.severity == .warning)
        let unknownPoint = try #require(Self.problem(report, sheet: "Delegates", row: 3, field: .attendance))
        #expect(unknownPoint.severity == .error)
        #expect(
            unknownPoint.message
                == .connectionPointUnknown(
                    written: "Điểm cầu Không Có", points: plan.connectionPoints.map(\.name)))
        #expect(Self.problem(report, sheet: "Delegates", row: 2, field: .attendance) == nil)

        let accepted = RegistrationImporter(plan: plan, skipInvalid: true).check([
            ReadWorkbook(fileName: "wave-2.ods", sheets: [delegates])
        ])
        let person = try #require(accepted.batch.people.first)
        #expect(person.organisation == existing.id)
        let attendance = try #require(accepted.batch.attendances(in: plan).first)
        #expect(attendance.place == .connectionPoint(point.id))
    }
}
