import Foundation
import Planning
import TestSupport
import Testing

@testable import Interchange

@Suite("FloorPlanConverter: PNG and PDF of a floor plan")
struct FloorPlanConverterTests {
    /// A folder of its own for one test.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-floor-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("the SVG becomes a PNG of the drawing's size and a PDF", .requires(.rsvgConvert))
    func converts() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let drawing = FloorPlanRenderer(
            plan: FloorPlanFixtures.smallPlan(moved: false), language: .vietnamese
        )
        .drawing()
        let svg = folder.appendingPathComponent("plan.svg").path
        try SVGWriter.write(drawing, toFile: svg)
        let png = folder.appendingPathComponent("plan.png").path
        #expect(FloorPlanConverter.convert(svg: svg, to: png, format: .png) == .written(path: png))
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: png)))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // The IHDR chunk holds the width and height, big-endian, at bytes 16–23.
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == Int(drawing.width) && height == Int(drawing.height))
        let pdf = folder.appendingPathComponent("plan.pdf").path
        #expect(FloorPlanConverter.convert(svg: svg, to: pdf, format: .pdf) == .written(path: pdf))
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)).starts(with: Array("%PDF".utf8)))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasPrefix(".")
        }
        #expect(left.isEmpty)
    }

    @Test("without the converter the outcome says what to install; the format comes from the name")
    func missing() throws {
        let outcome = FloorPlanConverter.convert(
            svg: "/nonexistent.svg", to: "/tmp/x.png", format: .png, environment: ["PATH": "/nonexistent"])
        #expect(outcome == .unavailable(.converterMissing(format: "png")))
        #expect(FloorPlanConverter.format(ofPath: "a/so-do.PNG") == .png)
        #expect(FloorPlanConverter.format(ofPath: "so-do.pdf") == .pdf)
        #expect(FloorPlanConverter.format(ofPath: "so-do.svg") == nil)
    }
}
