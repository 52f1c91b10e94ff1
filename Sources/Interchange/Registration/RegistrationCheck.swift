import Planning
import Sheets

/// One run of the registration check: collects the rows of every sheet, builds the entities,
/// validates them with the plan and gathers the problems.
struct RegistrationCheck {
    /// The plan registrations are added to.
    let plan: Plan
    /// Whether invalid rows are skipped.
    let skipInvalid: Bool
    /// Problems about files and sheets rather than rows.
    var fileProblems: [SheetProblem] = []
    /// The data rows of each kind of sheet, in file and row order.
    var rows: [RegistrationSheetKind: [RegistrationRow]] = [:]
    /// Identifiers in use.
    var identifiers: IdentifierPool
    /// The order in which sheets were met, for sorting problems.
    var sheetOrder: [String: Int] = [:]

    /// Header texts that are expected beside the fields and ignored without a remark.
    static let ignoredHeaders: Set<String> = ["stt", "tt", "so thu tu", "no", "ghi chu", "notes", "note"]
    /// Sheet names that hold instructions, not data.
    static let instructionSheets: Set<String> = [
        "huong dan", "instructions", "readme", "doc truoc", "bo san pham ocop", "huong dan dien",
    ]

    init(plan: Plan, skipInvalid: Bool) {
        self.plan = plan
        self.skipInvalid = skipInvalid
        identifiers = IdentifierPool(
            existing: Set(
                plan.organisations.map(\.id.rawValue) + plan.products.map(\.id.rawValue)
                    + plan.people.map(\.id.rawValue)))
    }

    /// Collects the data rows of a workbook's sheets.
    mutating func collect(_ workbook: ReadWorkbook) {
        let file = workbook.fileName
        var recognised = 0
        var instructions = 0
        for sheet in workbook.sheets {
            sheetOrder["\(file)\u{0}\(sheet.name)"] = sheetOrder.count
            if Self.instructionSheets.contains(VietnameseText.searchKey(sheet.name)) {
                instructions += 1
                continue
            }
            guard let layout = RegistrationSheetLayout.recognise(sheet) else {
                if let kind = RegistrationSheetKind.recognise(sheetName: sheet.name) {
                    fileProblems.append(
                        SheetProblem(
                            .error, file: file, sheet: sheet.name,
                            message:
                                "Không tìm thấy dòng tiêu đề của trang \(kind.sheetName) trong "
                                + "\(RegistrationSheetLayout.headerSearchDepth) dòng đầu; hãy dùng mẫu "
                                + "`fairplan template registrations`."))
                } else if !sheet.rows.isEmpty {
                    fileProblems.append(
                        SheetProblem(
                            .warning, file: file, sheet: sheet.name,
                            message: "Trang này không phải Tổ chức, Sản phẩm hay Đại biểu: đã bỏ qua."))
                }
                continue
            }
            recognised += 1
            checkHeaders(layout, file: file, sheet: sheet)
            for index in sheet.rows.indices where index > layout.headerIndex {
                let row = RegistrationRow(
                    file: file, sheet: sheet.name, number: sheet.rowNumbers[index], cells: sheet.rows[index],
                    layout: layout)
                if !row.isBlank { rows[layout.kind, default: []].append(row) }
            }
        }
        if recognised == 0 && instructions == workbook.sheets.count {
            fileProblems.append(
                SheetProblem(
                    .info, file: file, message: "Trang hướng dẫn của mẫu: không có dữ liệu, đã bỏ qua."))
        } else if recognised == 0 {
            fileProblems.append(
                SheetProblem(
                    .error, file: file,
                    message:
                        "Không thấy trang Tổ chức, Sản phẩm hay Đại biểu nào (nhận theo tên trang hoặc dòng "
                        + "tiêu đề); hãy dùng mẫu `fairplan template registrations`."))
        }
    }

    /// Reports missing required columns, fields in two columns and unknown headers.
    mutating func checkHeaders(_ layout: RegistrationSheetLayout, file: String, sheet: ReadSheet) {
        let headerRow = sheet.rowNumbers[layout.headerIndex]
        for field in layout.kind.fields where field.isRequired && layout.columns[field] == nil {
            fileProblems.append(
                SheetProblem(
                    .error, file: file, sheet: sheet.name, field: field,
                    message: "Thiếu cột bắt buộc «\(field.header)» ở dòng tiêu đề \(headerRow)."))
        }
        for (field, columns) in layout.duplicates {
            let letters = columns.map { SheetProblem.columnLetter($0 + 1) }.joined(separator: ", ")
            fileProblems.append(
                SheetProblem(
                    .error, file: file, sheet: sheet.name, field: field,
                    message: "Cột «\(field.header)» xuất hiện nhiều lần (cột \(letters)); chỉ giữ một cột."))
        }
        for (column, text) in layout.unknownHeaders
        where !Self.ignoredHeaders.contains(RegistrationSheetLayout.headerKey(text)) {
            fileProblems.append(
                SheetProblem(
                    .info, file: file, sheet: sheet.name, row: headerRow, column: column + 1,
                    message: "Cột «\(text)» không thuộc mẫu: đã bỏ qua."))
        }
    }

    /// Builds the entities, validates them and returns the report.
    mutating func finish(files: [String]) -> RegistrationReport {
        var organisations = parseOrganisations()
        let index = OrganisationIndex(plan: plan, drafts: organisations)
        var products = parseProducts(index: index)
        inferSectors(&organisations, products: products)
        var people = parseDelegates(index: index)
        applyFindings(organisations: organisations, products: products, people: people)
        skipDependents(organisations: organisations, products: &products, people: &people)
        if organisations.isEmpty && products.isEmpty && people.isEmpty && fileProblems.isEmpty {
            fileProblems.append(
                SheetProblem(
                    .warning, file: files.first ?? "",
                    message: "Không có dòng dữ liệu nào trong các trang Tổ chức, Sản phẩm, Đại biểu."))
        }
        return report(files: files, organisations: organisations, products: products, people: people)
    }
}
