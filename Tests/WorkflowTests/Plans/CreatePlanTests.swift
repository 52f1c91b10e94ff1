import Foundation
import Planning
import Store
import Testing

@testable import Workflow

@Suite("Workflow: plan files")
struct CreatePlanTests {
    static func input(_ path: String) -> CreatePlan.Input {
        CreatePlan.Input(
            path: path, name: "Hội nghị tổng kết Cụm thi đua 2026", kind: .conference,
            organiser: "Liên minh HTX Việt Nam",
            province: "TP.HCM", from: "2026-12-16", to: "17/12/2026")
    }

    @Test("a plan file holds its event's days, hours and official province")
    func create() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("hoi-nghi.fairplan").path
        let created = try CreatePlan().run(Self.input(path))
        #expect(created.plan.event.days.count == 2)
        #expect(created.plan.event.province.officialName == "Hồ Chí Minh")
        #expect(try PlanStore.open(at: path).event().name == "Hội nghị tổng kết Cụm thi đua 2026")
        #expect(throws: StoreError.self) { try CreatePlan().run(Self.input(path)) }
        #expect(PlanLocation.candidates(in: folder.path) == [path])
        #expect(try PlanLocation.resolve(explicit: nil, folder: folder.path) == path)
    }

    @Test(
        "bad input names its field",
        arguments: [
            ("ke-hoach.sqlite", "10/12/2026", "11/12/2026", "08:00", InputField.newPlan),
            ("k.fairplan", "32/12/2026", "11/12/2026", "08:00", InputField.from),
            ("k.fairplan", "12/12/2026", "11/12/2026", "08:00", InputField.to),
            ("k.fairplan", "10/12/2026", "11/02/2027", "08:00", InputField.to),
            ("k.fairplan", "10/12/2026", "11/12/2026", "8 giờ", InputField.opens),
            ("k.fairplan", "10/12/2026", "11/12/2026", "18:00", InputField.closes),
        ])
    func refused(path: String, from: String, to: String, opens: String, field: InputField) throws {
        var input = Self.input(path)
        input.from = from
        input.to = to
        input.opens = opens
        #expect {
            try CreatePlan().run(input)
        } throws: { error in
            guard case .invalidValue(let named, _, _) = error as? WorkflowError else { return false }
            return named == field
        }
    }

    @Test("an event's name is checked as every name is: a letter or digit, at most 1,000 characters")
    func eventName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var input = Self.input(folder.appendingPathComponent("k.fairplan").path)
        input.name = String(repeating: "Hội chợ ", count: 126)
        #expect {
            try CreatePlan().run(input)
        } throws: { error in
            guard case .invalidValue(.name, _, .nameLength(let characters, 1_000)) = error as? WorkflowError
            else { return false }
            return characters > 1_000
        }
        var organiser = input
        organiser.name = "Hội chợ OCOP"
        organiser.organiser = "  "
        #expect {
            try CreatePlan().run(organiser)
        } throws: { error in
            guard case .invalidValue(.organiser, _, .nonEmptyName) = error as? WorkflowError else {
                return false
            }
            return true
        }
        input.name = " - "
        #expect {
            try CreatePlan().run(input)
        } throws: { error in
            guard case .invalidValue(.name, _, .nonEmptyName) = error as? WorkflowError else { return false }
            return true
        }
    }

    @Test("no plan file, or several, in a folder is an error naming the folder")
    func location() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-loc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: WorkflowError.noPlanFile(folder: folder.path)) {
            try PlanLocation.resolve(explicit: nil, folder: folder.path)
        }
        #expect(try PlanLocation.resolveIfPresent(explicit: nil, folder: folder.path) == nil)
        for name in ["a.fairplan", "b.fairplan", ".c.fairplan", "d.txt"] {
            #expect(
                FileManager.default.createFile(
                    atPath: folder.appendingPathComponent(name).path, contents: Data()))
        }
        #expect {
            try PlanLocation.resolve(explicit: nil, folder: folder.path)
        } throws: { error in
            guard case .severalPlanFiles(_, let names) = error as? WorkflowError else { return false }
            return names.count == 2
        }
        #expect(try PlanLocation.resolve(explicit: "x.fairplan", folder: folder.path) == "x.fairplan")
    }
}
