import Foundation
import Planning
import TestSupport
import Testing

@testable import Interchange

/// Helpers shared by the documents tests: a temporary folder, the ODF 1.3 schema check with
/// Jing, conversion to PDF with LibreOffice, page counts with `pdfinfo`.
enum DocumentsChecks {
    /// 08:00 on 3 December 2026 in Vietnam, the issue time the tests pass in.
    static let issued = LocalDateTime(
        date: CalendarDate(year: 2026, month: 12, day: 3)!, time: TimeOfDay(hour: 8, minute: 0)!)

    /// Settings issued at ``issued`` in `language`.
    static func settings(_ language: Language = .vietnamese) -> PaperSettings {
        PaperSettings(language: language, issued: issued, generator: "FairPlan/test")
    }

    /// The national fair with a booth let to each of its first parties (in booth order).
    static func fairWithBooths(parties: Int = 6) -> Plan {
        var plan = SamplePlan.fair.plan
        let booths = (plan.venue?.lettableBooths ?? []).map(\.id)
        plan.boothAssignments = zip(booths, plan.parties.prefix(parties)).map {
            BoothAssignment(booth: $0.0, party: $0.1.id)
        }
        return plan
    }

    /// The changes from `plan`'s booth plan (version 1) to one where its first two assignments
    /// swap booths (version 2).
    static func swappedBooths(_ plan: Plan) -> BoothPlanChanges {
        var swapped = plan.boothAssignments
        swapped[0].booth = plan.boothAssignments[1].booth
        swapped[1].booth = plan.boothAssignments[0].booth
        var after = plan
        after.boothAssignments = swapped
        return BoothPlanChanges(
            from: BoothPlanSnapshot(plan: plan), to: BoothPlanSnapshot(plan: after), fromVersion: 1,
            toVersion: 2)
    }

    /// A fresh temporary folder.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "papers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes `document` into `folder` as `name`; its path.
    static func write(_ document: TextDocument, _ name: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try ODTWriter.write(document, to: path)
        return path
    }

    /// One entry of the package, through `unzip`.
    static func entry(_ path: String, _ name: String) throws -> String {
        let result = try ExternalTool.unzip.run(["-p", path, name])
        #expect(result.status == 0, "\(result.standardError)")
        return String(decoding: result.standardOutput, as: UTF8.self)
    }

    /// Jing's complaints about the package's XML parts against the ODF 1.3 schemas (empty when
    /// valid); `-i` leaves out the DTD-compatibility ID checks the ODF schema does not follow.
    static func schemaProblems(_ path: String) throws -> [String] {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let unzipped = try ExternalTool.unzip.run(["-q", path, "-d", folder.path])
        #expect(unzipped.status == 0, "\(unzipped.standardError)")
        var problems: [String] = []
        let parts = ["content.xml", "styles.xml", "meta.xml"].map { folder.appendingPathComponent($0).path }
        for (schema, files) in [
            (TestSchemas.odf13.path, parts),
            (TestSchemas.odf13Manifest.path, [folder.appendingPathComponent("META-INF/manifest.xml").path]),
        ] {
            let result = try ExternalTool.jing.run(["-i", schema] + files)
            let said = String(decoding: result.standardOutput, as: UTF8.self)
            if result.status != 0 { problems.append(said.isEmpty ? result.standardError : said) }
        }
        return problems
    }

    /// Converts the `.odt` at `path` to PDF with LibreOffice (a private profile); the PDF's path.
    static func pdf(_ path: String) throws -> String {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let result = try ExternalTool.libreOfficeWriter.run([
            "-env:UserInstallation=\(folder.appendingPathComponent("profile").absoluteString)", "--headless",
            "--convert-to", "pdf", "--outdir", folder.path, path,
        ])
        #expect(result.status == 0, "\(result.standardError)")
        return URL(fileURLWithPath: path).deletingPathExtension().appendingPathExtension("pdf").path
    }

    /// The number of pages of a PDF, as `pdfinfo` reads it.
    static func pages(_ pdf: String) throws -> Int? {
        let result = try ExternalTool.pdfinfo.run([pdf])
        let text = String(decoding: result.standardOutput, as: UTF8.self)
        let line = text.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        return line.flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
    }
}
