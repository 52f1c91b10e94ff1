import Foundation
import LibXML
import Planning
import TestSupport
import Testing

@testable import Interchange

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

    /// Every event's id by its GUID.
    static func ids(_ plan: Plan, point: Identifier<ConnectionPoint>? = nil) throws -> [String: Int] {
        let bytes = try FrabScheduleWriter(
            plan: plan, connectionPoint: point, version: "0.1.0", programmeVersion: 2, language: .vietnamese
        ).bytes()
        let document = try XMLDocument(data: bytes, sourceName: "schedule.xml")
        var result: [String: Int] = [:]
        for event in try document.nodes(matching: "//event") {
            guard let guid = event.attribute("guid"), let id = event.attribute("id").flatMap({ Int($0) })
            else {
                Issue.record("event without guid or integer id")
                continue
            }
            result[guid] = id
        }
        return result
    }

    @Test("ids are positive, 32-bit, unique and the same in a connection point's own schedule")
    func idsFromSessions() throws {
        let plan = SampleData.hybridBriefing()
        let ids = try Self.ids(plan)
        #expect(ids.count == plan.sessions.reduce(0) { $0 + 1 + $1.linkedPoints.count })
        #expect(Set(ids.values).count == ids.count)
        #expect(ids.values.allSatisfy { (1...FrabEventNumbers.largest).contains($0) })
        let sonLa = try Self.ids(plan, point: "dc-son-la")
        #expect(sonLa.count == 8)
        #expect(sonLa.allSatisfy { ids[$0.key] == $0.value })
    }

    @Test("re-timing or moving one session changes no event's id or guid")
    func retimingKeepsIds() throws {
        let plan = SampleData.hybridBriefing()
        let before = try Self.ids(plan)
        var retimed = plan
        let index = try #require(retimed.sessions.firstIndex { $0.id == "bao-cao" })
        let start = try #require(retimed.sessions[index].start)
        retimed.sessions[index].start = start.adding(minutes: 150)
        retimed.sessions[index].room = "phong-2"
        let swapped = try #require(retimed.sessions.firstIndex { $0.id == "tham-luan-1" })
        retimed.sessions[swapped].start = start
        let after = try Self.ids(retimed)
        #expect(after == before)
        let moved = try XMLDocument(
            data: try FrabScheduleWriter(plan: retimed, version: "0.1.0", language: .vietnamese).bytes(),
            sourceName: "retimed.xml")
        #expect(
            try moved.string(
                "string(//event[title='Báo cáo kết quả đăng ký tham gia hội chợ'][room='Phòng họp 2']/start)")
                == "10:45")
        var unscheduled = plan
        unscheduled.sessions[index].start = nil
        let remaining = try Self.ids(unscheduled)
        #expect(remaining.count == before.count - 1 - plan.sessions[index].linkedPoints.count)
        #expect(remaining.allSatisfy { before[$0.key] == $0.value })
    }

    @Test("colliding hashes are resolved deterministically, whatever the order of the sessions")
    func collisions() {
        let keys = ["khai-mac", "bao-cao", "tham-luan-1", "tham-luan-2", "giai-lao", "be-mac", "chi-dao"]
        for modulus in [7, 8, 11] {
            let numbers = FrabEventNumbers(keys: keys, modulus: modulus)
            let values = keys.compactMap { numbers.number($0) }
            #expect(values.count == keys.count && Set(values).count == keys.count, "modulus \(modulus)")
            #expect(values.allSatisfy { (1...modulus).contains($0) })
            let reversed = FrabEventNumbers(keys: keys.reversed(), modulus: modulus)
            #expect(keys.allSatisfy { reversed.number($0) == numbers.number($0) })
        }
        // With no collision a key's number is its own hash, whatever other keys there are.
        let alone = FrabEventNumbers(keys: ["khai-mac"], modulus: FrabEventNumbers.largest)
        let together = FrabEventNumbers(keys: keys, modulus: FrabEventNumbers.largest)
        #expect(alone.number("khai-mac") == together.number("khai-mac"))
        #expect(FrabEventNumbers(keys: keys, modulus: 3).numbers.values.sorted() == Array(1...7))
    }

    @Test("<version> is the published programme version, or says the working plan is a draft")
    func programmeVersion() throws {
        let schema = try XMLSchema(contentsOfFile: TestSchemas.frab.path)
        let plan = SampleData.hybridBriefing()
        let published = try XMLDocument(
            data: try FrabScheduleWriter(
                plan: plan, version: "0.1.0", programmeVersion: 3, language: .english
            )
            .bytes(),
            sourceName: "published.xml")
        #expect(try published.string("string(/schedule/version)") == "3")
        #expect(try published.string("string(/schedule/generator/@version)") == "0.1.0")
        #expect(schema.validate(published).isEmpty)
        for language in Language.allCases {
            let draft = try XMLDocument(
                data: try FrabScheduleWriter(plan: plan, version: "0.1.0", language: language).bytes(),
                sourceName: "draft.xml")
            #expect(
                try draft.string("string(/schedule/version)")
                    == InterchangeMessage.draftProgrammeVersion.text(language))
        }
    }
}
