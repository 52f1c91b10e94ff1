import Foundation
import LibXML
import Sheets
import TestSupport
import Testing

/// The flat ODS writer: ODF 1.3 schema conformance, golden output, LibreOffice round trip.
struct FODSWriterTests {
    private func writeSample() throws -> String {
        let path = try WriterTests.temporaryFolder() + "/sample.fods"
        try FODSWriter.write(WriterTests.sampleWorkbook(), to: path)
        return path
    }

    @Test func documentValidatesAgainstTheODF13Schema() throws {
        let schema = try WriterTests.odfSchema()
        let data = try Data(contentsOf: URL(fileURLWithPath: try writeSample()))
        #expect(try WriterTests.diagnostics(schema, data, name: "sample.fods") == [])
    }

    @Test func outputIsDeterministicAndMatchesTheGoldenFile() throws {
        let file = try Data(contentsOf: URL(fileURLWithPath: try writeSample()))
        let memory = try FODSWriter.data(WriterTests.sampleWorkbook())
        var streamed = Data()
        try FODSWriter.write(WriterTests.sampleWorkbook()) { streamed.append(contentsOf: $0) }
        #expect(file == memory)
        #expect(file == streamed)
        Golden.assertMatches(file, named: "sample.fods")
        let text = String(decoding: file, as: UTF8.self)
        #expect(text.contains("office:mimetype=\"application/vnd.oasis.opendocument.spreadsheet\""))
        #expect(text.contains("<meta:creation-date>2026-12-16T08:00:00</meta:creation-date>"))
        #expect(text.contains("<dc:title>Hội chợ OCOP</dc:title>"))
    }

    @Test(.requires(.libreOffice)) func libreOfficeReadsTheCellsBack() throws {
        let csv = try WriterTests.libreOfficeCSV(try writeSample())
        #expect(WriterTests.parseCSV(csv) == WriterTests.sampleAsShown)
    }

    @Test func streams50000RowsToASink() throws {
        var bytes = 0
        try FODSWriter.write(WriterTests.largeWorkbook(rows: 50_000)) { bytes += $0.count }
        #expect(bytes > 50_000 * 50)
    }
}
