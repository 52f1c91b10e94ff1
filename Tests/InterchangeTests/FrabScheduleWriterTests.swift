import Foundation
import Interchange
import LibXML
import Planning
import TestSupport
import Testing

@Suite("FrabScheduleWriter: the programme for conference apps")
struct FrabScheduleWriterTests {
    @Test("the briefing's schedule validates against the frab XSD")
    func validates() throws {
        let schema = try XMLSchema(contentsOfFile: TestSchemas.frab.path)
        let bytes = try FrabScheduleWriter(
            plan: SampleData.hybridBriefing(), version: "0.1.0", language: .vietnamese
        ).bytes()
        let document = try XMLDocument(data: bytes, sourceName: "schedule.xml")
        let diagnostics = schema.validate(document)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
        let perPoint = try FrabScheduleWriter(
            plan: SampleData.hybridBriefing(), connectionPoint: "dc-son-la", version: "0.1.0",
            language: .vietnamese
        ).bytes()
        #expect(schema.validate(try XMLDocument(data: perPoint, sourceName: "son-la.xml")).isEmpty)
    }

    @Test(
        "a linked session appears under every linked point with its own id and stable guid, times in +07:00")
    func appearances() throws {
        let plan = SampleData.hybridBriefing()
        let bytes = try FrabScheduleWriter(plan: plan, version: "0.1.0", language: .vietnamese).bytes()
        let document = try XMLDocument(data: bytes, sourceName: "schedule.xml")
        let openings = try document.nodes(matching: "//event[title='Khai mạc, giới thiệu đại biểu']")
        #expect(openings.count == 1 + plan.connectionPoints.count)
        let rooms = Set(openings.compactMap { $0.firstChild(named: "room")?.textContent })
        #expect(rooms.contains("Điểm cầu Sơn La") && rooms.contains("Hội trường lớn"))
        #expect(Set(openings.compactMap { $0.attribute("guid") }).count == openings.count)
        #expect(try document.string("string(//event[1]/date)").hasSuffix("+07:00"))
        #expect(
            bytes == (try FrabScheduleWriter(plan: plan, version: "0.1.0", language: .vietnamese).bytes()))
        let onePoint = try XMLDocument(
            data: try FrabScheduleWriter(
                plan: plan, connectionPoint: "dc-son-la", version: "0.1.0", language: .vietnamese
            ).bytes(),
            sourceName: "son-la.xml")
        #expect(try onePoint.nodes(matching: "/schedule/day/room").count == 1)
        #expect(try onePoint.nodes(matching: "//event").count == 8)
    }
}
