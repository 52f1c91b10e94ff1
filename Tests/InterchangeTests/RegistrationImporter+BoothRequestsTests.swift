import Foundation
import Planning
import Sheets
import Testing

@testable import Interchange

@Suite("RegistrationImporter: the Đăng ký gian hàng sheet")
struct RegistrationImporterBoothRequestsTests {
    typealias Sample = RegistrationBoothSample

    @Test("booth rows make pending parties with booths, sharing, products, services, zones and contact")
    func partiesFromRows() throws {
        let report = Sample.check([Sample.read(Sample.workbook())])
        #expect(report.errorCount == 0, "\(report.problems.map { $0.text(.english) })")
        let batch = report.batch
        try #require(batch.parties.count == 2 && batch.boothRequests.count == 2)
        let organisations = Dictionary(uniqueKeysWithValues: batch.organisations.map { ($0.name, $0.id) })
        let products = Dictionary(uniqueKeysWithValues: batch.products.map { ($0.name, $0.id) })

        let alliance = batch.parties[0]
        #expect(alliance.name == "Liên minh HTX tỉnh Cà Mau")
        #expect(alliance.allianceProvince?.province?.name == "Cà Mau")
        #expect(alliance.registrationStatus == .pending)
        #expect(alliance.contact == Contact(name: "Trần Thị Bích Ngọc", phone: "0912345678"))
        #expect(alliance.cluster == "Cụm thi đua Đồng bằng sông Cửu Long")
        let shared = batch.boothRequests[0]
        #expect(shared.id.rawValue == "yc-\(alliance.id.rawValue)" && shared.party == alliance.id)
        #expect(shared.boothsWanted == 2)
        #expect(
            shared.sharingOrganisations == [
                organisations["Hợp tác xã Nông nghiệp Tân Hòa"], organisations["Hợp tác xã Thủy sản Đất Mũi"],
            ])
        // No product named: every product of the sharing organisations.
        #expect(
            Set(shared.products)
                == Set(
                    ["Mật ong hoa cà phê", "Tôm khô Đất Mũi", "Cua biển tươi"].compactMap { products[$0] }))
        #expect(shared.servicesNeeded == [.water, .coldStorage])
        #expect(shared.preferredZones == ["khu-tinh"])
        #expect(shared.notes == "Xin gian góc")

        let own = batch.parties[1]
        #expect(own.kind == .organisation(try #require(organisations["Hợp tác xã Mật ong Bắc Hà"])))
        let request = batch.boothRequests[1]
        #expect(request.sharingOrganisations == [organisations["Hợp tác xã Mật ong Bắc Hà"]])
        #expect(request.products == [products["Mật ong rừng Bắc Hà"]])
        #expect(request.servicesNeeded == [.power])
        #expect(request.preferredZones == ["agri-food"])
        #expect(report.counts.last == .init(kind: .boothRequests, rows: 2, valid: 2))
        #expect(report.rendered(in: .vietnamese).contains("Đăng ký gian hàng: 2 dòng, 2 hợp lệ"))
        #expect(report.rendered(in: .english).contains("2 new exhibitors"))
        // The verdict counts the parties too: a sheet of booth requests alone does not say «0».
        #expect(report.verdictMessage.text(.vietnamese).hasSuffix(", 2 đơn vị đăng ký gian hàng."))
        #expect(report.verdictMessage.text(.english).hasSuffix(", 2 exhibiting parties."))
    }

    @Test(
        "the sheet is recognised by its name with or without diacritics and in English",
        arguments: ["Đăng ký gian hàng", "DANG KY GIAN HANG", "Booth requests", "dang-ky-gian-hang"])
    func sheetNames(name: String) {
        let workbook = Sample.workbook()
        var sheets = workbook.sheets
        sheets[2] = Sample.sheet(.boothRequests, Sample.boothRequests, title: true, name: name)
        let report = Sample.check([Sample.read(Workbook(sheets: sheets, metadata: workbook.metadata))])
        #expect(report.errorCount == 0)
        #expect(report.batch.parties.count == 2)
    }

    @Test("English headers are read as the Vietnamese ones")
    func englishHeaders() {
        let template = RegistrationTemplate.sheet(.boothRequests, language: .english)
        let header = template.columns.map { CellValue.text($0.header) }
        let row: [CellValue] = template.columns.map { column in
            switch RegistrationSheetLayout.headerKey(column.header) {
            case "exhibitor": .text("Liên minh HTX tỉnh Lào Cai")
            case "province": .text("Lao Cai")
            case "booths": .integer(3)
            case "water": .text("yes")
            default: .empty
            }
        }
        let report = Sample.check([
            ReadWorkbook(
                fileName: "booths.csv",
                sheets: [ReadSheet(name: "Booth requests", rows: [header, row], rowNumbers: [1, 2])])
        ])
        #expect(report.errorCount == 0, "\(report.problems.map { $0.text(.english) })")
        #expect(report.batch.boothRequests.first?.boothsWanted == 3)
        #expect(report.batch.boothRequests.first?.servicesNeeded == [.water])
        #expect(report.batch.parties.first?.allianceProvince?.province?.name == "Lào Cai")
    }

    @Test("a name over 1,000 characters is an error at its cell; 1,000 are taken")
    func nameLength() {
        let template = RegistrationTemplate.sheet(.boothRequests, language: .english)
        let header = template.columns.map { CellValue.text($0.header) }
        func row(_ name: String) -> [CellValue] {
            template.columns.map { column in
                switch RegistrationSheetLayout.headerKey(column.header) {
                case "exhibitor": .text(name)
                case "province": .text("Lao Cai")
                case "booths": .integer(2)
                default: .empty
                }
            }
        }
        let exhibitor = template.columns.firstIndex {
            RegistrationSheetLayout.headerKey($0.header) == "exhibitor"
        }
        let long = "Liên minh HTX tỉnh Lào Cai " + String(repeating: "ạ", count: 1_000)
        let fitting = String(long.prefix(1_000))
        let report = Sample.check([
            ReadWorkbook(
                fileName: "booths.csv",
                sheets: [
                    ReadSheet(
                        name: "Booth requests", rows: [header, row(long), row(fitting)],
                        rowNumbers: [1, 2, 3])
                ])
        ])
        let problems = report.problems.filter { $0.severity == .error }
        #expect(problems.count == 1, "\(problems.map { $0.text(.vietnamese) })")
        #expect(problems.first?.row == 2 && problems.first?.field == .partyName)
        #expect(problems.first?.column == exhibitor.map { $0 + 1 })
        #expect(problems.first?.message == .cellTooLong(.partyName, characters: long.count, maximum: 1_000))
        #expect(!report.isImportable)
    }

    @Test("errors name the sheet, row, column and field; nothing is imported")
    func errorsByCell() throws {
        let report = Sample.check([
            Sample.read(Sample.workbook(boothRequests: Sample.faultyBoothRequests, title: false))
        ])
        #expect(!report.isImportable)
        #expect(report.batch.parties.isEmpty)
        let sheet = "Đăng ký gian hàng"
        let columns = RegistrationSheetKind.boothRequests.fields
        func column(_ field: RegistrationField) -> Int { (columns.firstIndex(of: field) ?? 0) + 2 }
        func problems(_ row: Int) -> [SheetProblem] {
            report.problems.filter { $0.sheet == sheet && $0.row == row }
        }
        func has(
            _ row: Int, _ field: RegistrationField, _ severity: Severity = .error,
            _ message: (InterchangeMessage) -> Bool
        )
            -> Bool
        {
            problems(row).contains {
                $0.field == field && $0.column == column(field) && $0.severity == severity
                    && message($0.message)
            }
        }
        #expect(has(2, .partyOrganisation) { $0 == .partyProvinceOrOrganisation(bothGiven: true) })
        #expect(has(3, .partyProvince) { $0 == .partyProvinceOrOrganisation(bothGiven: false) })
        #expect(has(3, .boothsWanted) { $0 == .notACount("ba") })
        // Neither given: no province to check, so no «unknown province» besides.
        #expect(
            problems(3).filter { $0.field == .partyProvince || $0.field == .partyOrganisation }.count == 1)
        #expect(has(4, .boothsWanted) { $0 == .boothsOutOfRange(500, maximum: 200) })
        #expect(has(4, .sharedWith) { if case .organisationNotFound = $0 { true } else { false } })
        #expect(has(4, .productsShown) { if case .productNotFound = $0 { true } else { false } })
        #expect(has(4, .partyPhone) { $0 == .phoneWithoutContact })
        #expect(has(5, .preferredZones, .warning) { if case .zoneUnknown = $0 { true } else { false } })
        #expect(!problems(5).contains { $0.severity == .error })
        #expect(
            has(6, .partyProvince) {
                if case .finding(let finding) = $0 { finding.code == .unknownProvince } else { false }
            })
        #expect(has(7, .partyName) { $0 == .missingRequiredValue(.partyName) })
        #expect(has(7, .boothsWanted) { $0 == .missingRequiredValue(.boothsWanted) })
        #expect(has(7, .needsWater) { $0 == .unclearYesNo("có lẽ") })
        // Each problem is worded with its place: file › sheet › row, column.
        let worded = try #require(problems(4).first { $0.field == .partyPhone }).text(.vietnamese)
        #expect(worded.contains("Đăng ký gian hàng") && worded.contains("4"), "\(worded)")
    }

    @Test("with --skip-invalid, a booth request naming an invalid organisation row is left out with it")
    func skippedWithOrganisation() {
        var organisations = Sample.organisations
        organisations[2]["Số thành viên"] = .text("nhiều")
        let workbook = Workbook(
            sheets: [
                Sample.sheet(.organisations, organisations, title: false),
                Sample.sheet(.products, Sample.products, title: false),
                Sample.sheet(.boothRequests, Sample.boothRequests, title: false),
            ],
            metadata: Sample.workbook().metadata)
        let report = Sample.check([Sample.read(workbook)], skipInvalid: true)
        #expect(report.isImportable)
        #expect(report.batch.parties.map(\.name) == ["Liên minh HTX tỉnh Cà Mau"])
        #expect(
            report.problems.contains {
                $0.sheet == "Đăng ký gian hàng" && $0.row == 3 && $0.field == .partyOrganisation
                    && $0.message
                        == .boothRequestSkippedWithRow(
                            .organisations, name: "Hợp tác xã Mật ong Bắc Hà", row: 4)
            })
    }

    @Test(
        "Planning rules on the parties land on their row: cold chain, sharing outside the province, two parties"
    )
    func planningFindings() {
        var requests = Sample.boothRequests
        requests[0]["Cần nước"] = nil
        requests[0]["Cần kho lạnh"] = nil
        requests[0]["Dùng chung với"] = .text("HTX NN Tân Hòa; 1900123457; 0305100099")
        let report = Sample.check([Sample.read(Sample.workbook(boothRequests: requests, title: false))])
        func problems(_ row: Int) -> [SheetProblem] {
            report.problems.filter { $0.sheet == "Đăng ký gian hàng" && $0.row == row && $0.code != nil }
        }
        let codes = problems(2).compactMap(\.code)
        #expect(codes.contains(.coldChainNotRequested))
        #expect(codes.contains(.sharingOutsideProvince))
        // The Lào Cai cooperative shows with the alliance and on its own: said on both rows.
        #expect(problems(2).contains { $0.code == .organisationInTwoParties && $0.field == .sharedWith })
        #expect(
            problems(3).contains { $0.code == .organisationInTwoParties && $0.field == .partyOrganisation })
        #expect(report.errorCount == 0)
    }

    @Test("a second import of the same file (waves) finds every party; changes update, never duplicate")
    func waves() throws {
        let file = Sample.read(Sample.workbook())
        let first = Sample.check([file])
        let plan = Sample.importing(first.batch, into: Sample.plan())
        #expect(plan.parties.count == 2 && plan.boothRequests.count == 2)

        let second = Sample.check([file], plan: plan)
        #expect(second.isImportable && second.batch.isEmpty)
        #expect(second.counts.last?.present == 2)
        #expect(
            second.verdictMessage == .verdictNothingNew(present: second.presentCount + second.changedCount))

        // The next wave: the alliance wants 3 booths, and the organiser has confirmed it meanwhile.
        var confirmed = plan
        confirmed.parties[0].registrationStatus = .confirmed
        var requests = Sample.boothRequests
        requests[0]["Số gian"] = .integer(3)
        let wave = Sample.read(Sample.workbook(boothRequests: requests))
        let reported = Sample.check([wave], plan: confirmed)
        #expect(reported.batch.isEmpty && reported.changedCount == 1)
        // The changed row is in the plan too: counted among the rows already there (QA 42 #4).
        #expect(reported.verdictMessage == .verdictNothingNew(present: reported.presentCount + 1))
        let change = RegistrationChange(.boothsWanted, old: .number(2), new: .number(3))
        #expect(
            reported.problems.contains {
                $0.severity == .warning
                    && $0.message
                        == .changedInPlan(
                            .boothRequests, id: plan.parties[0].id.rawValue, changes: [change], applied: false
                        )
            })
        let updated = Sample.check([wave], plan: confirmed, update: true)
        #expect(updated.batch.parties.isEmpty)
        // The verdict counts the update, not «0 tổ chức, 0 sản phẩm, 0 đại biểu» (QA 41 #12).
        #expect(updated.verdictMessage == .verdictUpdatesOnly(changed: 1))
        #expect(updated.batch.updatedBoothRequests.map(\.boothsWanted) == [3])
        let after = Sample.importing(updated.batch, into: confirmed)
        #expect(after.parties.count == 2 && after.boothRequests.count == 2)
        #expect(after.parties[0].registrationStatus == .confirmed)
        #expect(Sample.check([wave], plan: after).batch.isEmpty)
    }

    @Test("a row stands for a party registered at the command line (same organisation)")
    func partyOfThePlan() throws {
        let first = Sample.check([Sample.read(Sample.workbook(boothRequests: []))])
        var plan = Sample.importing(first.batch, into: Sample.plan())
        let honey = try #require(plan.organisations.first { $0.name == "Hợp tác xã Mật ong Bắc Hà" })
        let product = try #require(plan.products.first { $0.owner == honey.id })
        plan.parties.append(
            ExhibitingParty(
                id: Identifier("dv-mat-ong"), name: "HTX Mật ong Bắc Hà", kind: .organisation(honey.id)))
        plan.boothRequests.append(
            BoothRequest(
                id: Identifier("yc-dv-mat-ong"), party: Identifier("dv-mat-ong"), boothsWanted: 1,
                sharingOrganisations: [honey.id], products: [product.id], servicesNeeded: [.power],
                preferredZones: ["agri-food"]))
        let report = Sample.check([Sample.read(Sample.workbook())], plan: plan)
        #expect(report.errorCount == 0)
        #expect(report.batch.parties.map(\.name) == ["Liên minh HTX tỉnh Cà Mau"])
        #expect(
            report.problems.contains { $0.message == .alreadyInPlan(.boothRequests, id: "dv-mat-ong") })
    }

    @Test("the same rows as ODS, XLSX and CSV give the same findings")
    func sameFindingsInEveryFormat() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "booths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var requests = Sample.boothRequests + Sample.faultyBoothRequests
        requests[1]["Tổ chức"] = .text("305100099")  // a code that lost its leading zero
        let workbook = Sample.workbook(boothRequests: requests, title: false)
        let ods = folder.appendingPathComponent("dang-ky.ods").path
        let xlsx = folder.appendingPathComponent("dang-ky.xlsx").path
        try ODSWriter.write(workbook, to: ods)
        try XLSXWriter.write(workbook, to: xlsx)
        let csv = try zip(workbook.sheets, ["to-chuc", "san-pham", "dang-ky-gian-hang"]).map { sheet, stem in
            let path = folder.appendingPathComponent("\(stem).csv").path
            try CSVWriter().write(sheet, to: path)
            return path
        }
        let reports = [
            Sample.check([try WorkbookFile.read(ods)]), Sample.check([try WorkbookFile.read(xlsx)]),
            Sample.check(try csv.map(WorkbookFile.read)),
        ]
        #expect(reports[0].errorCount > 0)
        let expected = Sample.findings(reports[0])
        for report in reports.dropFirst() {
            #expect(Sample.findings(report) == expected)
        }
    }
}
