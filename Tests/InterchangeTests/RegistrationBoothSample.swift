import Foundation
import Planning
import Sheets

@testable import Interchange

/// A filled registration with booth requests (fictitious cooperatives of Cà Mau and Lào Cai), as
/// the template's sheets with their headers, for the booth-request tests: each row is given by
/// header (as the importer keys it: no `*`, no remark in brackets) and written under that column.
enum RegistrationBoothSample {
    /// The organisations: two of Cà Mau sharing the alliance's booths, one of Lào Cai on its own.
    static let organisations: [[String: CellValue]] = [
        [
            "Tên tổ chức": .text("Hợp tác xã Nông nghiệp Tân Hòa"), "Tên viết tắt": .text("HTX NN Tân Hòa"),
            "Mã số HTX/MST": .text("1900123456"), "Tỉnh/thành phố": .text("Cà Mau"),
            "Số thành viên": .integer(25),
        ],
        [
            "Tên tổ chức": .text("Hợp tác xã Thủy sản Đất Mũi"), "Mã số HTX/MST": .text("1900123457"),
            "Tỉnh/thành phố": .text("Cà Mau"), "Số thành viên": .integer(12),
        ],
        [
            "Tên tổ chức": .text("Hợp tác xã Mật ong Bắc Hà"), "Tên viết tắt": .text("HTX Mật ong Bắc Hà"),
            "Mã số HTX/MST": .text("0305100099"), "Tỉnh/thành phố": .text("Lào Cai"),
            "Số thành viên": .integer(8),
        ],
    ]

    /// The products: one of each Cà Mau cooperative (one fresh), one of Lào Cai.
    static let products: [[String: CellValue]] = [
        ["Tên sản phẩm": .text("Mật ong hoa cà phê"), "Chủ thể": .text("1900123456")],
        ["Tên sản phẩm": .text("Tôm khô Đất Mũi"), "Chủ thể": .text("1900123457")],
        [
            "Tên sản phẩm": .text("Cua biển tươi"), "Chủ thể": .text("Hợp tác xã Thủy sản Đất Mũi"),
            "Cần nước/kho lạnh": .text("Có"),
        ],
        ["Tên sản phẩm": .text("Mật ong rừng Bắc Hà"), "Chủ thể": .text("0305100099")],
    ]

    /// The booth requests: the Cà Mau alliance sharing with both Cà Mau cooperatives (every
    /// product), and the Lào Cai cooperative on its own, naming its product.
    static let boothRequests: [[String: CellValue]] = [
        [
            "Đơn vị trưng bày": .text("Liên minh HTX tỉnh Cà Mau"), "Tỉnh": .text("Cà Mau"),
            "Số gian": .integer(2),
            "Dùng chung với": .text("HTX NN Tân Hòa; 1900123457"), "Cần nước": .text("Có"),
            "Cần kho lạnh": .text("Có"), "Khu vực mong muốn": .text("Gian hàng tỉnh"),
            "Cụm thi đua": .text("Cụm thi đua Đồng bằng sông Cửu Long"),
            "Người liên hệ": .text("Trần Thị Bích Ngọc"),
            "Điện thoại": .text("0912345678"), "Ghi chú": .text("Xin gian góc"),
        ],
        [
            "Đơn vị trưng bày": .text("HTX Mật ong Bắc Hà"), "Tổ chức": .text("0305100099"),
            "Số gian": .integer(1),
            "Sản phẩm trưng bày": .text("Mật ong rừng Bắc Hà"), "Cần điện bổ sung": .text("Có"),
            "Khu vực mong muốn": .text("agri-food"),
        ],
    ]

    /// Booth requests with a mistake on every row (rows 2 to 7 without a title row).
    static let faultyBoothRequests: [[String: CellValue]] = [
        // Both a province and an organisation.
        [
            "Đơn vị trưng bày": .text("Liên minh HTX tỉnh Cà Mau"), "Tỉnh": .text("Cà Mau"),
            "Tổ chức": .text("1900123456"), "Số gian": .integer(2),
        ],
        // Neither; booths not a number.
        ["Đơn vị trưng bày": .text("Gian hàng chung"), "Số gian": .text("ba")],
        // Too many booths; an unknown organisation and product; a phone without a contact.
        [
            "Đơn vị trưng bày": .text("HTX Mật ong Bắc Hà"), "Tổ chức": .text("0305100099"),
            "Số gian": .integer(500),
            "Dùng chung với": .text("Hợp tác xã Không Có"), "Sản phẩm trưng bày": .text("Rượu ngô men lá"),
            "Điện thoại": .text("0912345678"),
        ],
        // A zone the venue does not have (a warning only).
        [
            "Đơn vị trưng bày": .text("HTX Thủy sản Đất Mũi"), "Tổ chức": .text("1900123457"),
            "Số gian": .integer(1),
            "Khu vực mong muốn": .text("Khu sân khấu"),
        ],
        // A province that does not exist.
        [
            "Đơn vị trưng bày": .text("Liên minh HTX Đất Mới"), "Tỉnh": .text("Đất Mới"),
            "Số gian": .integer(1),
        ],
        // No name, no booths.
        ["Tỉnh": .text("Lào Cai"), "Cần nước": .text("có lẽ")],
    ]

    /// The venue's zones: the provincial pavilions and the fresh-food area.
    static let venue = Venue(
        id: Identifier("trung-tam"), name: "Trung tâm Hội nghị tỉnh",
        halls: [Hall(id: "nha-a", name: "Nhà A", width: 60, depth: 30)],
        zones: [
            Zone(
                id: "khu-tinh", name: "Gian hàng tỉnh", hall: "nha-a",
                tags: ["province-pavilion", "agri-food"]),
            Zone(id: "khu-thuc-pham", name: "Khu thực phẩm tươi sống", hall: "nha-a", tags: ["food"]),
        ])

    /// The day certificates are judged on.
    static let day = CalendarDate(year: 2026, month: 12, day: 16)!

    /// An empty checking plan with the venue.
    static func plan() -> Plan {
        var plan = RegistrationImporter.checkingPlan(on: day)
        plan.venue = venue
        return plan
    }

    /// One template sheet in Vietnamese holding `rows` (by header), with the template's title row
    /// or without (as CSV has it), named `name` (the template's name by default).
    static func sheet(
        _ kind: RegistrationSheetKind, _ rows: [[String: CellValue]], title: Bool, name: String? = nil
    ) -> Sheet {
        let template = RegistrationTemplate.sheet(kind, language: .vietnamese)
        let headers = template.columns.map { RegistrationSheetLayout.headerKey($0.header) }
        let cells = rows.enumerated().map { number, row in
            let byKey = Dictionary(
                row.map { (RegistrationSheetLayout.headerKey($0.key), $0.value) },
                uniquingKeysWith: { first, _ in first })
            return headers.enumerated().map { column, header in
                column == 0 ? .integer(number + 1) : byKey[header] ?? .empty
            }
        }
        return Sheet(
            name: name ?? template.name, columns: template.columns, title: title ? template.title : nil,
            freezeHeader: true, autoFilter: false, rows: cells)
    }

    /// The four data sheets, with `boothRequests` on the booth sheet.
    static func workbook(
        boothRequests: [[String: CellValue]] = boothRequests, title: Bool = true
    ) -> Workbook {
        Workbook(
            sheets: [
                sheet(.organisations, organisations, title: title), sheet(.products, products, title: title),
                sheet(.boothRequests, boothRequests, title: title),
            ],
            metadata: WorkbookMetadata(
                title: "Đăng ký", generator: "FairPlan tests", created: "2026-12-01T08:00:00"))
    }

    /// The whole template in Vietnamese (instructions, reference sheet) with the organisations,
    /// products and booth requests filled in, valid ones and faulty ones: the source of the
    /// LibreOffice fixture.
    static func filledTemplate() -> Workbook {
        let template = RegistrationTemplate.workbook(
            created: "2026-12-01T08:00:00", generator: "FairPlan tests", language: .vietnamese,
            zones: venue.zones.map(\.name))
        var sheets = template.sheets
        sheets[1] = sheet(.organisations, organisations, title: true)
        sheets[2] = sheet(.products, products, title: true)
        sheets[4] = sheet(.boothRequests, boothRequests + faultyBoothRequests, title: true)
        return Workbook(sheets: sheets, metadata: template.metadata)
    }

    /// The sheets of a workbook as read back, without writing it.
    static func read(_ workbook: Workbook, fileName: String = "dang-ky.ods") -> ReadWorkbook {
        ReadWorkbook(
            fileName: fileName,
            sheets: workbook.sheets.map { sheet in
                let rows =
                    (sheet.title.map { [[CellValue.text($0)]] } ?? [])
                    + [sheet.columns.map { CellValue.text($0.header) }]
                    + Array(IteratorSequence(sheet.rows()))
                return ReadSheet(name: sheet.name, rows: rows, rowNumbers: Array(1...rows.count))
            })
    }

    /// Checks workbooks against `plan` (the plan with the venue by default).
    static func check(
        _ workbooks: [ReadWorkbook], plan: Plan? = nil, skipInvalid: Bool = false, update: Bool = false
    ) -> RegistrationReport {
        RegistrationImporter(plan: plan ?? Self.plan(), skipInvalid: skipInvalid, update: update).check(
            workbooks)
    }

    /// `plan` with a report's batch imported as the import command writes it (parties and their
    /// requests included; an updated party keeps its registration status).
    static func importing(_ batch: RegistrationBatch, into plan: Plan) -> Plan {
        var plan = RegistrationImporterNaturalKeysTests.importing(batch, into: plan)
        let parties = Dictionary(
            batch.updatedParties.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        plan.parties =
            plan.parties.map { stored in
                guard var updated = parties[stored.id] else { return stored }
                updated.registrationStatus = stored.registrationStatus
                return updated
            } + batch.parties
        let requests = Dictionary(
            batch.updatedBoothRequests.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        plan.boothRequests = plan.boothRequests.map { requests[$0.id] ?? $0 } + batch.boothRequests
        return plan
    }

    /// The problems of a report as compared across formats: severity, row, column, field and
    /// message (the file and the sheet's name differ by format).
    static func findings(_ report: RegistrationReport) -> [String] {
        report.problems.map {
            "\($0.severity) \($0.row ?? 0):\($0.column ?? 0) \($0.field?.rawValue ?? "-") \($0.message.text(.english))"
        }
    }
}
