import Foundation
import TestSupport
import Testing

/// `fairplan` with Excel files: `export … --format xlsx`, `template registrations --format xlsx`
/// filled in by another program (openpyxl, as Excel would save it) and imported back, and an
/// `.xls` refused with how to save it.
@Suite(.requires(.python3(module: "openpyxl", debianPackage: "python3-openpyxl")))
struct XLSXCommandTests {
    /// Fills the `Tổ chức` sheet of an XLSX template with openpyxl: finds the header row, appends
    /// one organisation under the right columns (the code as text, with its leading zero; the
    /// province from a third argument when given, a formula when it starts with `=`).
    static let fill = """
        import sys, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        sheet = book["Tổ chức"]
        for number, row in enumerate(sheet.iter_rows(min_row=1, max_row=5, values_only=True), start=1):
            headers = [str(value or "").replace(" *", "") for value in row]
            if "Tên tổ chức" in headers:
                break
        values = {"Tên tổ chức": "Hợp tác xã Mật ong Bắc Hà", "Loại hình": "HTX",
                  "Mã số HTX/MST": "0305100099", "Tỉnh/thành phố": "Lào Cai", "Số thành viên": 8}
        if len(sys.argv) > 3:
            values["Tỉnh/thành phố"] = sys.argv[3]
        target = sheet.max_row + 1
        for column, header in enumerate(headers, start=1):
            if header in values:
                sheet.cell(row=target, column=column, value=values[header])
        book.save(sys.argv[2])
        """

    /// Prints every non-empty row of every sheet of an XLSX file, tab-separated, with openpyxl.
    static let dump = """
        import sys, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        for sheet in book.worksheets:
            print("## " + sheet.title)
            for row in sheet.iter_rows(values_only=True):
                if any(value is not None for value in row):
                    print("\\t".join("" if value is None else str(value) for value in row))
        """

    private func python(_ script: String, _ arguments: String...) throws -> String {
        let result = try ExternalTool.python3(module: "openpyxl", debianPackage: "python3-openpyxl")
            .run(["-c", script] + arguments)
        #expect(result.status == 0, "\(result.standardError)")
        return String(decoding: result.standardOutput, as: UTF8.self)
    }

    @Test("export --format xlsx, a filled xlsx template imported, an .xls refused")
    func exportAndImport() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        try cli.succeed(
            "init", "hoi-cho.fairplan", "--name", "Hội chợ sản phẩm HTX tỉnh Lào Cai 2026", "--kind", "fair",
            "--organiser", "Liên minh Hợp tác xã tỉnh Lào Cai", "--province", "Lào Cai", "--from",
            "10/12/2026", "--to", "13/12/2026")
        try cli.succeed(
            "register", "organisation", "--name", "Hợp tác xã Nông nghiệp Tân Hòa", "--short-name",
            "HTX Tân Hòa", "--province", "Lào Cai", "--code", "5300100001", "--members", "12")
        try cli.succeed(
            "register", "person", "--name", "Lò Thị Mai", "--position", "Giám đốc", "--organisation",
            "HTX Tân Hòa", "--phone", "0912345678")

        // The template as XLSX, filled by another program and imported.
        try cli.succeed("template", "registrations", "--format", "xlsx", "--out", cli.path("mau.xlsx"))
        _ = try python(Self.fill, cli.path("mau.xlsx"), cli.path("dang-ky.xlsx"))
        let checked = try cli.succeed("import", "dang-ky.xlsx", "--check")
        #expect(checked.contains("dang-ky.xlsx"))
        let imported = try cli.succeed("import", "dang-ky.xlsx")
        #expect(imported.contains("Đã nhập vào hoi-cho.fairplan"))
        let listed = try cli.succeed("list", "organisations")
        #expect(listed.contains("Hợp tác xã Mật ong Bắc Hà") && listed.contains("0305100099"))

        // Every list as one XLSX workbook, read back by openpyxl.
        try cli.succeed("export", "all", "--format", "xlsx", "--out", cli.path("danh-sach.xlsx"))
        let dump = try python(Self.dump, cli.path("danh-sach.xlsx"))
        #expect(dump.contains("Lò Thị Mai"))
        #expect(dump.components(separatedBy: "## ").count - 1 >= 4, "\(dump)")
        // One list to standard output (binary: the runner's text capture cannot hold it).
        let single = try cli.run("export", "attendees", "--format", "xlsx", "--out", "-")
        #expect(single.status == 0, "\(single.error)")

        // A formula openpyxl saved without its value: refused at its cell, nothing imported.
        _ = try python(Self.fill, cli.path("mau.xlsx"), cli.path("cong-thuc.xlsx"), "=\"Lào \"&\"Cai\"")
        let formula = try cli.run("import", "cong-thuc.xlsx")
        #expect(formula.status != 0)
        #expect(
            formula.error.contains("cong-thuc.xlsx, trang «Tổ chức», dòng")
                && formula.error.contains("ô có công thức «=\"Lào \"&\"Cai\"»"), "\(formula.text)")
        #expect(try cli.succeed("list", "organisations").components(separatedBy: "Mật ong Bắc Hà").count == 2)

        // An Excel 97–2003 file is refused, naming the file and how to save it.
        FileManager.default.createFile(
            atPath: cli.path("cu.xls"),
            contents: Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]))
        let legacy = try cli.run("import", "cu.xls", "--check")
        #expect(legacy.status != 0)
        #expect(legacy.error.contains("cu.xls") && legacy.error.contains(".xlsx"), "\(legacy.text)")
    }
}
