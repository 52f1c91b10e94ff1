import Foundation
import TestSupport
import Testing

@testable import Interchange

/// QR codes read back by an independent decoder, ZBar's `zbarimg` (Debian `zbar-tools`).
@Suite("QRCode decoding with zbarimg", .requires(.zbar))
struct QRCodeDecodingTests {
    /// A temporary folder for this run's pictures.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-qr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// What `zbarimg --raw -q` reads from the PNG of `code`, without the newline it adds.
    static func decode(_ code: QRCode, in folder: URL, name: String) throws -> String? {
        let file = folder.appendingPathComponent("\(name).png")
        try Data(code.png(moduleSize: code.version > 20 ? 3 : 4, quietZone: 4)).write(to: file)
        let output = try ExternalTool.zbar.run(["--raw", "-q", file.path])
        guard output.status == 0 else { return nil }
        var text = String(decoding: output.standardOutput, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Random printable ASCII of `length` characters.
    static func ascii(_ length: Int, _ random: inout TestRandom) -> String {
        String(
            (0..<length).map { _ in Character(UnicodeScalar(UInt8.random(in: 0x20...0x7E, using: &random))) })
    }

    @Test("ids, numbers, upper-case codes, Vietnamese and random ASCII read back exactly, at every level")
    func roundTrip() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = TestRandom(seed: 18_004)
        let vietnamese = [
            "Nguyễn Thị Ánh Tuyết", "Hợp tác xã Nông nghiệp Tân Hòa — tỉnh Đồng Tháp",
            "Đại biểu: Lò Văn Hưởng, Điểm cầu Sơn La", "Thẻ đại biểu số 0042 · Hội nghị tổng kết năm 2026",
        ]
        var texts = [
            "dai-bieu-nguyen-van-a", "db-0042", "0305100001", "0305100001-001", "HTX-TAN-HOA 2026",
            "https://fairplan.example/dai-bieu/db-0042",
        ]
        texts += vietnamese
        texts += [1, 7, 14, 26, 60, 120, 250].map { Self.ascii($0, &random) }
        for (index, text) in texts.enumerated() {
            let correction = QRCorrection.allCases[index % 4]
            let code = try QRCode(text: text, correction: correction)
            #expect(try Self.decode(code, in: folder, name: "t\(index)") == text, "\(text) \(correction)")
        }
    }

    @Test("every one of the eight masks reads back")
    func everyMask() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for mask in 0..<8 {
            let text = "dai-bieu-tran-thi-b-\(mask)"
            let code = try QRCode(text: text, correction: .quartile, mask: mask)
            #expect(try Self.decode(code, in: folder, name: "m\(mask)") == text, "mask \(mask)")
        }
    }

    @Test("large versions with version information read back (up to version 40)")
    func largeVersions() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = TestRandom(seed: 40)
        for (length, correction) in [(300, QRCorrection.medium), (900, .high), (2_953, .low)] {
            let text = Self.ascii(length, &random)
            let code = try QRCode(text: text, correction: correction)
            #expect(
                try Self.decode(code, in: folder, name: "v\(code.version)") == text, "version \(code.version)"
            )
        }
        #expect(try QRCode(text: String(repeating: "k", count: 2_953), correction: .low).version == 40)
    }
}
