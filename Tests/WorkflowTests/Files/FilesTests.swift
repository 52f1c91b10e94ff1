import Foundation
import Interchange
import Planning
import Sheets
import TestSupport
import Testing
import Workflow

@Suite("Workflow: files written and venues read")
struct FilesTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fairplan-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("lists are written with sheet names and headers in the language asked for")
    func exportInBothLanguages() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var headers: [Language: String] = [:]
        for language in Language.allCases {
            var input = ExportLists.Input(lists: [.attendees])
            input.format = .csv
            input.language = language
            input.output = folder.appendingPathComponent(language.rawValue).path
            let written = try ExportLists(source: PlanSource(sample: .briefing, folder: ".")).run(
                input, now: WorkflowFixture.now, version: "test")
            let path = try #require(written.paths.first)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            headers[language] = text.split(separator: "\n").first { $0.contains(",") }.map(String.init)
        }
        #expect(headers[.vietnamese]?.contains("Họ và tên") == true)
        #expect(headers[.english]?.contains("Họ và tên") == false)
    }

    @Test("the template is written in ods, fods and csv, and refused in other formats")
    func template() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try WriteTemplate().run(
            format: .ods, output: folder.appendingPathComponent("mau.ods").path, language: .english,
            now: WorkflowFixture.now, version: "test")
        #expect(paths.count == 1)
        #expect(throws: WorkflowError.invalidValue(.format, value: "frab", expected: .templateFormat)) {
            try WriteTemplate().run(
                format: .frab, output: nil, language: .vietnamese, now: WorkflowFixture.now, version: "t")
        }
        // A template named for another format is refused before anything is written (QA 41).
        for (format, name) in [(ExportFormat.xlsx, "t.ods"), (.ods, "t2.xlsx"), (.csv, "t3.xlsx")] {
            let path = folder.appendingPathComponent(name).path
            let written = URL(fileURLWithPath: name).pathExtension
            #expect(
                throws: InterchangeError.badOutput(
                    path: path, reason: .extensionOfAnotherFormat(format, written: written))
            ) {
                try WriteTemplate().run(
                    format: format, output: path, language: .vietnamese, now: WorkflowFixture.now,
                    version: "t")
            }
            #expect(!FileManager.default.fileExists(atPath: path))
        }
        // The refusal names the file, not a command (QA 41b #5, QA 43 #16).
        let refusal = InterchangeError.badOutput(
            path: "t.ods", reason: .extensionOfAnotherFormat(.xlsx, written: "ods"))
        #expect(refusal.text(.vietnamese).hasPrefix("t.ods: "))
        // A CSV template is a folder: a name ending in .csv is refused, nothing made.
        let csvFolder = folder.appendingPathComponent("t9.csv").path
        #expect(throws: InterchangeError.badOutput(path: csvFolder, reason: .csvTemplateFolderNamedAsFile)) {
            try WriteTemplate().run(
                format: .csv, output: csvFolder, language: .vietnamese, now: WorkflowFixture.now, version: "t"
            )
        }
        #expect(!FileManager.default.fileExists(atPath: csvFolder))
        let csv = try WriteTemplate().run(
            format: .csv, output: folder.appendingPathComponent("mau").path, language: .vietnamese,
            now: WorkflowFixture.now, version: "t")
        #expect(csv.count == 6 && csv.allSatisfy { FileManager.default.fileExists(atPath: $0) })
    }

    @Test("with a plan, the template's attendance drop-down offers its connection points")
    func templateWithConnectionPoints() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = try WorkflowFixture.make()
        defer { fixture.remove() }
        let points = ["Điểm cầu Sơn La", "Điểm cầu Điện Biên"]
        for (name, province) in zip(points, ["Sơn La", "Điện Biên"]) {
            var input = RegisterPoint.Input(name: name, province: province, host: "UBND tỉnh", capacity: 80)
            input.technician = "Lò Văn Tú"
            input.phone = "0912000111"
            _ = try RegisterPoint(store: fixture.store()).run(input, context: WorkflowFixture.context)
        }
        let path = folder.appendingPathComponent("mau.ods").path
        _ = try WriteTemplate(plan: fixture.planPath).run(
            format: .ods, output: path, language: .vietnamese, now: WorkflowFixture.now, version: "test")
        let cells = try ODSReader.read(contentsOf: path).sheets.flatMap(\.rows).flatMap { $0 }
        for point in points { #expect(cells.contains(.text(point)), "\(point)") }
        let plain = folder.appendingPathComponent("mau-trong.ods").path
        _ = try WriteTemplate().run(
            format: .ods, output: plain, language: .vietnamese, now: WorkflowFixture.now, version: "test")
        let plainCells = try ODSReader.read(contentsOf: plain).sheets.flatMap(\.rows).flatMap { $0 }
        #expect(!points.contains { plainCells.contains(.text($0)) })
    }

    @Test("venue files are checked one by one; a bad one does not stop the others")
    func venues() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("hong.xml")
        try Data("<venue xmlns=\"urn:fairplan:venue:1\"><hall/></venue>".utf8).write(to: bad)
        let checks = CheckVenues().run(files: [
            WorkflowFixture.venuePath, bad.path, folder.appendingPathComponent("none.xml").path,
        ])
        #expect(checks.map(\.failed) == [false, true, true])
        #expect(checks[0].venue?.booths.count == 30)
        let shown = try ShowVenue().run(
            file: WorkflowFixture.venuePath, svgPath: folder.appendingPathComponent("so-do.svg").path,
            language: .english)
        #expect(FileManager.default.fileExists(atPath: shown.svgPath))
    }

    @Test("a bad venue file lists every problem with its line")
    func venueProblemsWithLines() throws {
        let bad = try #require(
            Bundle.module.url(forResource: "Fixtures/three-problems", withExtension: "xml")
        ).path
        let check = try #require(CheckVenues().run(files: [bad]).first)
        #expect(check.failed)
        #expect(check.problems.count == 3)
        #expect(Set(check.problems.map(\.line)).isSuperset(of: [6, 10]))
        #expect(check.problems.allSatisfy { $0.file == bad })
    }

    @Test("the demo runs in-process with a manual clock and writes its two plan files")
    func demo() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try RunDemo().run(
            findingLimit: 3, outputFolder: folder.path, language: .vietnamese, now: WorkflowFixture.now,
            version: "test",
            clock: ManualClock())
        #expect(FileManager.default.fileExists(atPath: outcome.fairPlanFile))
        #expect(FileManager.default.fileExists(atPath: outcome.briefingPlanFile))
        #expect(outcome.report.contains("PHÂN GIAN HÀNG"))
    }
}
