import Foundation
import Sheets
import TestSupport
import Testing

/// The ZIP writer: layout of the first entry, integrity (checked with `unzip`), atomic output.
struct ZipWriterTests {
    @Test func firstStoredEntryHasItsDataAtOffset30PlusName() throws {
        let folder = try WriterTests.temporaryFolder()
        let path = folder + "/a.zip"
        let zip = try ZipWriter(path: path, modified: "2026-12-16T08:00:00")
        try zip.addEntry(name: "mimetype", method: .stored, bytes: Array("application/x-test".utf8))
        try zip.addEntry(
            name: "dữ liệu/văn bản.txt", method: .deflated, bytes: Array(repeating: 65, count: 100_000))
        try zip.finish()
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bytes[0..<4] == [0x50, 0x4B, 0x03, 0x04])
        #expect(bytes[8] == 0 && bytes[9] == 0)  // stored
        #expect(bytes[6] & 0x08 == 0)  // no data descriptor
        #expect(bytes[7] & 0x08 != 0)  // UTF-8 names (bit 11)
        #expect(bytes[28] == 0 && bytes[29] == 0)  // no extra field
        #expect(Array(bytes[30..<38]) == Array("mimetype".utf8))
        #expect(Array(bytes[38..<56]) == Array("application/x-test".utf8))
        #expect(try WriterTests.contents(of: folder) == ["a.zip"])
    }

    @Test(.requires(.unzip)) func unzipFindsTheArchiveIntact() throws {
        let folder = try WriterTests.temporaryFolder()
        let path = folder + "/a.zip"
        let zip = try ZipWriter(path: path, modified: "2026-12-16T08:00:00")
        try zip.addEntry(name: "mimetype", method: .stored, bytes: Array("application/x-test".utf8))
        try zip.addEntry(
            name: "dữ liệu/văn bản.txt", method: .deflated, bytes: Array(repeating: 65, count: 100_000))
        try zip.finish()
        #expect(try ExternalTool.unzip.run(["-tq", path]).status == 0)
        #expect(
            try WriterTests.unzip(path, entry: "dữ liệu/văn bản.txt") == Data(repeating: 65, count: 100_000))
        #expect(try WriterTests.unzip(path, entry: "mimetype") == Data("application/x-test".utf8))
    }

    @Test(.requires(.unzip)) func streamedEntriesRoundTrip() throws {
        let folder = try WriterTests.temporaryFolder()
        let path = folder + "/b.zip"
        let zip = try ZipWriter(path: path, modified: "2026-12-16T08:00:00")
        try zip.beginEntry(name: "big.txt", method: .deflated)
        var expected = Data()
        for index in 0..<2_000 {
            let line = Array("dòng \(index)\n".utf8)
            expected.append(contentsOf: line)
            try zip.write(line)
        }
        try zip.endEntry()
        try zip.beginEntry(name: "empty.txt", method: .deflated)
        try zip.endEntry()
        try zip.addEntry(name: "stored.bin", method: .stored, bytes: [1, 2, 3])
        try zip.finish()
        #expect(try WriterTests.unzip(path, entry: "big.txt") == expected)
        #expect(try WriterTests.unzip(path, entry: "empty.txt") == Data())
        #expect(try WriterTests.unzip(path, entry: "stored.bin") == Data([1, 2, 3]))
    }

    @Test func misuseThrowsAndLeavesNoFile() throws {
        let folder = try WriterTests.temporaryFolder()
        let zip = try ZipWriter(path: folder + "/c.zip", modified: "2026-12-16T08:00:00")
        #expect(throws: SheetsError.self) { try zip.write([1]) }
        #expect(throws: SheetsError.self) { try zip.finish() }
        #expect(try WriterTests.contents(of: folder) == [])
    }

    @Test func unfinishedArchiveIsDeleted() throws {
        let folder = try WriterTests.temporaryFolder()
        do {
            let zip = try ZipWriter(path: folder + "/d.zip", modified: "2026-12-16T08:00:00")
            try zip.addEntry(name: "x", method: .stored, bytes: [1])
        }
        #expect(try WriterTests.contents(of: folder) == [])
    }

    @Test func missingFolderThrowsAnIOError() {
        #expect(throws: SheetsError.self) {
            _ = try ZipWriter(path: "/nonexistent-folder-fairplan/x.zip", modified: "2026-12-16T08:00:00")
        }
    }

    @Test func sameInputGivesIdenticalBytes() throws {
        let folder = try WriterTests.temporaryFolder()
        for name in ["1.zip", "2.zip"] {
            let zip = try ZipWriter(path: folder + "/" + name, modified: "2026-12-16T08:00:00")
            try zip.addEntry(name: "a.txt", method: .deflated, bytes: Array("xin chào".utf8))
            try zip.finish()
        }
        let first = try Data(contentsOf: URL(fileURLWithPath: folder + "/1.zip"))
        let second = try Data(contentsOf: URL(fileURLWithPath: folder + "/2.zip"))
        #expect(first == second)
    }
}
