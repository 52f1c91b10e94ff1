import Foundation
import Interchange
import LibXML
import Testing

@Suite("VenueCheck and DemoRunner: what the venue and demo commands do")
struct VenueCheckTests {
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "fairplan-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("checking the shipped venues passes and summarises each")
    func shipped() {
        let root = Fixtures.packageRoot.appendingPathComponent("Venues").path
        let report = VenueCheck.check(files: [
            root + "/trung-tam-hoi-nghi-tinh.xml", root + "/trung-tam-hoi-cho-quoc-gia.xml",
        ])
        #expect(!report.failed)
        #expect(report.text.contains("Gian hàng: 30, cho thuê 30"))
        #expect(report.text.contains("Phòng họp: 3, tổng 270 chỗ ngồi"))
    }

    @Test("a bad file fails the check, lists every problem with its line, and does not stop the others")
    func badFile() {
        let root = Fixtures.packageRoot.appendingPathComponent("Venues").path
        let report = VenueCheck.check(files: [
            Fixtures.path("three-problems.xml"), root + "/trung-tam-hoi-nghi-tinh.xml",
        ])
        #expect(report.failed)
        #expect(report.text.contains("✘ \(Fixtures.path("three-problems.xml")): 3 lỗi"))
        #expect(report.text.contains("✔ \(root)/trung-tam-hoi-nghi-tinh.xml: hợp lệ"))
    }

    @Test("show writes the floor plan where asked and says so")
    func show() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/plans/small.svg"
        let root = Fixtures.packageRoot.appendingPathComponent("Venues").path
        let text = try VenueCheck.show(file: root + "/trung-tam-hoi-nghi-tinh.xml", svgPath: path)
        #expect(text.contains("Đã ghi sơ đồ mặt bằng: \(path)"))
        let svg = try XMLDocument(contentsOfFile: path)
        let booths = try svg.nodes(matching: "//s:g[@class='booth']", namespaces: ["s": SVGWriter.namespace])
        #expect(booths.count == 30)
    }

    @Test("the demo uses the shipped venues and writes both floor plans")
    func demo() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report = try DemoRunner.run(findingLimit: 3, outputFolder: folder, version: "test")
        #expect(report.contains("Tổng gian hàng đăng ký: 46; địa điểm có 252 gian cho thuê."))
        #expect(report.contains("Nông sản thực phẩm 90%, Thủ công mỹ nghệ 10%"))
        for name in [
            "tt-hoi-cho-quoc-gia.svg", "tt-hoi-nghi-tinh.svg", "hoi-cho-danh-sach.ods",
            "hoi-nghi-danh-sach.ods",
            "hoi-nghi-schedule.xml", "hoi-nghi-chuong-trinh.ics",
        ] {
            #expect(FileManager.default.fileExists(atPath: folder + "/" + name))
        }
    }
}
