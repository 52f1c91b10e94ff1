import Foundation
import Sheets
import Testing

/// Small XLSX packages built part by part in the tests (with the package's own `ZipWriter`), and
/// the fixtures in `Fixtures/xlsx/`.
enum XLSXTestPackage {
    /// The path of a fixture in `Fixtures/xlsx/`.
    static func fixture(_ name: String) throws -> String {
        let base = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return base.appendingPathComponent("xlsx").appendingPathComponent(name).path
    }

    /// Writes a package of the given parts (name, XML text) to a new temporary file.
    static func write(_ parts: [(String, String)], name: String = "test.xlsx") throws -> String {
        let path = try WriterTests.temporaryFolder() + "/" + name
        let zip = try ZipWriter(path: path, modified: "2026-12-16T08:00:00")
        for (entry, text) in parts {
            try zip.addEntry(name: entry, method: .deflated, bytes: Array(text.utf8))
        }
        try zip.finish()
        return path
    }

    /// A one-sheet workbook named `Trang` whose worksheet holds `sheetData`, with `styles` (the
    /// `cellXfs` and `numFmts` content of a stylesheet) and shared strings when given.
    static func workbook(
        sheetData: String, sharedStrings: [String]? = nil, styles: String? = nil, date1904: Bool = false
    ) throws -> String {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let package = "http://schemas.openxmlformats.org/package/2006/relationships"
        var workbookRelationships = """
            <Relationships xmlns="\(package)"><Relationship Id="rId1" Type="\(relationships)/worksheet" \
            Target="worksheets/sheet1.xml"/>
            """
        var parts: [(String, String)] = [
            (
                "_rels/.rels",
                """
                <Relationships xmlns="\(package)"><Relationship Id="rId1" Type="\(relationships)/officeDocument" \
                Target="xl/workbook.xml"/></Relationships>
                """
            ),
            (
                "xl/workbook.xml",
                """
                <workbook xmlns="\(main)" xmlns:r="\(relationships)">\(date1904 ? "<workbookPr date1904=\"1\"/>" : "")\
                <sheets><sheet name="Trang" sheetId="1" r:id="rId1"/></sheets></workbook>
                """
            ),
            (
                "xl/worksheets/sheet1.xml",
                "<worksheet xmlns=\"\(main)\"><sheetData>\(sheetData)</sheetData></worksheet>"
            ),
        ]
        if let sharedStrings {
            let items = sharedStrings.map { "<si><t xml:space=\"preserve\">\($0)</t></si>" }.joined()
            parts.append(("xl/sharedStrings.xml", "<sst xmlns=\"\(main)\">\(items)</sst>"))
            workbookRelationships += """
                <Relationship Id="rId2" Type="\(relationships)/sharedStrings" Target="sharedStrings.xml"/>
                """
        }
        if let styles {
            parts.append(("xl/styles.xml", "<styleSheet xmlns=\"\(main)\">\(styles)</styleSheet>"))
            workbookRelationships += """
                <Relationship Id="rId3" Type="\(relationships)/styles" Target="/xl/styles.xml"/>
                """
        }
        parts.append(("xl/_rels/workbook.xml.rels", workbookRelationships + "</Relationships>"))
        return try write(parts)
    }

    /// A day of the tests.
    static func day(_ year: Int, _ month: Int, _ day: Int) throws -> SheetDate {
        try #require(SheetDate(year: year, month: month, day: day))
    }
}
