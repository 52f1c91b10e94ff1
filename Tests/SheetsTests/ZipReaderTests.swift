import Foundation
import Testing

@testable import Sheets

/// The path of a fixture in `Fixtures/read/`.
private func fixture(_ name: String) throws -> String {
    let base = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return base.appendingPathComponent("read").appendingPathComponent(name).path
}

/// Reads a whole entry through a 64 KiB buffer, keeping only the byte count.
private func drain(_ stream: ZipReader.EntryStream) throws -> Int {
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    var total = 0
    while true {
        let count = try buffer.withUnsafeMutableBytes { try stream.read(into: $0) }
        if count == 0 { return total }
        total += count
    }
}

@Suite struct ZipReaderTests {
    @Test func listsAndReadsEntries() throws {
        let archive = try ZipReader(path: try fixture("sample.ods"))
        #expect(archive.fileName == "sample.ods")
        #expect(archive.entries.map(\.name) == ["mimetype", "content.xml"])
        let mimetype = try #require(archive.entry(named: "mimetype"))
        #expect(mimetype.method == 0)
        let bytes = try archive.contents(of: mimetype)
        #expect(String(decoding: bytes, as: UTF8.self) == ODSReader.mimeType)
        let content = try #require(archive.entry(named: "content.xml"))
        #expect(content.method == 8)
        #expect(try drain(archive.openEntry(content)) == content.uncompressedSize)
    }

    @Test(arguments: ["evil-dotdot.zip", "evil-absolute.zip", "evil-backslash.zip"])
    func refusesUnsafeNames(file: String) throws {
        #expect {
            _ = try ZipReader(path: try fixture(file))
        } throws: { error in
            guard case SheetsError.unsafeEntryName(let name, _) = error else { return false }
            return name == file
        }
    }

    @Test func unsafeNameRules() {
        #expect(ZipReader.isSafeEntryName("content.xml"))
        #expect(ZipReader.isSafeEntryName("Pictures/a..b.png"))
        #expect(!ZipReader.isSafeEntryName("a/../../b"))
        #expect(!ZipReader.isSafeEntryName("C:/x"))
        #expect(!ZipReader.isSafeEntryName(""))
    }

    @Test func refusesEncryptedEntry() throws {
        let archive = try ZipReader(path: try fixture("encrypted.ods"))
        let content = try #require(archive.entry(named: "content.xml"))
        #expect(throws: SheetsError.encryptedEntry(file: "encrypted.ods", entry: "content.xml")) {
            _ = try archive.openEntry(content)
        }
    }

    @Test func refusesUnsupportedMethod() throws {
        #expect(
            throws: SheetsError.unsupportedCompression(file: "bzip2.ods", entry: "content.xml", method: 12)
        ) {
            _ = try ODSReader.read(contentsOf: try fixture("bzip2.ods"))
        }
    }

    @Test func refusesZip64() throws {
        #expect(throws: SheetsError.zip64NotSupported(file: "zip64.ods")) {
            _ = try ZipReader(path: try fixture("zip64.ods"))
        }
    }

    @Test func refusesTooManyEntries() throws {
        #expect(throws: SheetsError.tooManyEntries(file: "four-entries.zip", count: 4, limit: 3)) {
            _ = try ZipReader(path: try fixture("four-entries.zip"), limits: .init(maximumEntryCount: 3))
        }
    }

    @Test func refusesTruncatedArchive() throws {
        #expect {
            _ = try ODSReader.read(contentsOf: try fixture("truncated.ods"))
        } throws: { error in
            guard case SheetsError.corruptArchive(let file, _) = error else { return false }
            return file == "truncated.ods"
        }
    }

    @Test func refusesBadChecksum() throws {
        #expect(throws: SheetsError.checksumMismatch(file: "badcrc.ods", entry: "content.xml")) {
            _ = try ODSReader.read(contentsOf: try fixture("badcrc.ods"))
        }
    }

    @Test func refusesHonestZipBombBeforeInflating() throws {
        let archive = try ZipReader(path: try fixture("bomb.zip"))
        let entry = try #require(archive.entry(named: "content.xml"))
        #expect(entry.uncompressedSize == 20 * 1024 * 1024)
        #expect(
            throws: SheetsError.compressionRatioTooHigh(file: "bomb.zip", entry: "content.xml", limit: 200)
        ) {
            _ = try archive.openEntry(entry)
        }
    }

    @Test func refusesZipBombWhileInflating() throws {
        // A smaller size bound refuses it at once; with the ratio check relaxed it inflates fully.
        let limits = ZipReader.Limits(maximumEntrySize: 4 * 1024 * 1024, maximumCompressionRatio: 200)
        let archive = try ZipReader(path: try fixture("bomb.zip"), limits: limits)
        let entry = try #require(archive.entry(named: "content.xml"))
        #expect(
            throws: SheetsError.entryTooLarge(
                file: "bomb.zip", entry: "content.xml", limit: limits.maximumEntrySize)
        ) {
            _ = try archive.openEntry(entry)
        }
        let lax = ZipReader.Limits(maximumCompressionRatio: 100_000)
        let laxArchive = try ZipReader(path: try fixture("bomb.zip"), limits: lax)
        #expect(try drain(laxArchive.openEntry(entry)) == entry.uncompressedSize)
        let strictStream = ZipReader.Limits(maximumCompressionRatio: 200)
        let streamArchive = try ZipReader(path: try fixture("bomb-lying.zip"), limits: strictStream)
        let lying = try #require(streamArchive.entry(named: "content.xml"))
        #expect(
            throws: SheetsError.entrySizeMismatch(
                file: "bomb-lying.zip", entry: "content.xml", declared: 1000)
        ) {
            _ = try drain(streamArchive.openEntry(lying))
        }
    }

    @Test func refusesHighRatioWhileInflating() throws {
        // The compressed size is overstated, so the declared ratio passes; inflating stops it.
        let archive = try ZipReader(path: try fixture("bomb-padded.zip"))
        let entry = try #require(archive.entry(named: "content.xml"))
        let stream = try archive.openEntry(entry)
        #expect(
            throws: SheetsError.compressionRatioTooHigh(
                file: "bomb-padded.zip", entry: "content.xml", limit: 200)
        ) {
            _ = try drain(stream)
        }
    }

    @Test func refusesNonArchive() throws {
        #expect {
            _ = try ZipReader(path: try fixture("sample.fods"))
        } throws: { error in
            guard case SheetsError.corruptArchive(let file, _) = error else { return false }
            return file == "sample.fods"
        }
        #expect {
            _ = try ZipReader(path: "/nonexistent/x.ods")
        } throws: { error in
            error as? SheetsError == .cannotOpen(file: "x.ods", path: "/nonexistent/x.ods")
        }
    }
}
