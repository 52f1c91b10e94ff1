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
