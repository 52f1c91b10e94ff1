import Foundation
public import Planning
public import Sheets

/// The registration template in Vietnamese: an instructions sheet, a sheet each for organisations,
/// products and delegates with a note on every header, and the OCOP product sets for reference.
public enum RegistrationTemplate {
    /// The name of the instructions sheet.
    static let instructionsSheet = "Hướng dẫn"
    /// The name of the reference sheet of OCOP product sets.
    static let productSetsSheet = "Bộ sản phẩm OCOP"

    /// The template's file name stem.
    public static let fileStem = "mau-dang-ky"

    /// The template as a workbook.
    public static func workbook(created: String, generator: String) -> Workbook {
        Workbook(
            sheets: [instructions()] + RegistrationSheetKind.allCases.map(sheet) + [productSets()],
            metadata: WorkbookMetadata(
                title: "Mẫu đăng ký tham gia hội chợ, hội nghị", generator: generator, created: created))
    }

    /// The empty data sheet of one kind: title row, headers (required ones marked `*`), frozen
    /// header with an autofilter.
    public static func sheet(_ kind: RegistrationSheetKind) -> Sheet {
        Sheet(
            name: kind.sheetName,
            columns: [Column("STT", widthCentimetres: 1.2)]
                + kind.fields.map { field in
                    Column(
                        field.isRequired ? "\(field.header) *" : field.header,
                        widthCentimetres: field.widthCentimetres, note: field.headerNote)
                },
            title: kind.title, freezeHeader: true, autoFilter: true, rows: [[CellValue]]())
    }

    /// The instructions: how to fill the template, then every column with its format and an example.
    static func instructions() -> Sheet {
        let general: [[CellValue]] = [
            "Điền mỗi tổ chức, sản phẩm, đại biểu trên một dòng của trang tương ứng; không đổi tên cột.",
            "Cột có dấu * là bắt buộc. Cột STT không bắt buộc. Có thể thêm cột «Ghi chú»: FairPlan bỏ qua.",
            "Sản phẩm và đại biểu ghi tổ chức bằng tên như ở trang Tổ chức hoặc bằng mã số HTX/MST.",
            "Ngày ghi dd/mm/yyyy (ví dụ 15/03/2024), yyyy-mm-dd, hoặc dùng ô kiểu Ngày.",
            "Tỉnh/thành phố ghi tên mới (2025) hoặc tên cũ trước sáp nhập; có dấu hay không dấu đều được.",
            "Kiểm tra trước khi gửi: fairplan import TỆP --check (liệt kê mọi lỗi theo trang, dòng, cột).",
        ].map { [.text("Chung"), .empty, .empty, .text($0), .empty] }
        let columns: [[CellValue]] = RegistrationSheetKind.allCases.flatMap { kind in
            kind.fields.map { field in
                [
                    .text(kind.sheetName), .text(field.header), .text(field.isRequired ? "Có" : "Không"),
                    .text(field.note), field.example.isEmpty ? .empty : .text(field.example),
                ]
            }
        }
        return Sheet(
            name: instructionsSheet,
            columns: [
                Column("Trang", widthCentimetres: 2.6), Column("Cột", widthCentimetres: 4.4),
                Column("Bắt buộc", widthCentimetres: 2), Column("Cách ghi", widthCentimetres: 18),
                Column("Ví dụ", widthCentimetres: 6),
            ],
            title: "HƯỚNG DẪN ĐIỀN MẪU ĐĂNG KÝ", freezeHeader: true, autoFilter: false,
            rows: general + columns)
    }

    /// The 26 OCOP product sets of 148/QĐ-TTg, to copy names from.
    static func productSets() -> Sheet {
        Sheet(
            name: productSetsSheet,
            columns: [
                Column("Số", widthCentimetres: 1.2), Column("Bộ sản phẩm", widthCentimetres: 9),
                Column("Nhóm", widthCentimetres: 7), Column("Ngành", widthCentimetres: 5),
                Column("Loại tổng hợp", widthCentimetres: 4.5),
            ],
            title: "BỘ SẢN PHẨM OCOP (QĐ 148/QĐ-TTg)", freezeHeader: true, autoFilter: true,
            rows: OCOPCatalogue.productSets.map { set in
                [
                    .integer(set.number), .text(set.name), .text(set.groupName), .text(set.sectorName),
                    .text(set.category.vietnameseName),
                ]
            })
    }

    /// Writes the template: one workbook (ODS or FODS) or a CSV file per sheet in a folder.
    ///
    /// Returns the paths written. The default place is `Exports/mau-dang-ky.<ext>` (CSV:
    /// `Exports/mau-dang-ky/`). Every file goes through a temporary file renamed into place.
    public static func write(
        format: ExportFormat, output: String?, created: LocalDateTime, version: String
    ) throws -> [String] {
        let stamp = "\(created.date.iso)T\(created.time):00"
        let workbook = workbook(created: stamp, generator: "FairPlan/\(version)")
        switch format {
        case .ods, .fods:
            let path = try ExportLocation.path(
                explicit: output, name: "\(fileStem).\(format.fileExtension)")
            if format == .ods {
                try ODSWriter.write(workbook, to: path)
            } else {
                try FODSWriter.write(workbook, to: path)
            }
            return [path]
        case .csv:
            let folder =
                output
                ?? URL(fileURLWithPath: ExportLocation.defaultFolder).appendingPathComponent(fileStem).path
            let stems = ["huong-dan"] + RegistrationSheetKind.allCases.map(\.fileStem) + ["bo-san-pham-ocop"]
            return try zip(stems, workbook.sheets).map { stem, sheet in
                let name = "\(stem).csv"
                let path = try ExportLocation.path(
                    explicit: URL(fileURLWithPath: folder).appendingPathComponent(name).path, name: name)
                try CSVWriter().write(sheet, to: path)
                return path
            }
        case .xml, .frab, .ics:
            throw InterchangeError.unsupportedExport(
                message: "Mẫu đăng ký chỉ có dạng ods, fods hoặc csv (registration template: ods, fods, csv)."
            )
        }
    }
}
