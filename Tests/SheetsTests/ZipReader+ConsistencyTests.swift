import Foundation
import Testing

@testable import Sheets

/// Issue 12: a ZIP archive every reader would not read the same way is refused.
@Suite("ZipReader: entries consistent with each other and their local headers (issue 12)")
struct ZipReaderConsistencyTests {
    /// The path of a fixture in `Fixtures/read/` (made by `make_fixtures.py`).
    static func fixture(_ name: String) throws -> String {
        let base = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return base.appendingPathComponent("read").appendingPathComponent(name).path
    }

    @Test("an ODS whose ZIP holds two entries named content.xml is refused")
    func duplicateContent() throws {
        let path = try Self.fixture("duplicate-content.ods")
        #expect(
            throws: SheetsError.corruptArchive(
                file: "duplicate-content.ods", reason: .duplicateEntryName(entry: "content.xml"))
        ) {
            _ = try ODSReader.read(contentsOf: path)
        }
        #expect(throws: SheetsError.self) {
            try ODSReader.forEachRow(contentsOf: path) { _ in }
        }
    }

    @Test("two entries sharing bytes are refused")
    func overlappingEntries() throws {
        #expect(
            throws: SheetsError.corruptArchive(
                file: "overlapping.ods",
                reason: .overlappingEntries(entry: "styles.xml", other: "content.xml"))
        ) {
            _ = try ZipReader(path: try Self.fixture("overlapping.ods"))
        }
    }

    @Test(
        "a local header disagreeing with the central directory is refused",
        arguments: [
            ("renamed-local.ods", ZipHeaderField.name), ("method-mismatch.ods", ZipHeaderField.method),
        ])
    func headerMismatch(file: String, field: ZipHeaderField) throws {
        #expect(
            throws: SheetsError.corruptArchive(
                file: file, reason: .headerMismatch(entry: "content.xml", field: field))
        ) {
            _ = try ZipReader(path: try Self.fixture(file))
        }
    }

    @Test("archives FairPlan writes and consistent ones still read")
    func consistentArchivesRead() throws {
        let archive = try ZipReader(path: try Self.fixture("sample.ods"))
        #expect(archive.entries.map(\.name) == ["mimetype", "content.xml"])
        let folder = try WriterTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try ODSWriter.write(WriterTests.sampleWorkbook(), to: folder + "/a.ods")
        let written = try ZipReader(path: folder + "/a.ods")
        #expect(written.entries.count == 6)
        #expect(!(try ODSReader.read(contentsOf: folder + "/a.ods").sheets.isEmpty))
    }

    @Test("an entry with a data descriptor is checked against the descriptor")
    func dataDescriptor() throws {
        let folder = try WriterTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let data = Array("xin chào".utf8)
        var crc = CRC32()
        data.withUnsafeBytes { crc.update($0) }
        func archive(descriptorCRC: UInt32) -> [UInt8] {
            var bytes = ZipWriterBytes()
            bytes.u32(0x0403_4b50)
            bytes.u16(20)
            bytes.u16(0x808)
            bytes.u16(0)
            bytes.u16(0)
            bytes.u16(0x21)
            bytes.u32(0)
            bytes.u32(0)
            bytes.u32(0)
            bytes.u16(5)
            bytes.u16(0)
            bytes.append(Array("a.txt".utf8))
            bytes.append(data)
            bytes.u32(0x0807_4b50)
            bytes.u32(descriptorCRC)
            bytes.u32(UInt32(data.count))
            bytes.u32(UInt32(data.count))
            let directoryOffset = UInt32(bytes.bytes.count)
            bytes.u32(0x0201_4b50)
            bytes.u16(20)
            bytes.u16(20)
            bytes.u16(0x808)
            bytes.u16(0)
            bytes.u16(0)
            bytes.u16(0x21)
            bytes.u32(crc.value)
            bytes.u32(UInt32(data.count))
            bytes.u32(UInt32(data.count))
            bytes.u16(5)
            for _ in 0..<4 { bytes.u16(0) }
            bytes.u32(0)
            bytes.u32(0)
            bytes.append(Array("a.txt".utf8))
            let size = UInt32(bytes.bytes.count) - directoryOffset
            bytes.u32(0x0605_4b50)
            bytes.u16(0)
            bytes.u16(0)
            bytes.u16(1)
            bytes.u16(1)
            bytes.u32(size)
            bytes.u32(directoryOffset)
            bytes.u16(0)
            return bytes.bytes
        }
        try Data(archive(descriptorCRC: crc.value)).write(to: URL(fileURLWithPath: folder + "/good.zip"))
        let good = try ZipReader(path: folder + "/good.zip")
        #expect(try good.contents(of: try #require(good.entry(named: "a.txt"))) == data)
        try Data(archive(descriptorCRC: crc.value ^ 1)).write(to: URL(fileURLWithPath: folder + "/bad.zip"))
        #expect(
            throws: SheetsError.corruptArchive(
                file: "bad.zip", reason: .headerMismatch(entry: "a.txt", field: .checksum))
        ) {
            _ = try ZipReader(path: folder + "/bad.zip")
        }
    }
}
