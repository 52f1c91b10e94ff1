import Foundation
import LibXML
import Sheets
import TestSupport
import Testing

/// The ODS writer: package layout, ODF 1.3 schema conformance, golden output, LibreOffice round
/// trip, streaming.
struct ODSWriterTests {
    private func writeSample() throws -> String {
        let path = try WriterTests.temporaryFolder() + "/sample.ods"
        try ODSWriter.write(WriterTests.sampleWorkbook(), to: path)
        return path
    }

    @Test func mimetypeIsTheFirstStoredEntry() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: try writeSample())))
        let mediaType = Array("application/vnd.oasis.opendocument.spreadsheet".utf8)
        #expect(bytes[8] == 0 && bytes[9] == 0)
        #expect(bytes[28] == 0 && bytes[29] == 0)
        #expect(Array(bytes[30..<38]) == Array("mimetype".utf8))
        #expect(Array(bytes[38..<(38 + mediaType.count)]) == mediaType)
    }

    @Test(.requires(.unzip)) func everyPartValidatesAgainstTheODF13Schemas() throws {
        let schema = try WriterTests.odfSchema()
        let manifestSchema = try WriterTests.manifestSchema()
        let path = try writeSample()
        for part in ["content.xml", "styles.xml", "meta.xml", "settings.xml"] {
            let data = try WriterTests.unzip(path, entry: part)
            #expect(try WriterTests.diagnostics(schema, data, name: part) == [], "\(part)")
        }
        let manifest = try WriterTests.unzip(path, entry: "META-INF/manifest.xml")
        #expect(try WriterTests.diagnostics(manifestSchema, manifest, name: "manifest.xml") == [])
        let text = String(decoding: manifest, as: UTF8.self)
        for part in ["content.xml", "styles.xml", "meta.xml", "settings.xml"] {
            #expect(text.contains("manifest:full-path=\"\(part)\""))
        }
    }

    @Test func outputIsDeterministicAndMatchesTheGoldenFile() throws {
        let first = try Data(contentsOf: URL(fileURLWithPath: try writeSample()))
        let second = try Data(contentsOf: URL(fileURLWithPath: try writeSample()))
        #expect(first == second)
        let parts = try WriterTests.zipEntries(first)
        #expect(
            parts.keys.sorted() == [
                "META-INF/manifest.xml", "content.xml", "meta.xml", "mimetype", "settings.xml", "styles.xml",
            ])
        // Compare the uncompressed parts: deflate output may differ between zlib versions.
        Golden.assertMatches(first, named: "sample.ods", comparing: WriterTests.zipEntries)
    }

    @Test(.requires(.unzip)) func contentHasTypedCellsTitleSpanAndTextMarkup() throws {
        let content = try WriterTests.unzip(try writeSample(), entry: "content.xml")
        let text = String(decoding: content, as: UTF8.self)
        let expected = [
            "office:version=\"1.3\"", "table:number-columns-spanned=\"9\"",
            "<table:covered-table-cell table:number-columns-repeated=\"8\"/>",
            "office:value-type=\"float\" office:value=\"120\"",
            "office:value-type=\"percentage\" office:value=\"0.9\"",
            "office:date-value=\"2026-12-16\"", "office:date-value=\"2026-12-16T08:00:00\"",
            "office:time-value=\"PT1H30M0S\"", "office:boolean-value=\"true\"",
            "<text:p>Dòng 1</text:p><text:p>Dòng 2</text:p>", "<text:p>a <text:s text:c=\"2\"/>b</text:p>",
            "<text:p>cột<text:tab/>cuối</text:p>", "A &amp; B &lt;c&gt; &quot;trích dẫn&quot; 'x'",
            "<table:table-cell table:number-columns-repeated=\"6\"/>", "number:date-style",
            "number:percentage-style", "style:column-width=\"7cm\"",
            "table:target-range-address=\"'Tóm tắt (A&amp;B)'.A1:'Tóm tắt (A&amp;B)'.B3\"",
        ]
        for fragment in expected {
            #expect(text.contains(fragment), "\(fragment)")
        }
    }

    @Test(.requires(.unzip)) func settingsFreezeTheHeaderRow() throws {
        let settings = try WriterTests.unzip(try writeSample(), entry: "settings.xml")
        let text = String(decoding: settings, as: UTF8.self)
        #expect(text.contains("config:config-item-map-named config:name=\"Tables\""))
        #expect(
            text.contains(
                "<config:config-item config:name=\"VerticalSplitMode\" config:type=\"short\">2</config:config-item>"
            ))
        #expect(
            text.contains(
                "<config:config-item config:name=\"VerticalSplitPosition\" config:type=\"int\">2</config:config-item>"
            ))
    }

    @Test(.requires(.libreOffice)) func libreOfficeReadsTheCellsBack() throws {
        let csv = try WriterTests.libreOfficeCSV(try writeSample())
        #expect(WriterTests.parseCSV(csv) == WriterTests.sampleAsShown)
    }

    @Test(.requires(.unzip)) func streams50000RowsFromALazyIterator() throws {
        let folder = try WriterTests.temporaryFolder()
        let path = folder + "/large.ods"
        try ODSWriter.write(WriterTests.largeWorkbook(rows: 50_000), to: path)
        #expect(try WriterTests.contents(of: folder) == ["large.ods"])
        let content = try WriterTests.unzip(path, entry: "content.xml")
        let marker = Array("<table:table-row".utf8)
        let count = content.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int in
            var found = 0
            var index = 0
            let end = buffer.count - marker.count
            while index <= end {
                if buffer[index] == marker[0] {
                    var matches = true
                    for offset in 1..<marker.count where buffer[index + offset] != marker[offset] {
                        matches = false
                        break
                    }
                    if matches {
                        found += 1
                        index += marker.count
                        continue
                    }
                }
                index += 1
            }
            return found
        }
        #expect(count == 50_002)
        try FileManager.default.removeItem(atPath: folder)
    }

    @Test func unwritableDestinationThrowsAndLeavesNothing() {
        #expect(throws: SheetsError.self) {
            try ODSWriter.write(WriterTests.sampleWorkbook(), to: "/nonexistent-folder-fairplan/x.ods")
        }
    }
}

/// Notes on header cells: written as ODF annotations, valid, and not read back as cell text.
struct ColumnNoteTests {
    static func workbook() -> Workbook {
        Workbook(
            sheets: [
                Sheet(
                    name: "Tổ chức",
                    columns: [
                        Column(
                            "Tên tổ chức *", note: "Tên đầy đủ theo giấy chứng nhận.\nVí dụ: HTX Tân Hòa."),
                        Column("Số thành viên"),
                    ],
                    title: "DANH SÁCH", rows: [[.text("HTX Tân Hòa"), .integer(12)]])
            ], metadata: WorkbookMetadata(created: WriterTests.created))
    }

    @Test(.requires(.unzip)) func notesAreAnnotationsThatValidate() throws {
        let folder = try WriterTests.temporaryFolder()
        let path = folder + "/notes.ods"
        try ODSWriter.write(Self.workbook(), to: path)
        let content = try WriterTests.unzip(path, entry: "content.xml")
        let text = String(decoding: content, as: UTF8.self)
        #expect(text.components(separatedBy: "<office:annotation>").count == 2)
        #expect(text.contains("Tên đầy đủ theo giấy chứng nhận."))
        #expect(try WriterTests.diagnostics(try WriterTests.odfSchema(), content, name: "content.xml") == [])
    }

    @Test func notesReadBackAsPlainHeaders() throws {
        let folder = try WriterTests.temporaryFolder()
        let path = folder + "/notes.ods"
        try ODSWriter.write(Self.workbook(), to: path)
        for read in [
            try ODSReader.read(contentsOf: path),
            try FODSReader.read(data: try FODSWriter.data(Self.workbook()), fileName: "notes.fods"),
        ] {
            let sheet = try #require(read.sheets.first)
            #expect(sheet.rows[1] == [.text("Tên tổ chức *"), .text("Số thành viên")])
            #expect(sheet.rows[2] == [.text("HTX Tân Hòa"), .integer(12)])
        }
    }
}
